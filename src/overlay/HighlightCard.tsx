import type { Analysis } from '../core/types';
import type { HighlightHit } from './highlights';
import { FOUR_LABEL, SUPPRESSION_LABEL } from './labels';

export interface HighlightCardProps {
  hit: HighlightHit;
  analysis: Analysis;
  /** Effective CSS zoom of our layer, to place the card in CSS px. */
  zoom: number;
  /** Plain name of a behaviour or risk id, from the rule pack. */
  nameOf(id: string): string;
}

const CARD_WIDTH = 300;

/** The card for one highlight: which behaviour, which FOUR element, the law, and why it fired. */
export function HighlightCard({ hit, analysis, zoom, nameOf }: HighlightCardProps) {
  const { span, box } = hit;
  const vw = window.innerWidth;
  const left = Math.max(8, Math.min(box.left, vw - CARD_WIDTH - 8)) / zoom;
  const below = box.top + box.height + 6;
  const top = (below + 160 > window.innerHeight ? Math.max(8, box.top - 166) : below) / zoom;
  const style = { transform: `translate(${left}px, ${top}px)`, width: `${CARD_WIDTH}px` };

  if (span.kind === 'suppressed') {
    const m = analysis.suppressed.find((s) => `s:${s.evidence.start}:${s.id}` === span.key);
    if (!m) return null;
    return (
      <div class="wm-card" role="tooltip" data-testid="waymark-card" style={style}>
        <p class="wm-card-title">Ignored: {SUPPRESSION_LABEL[m.reason]}</p>
        <p>
          <q>{m.evidence.text}</q> looks like {nameOf(m.id).toLowerCase()}, but Waymark left it out
          {m.cue ? (
            <>
              {' '}
              because of <q>{m.cue.text}</q>
            </>
          ) : null}
          .
        </p>
      </div>
    );
  }
  const b = analysis.behaviours.find((x) => x.id === span.id);
  if (!b) return null;
  const ev = b.evidence.find((e) => `b:${e.start}:${b.id}` === span.key);
  return (
    <div class="wm-card" role="tooltip" data-testid="waymark-card" style={style}>
      <p class="wm-card-title">{b.label}</p>
      {b.four.length > 0 && (
        <p>
          <strong>FOUR:</strong> {b.four.map((f) => FOUR_LABEL[f]).join(', ')}
        </p>
      )}
      <p>
        <strong>Law:</strong> {b.law}
      </p>
      <p>
        <strong>Why:</strong> {b.why}
      </p>
      {ev && (
        <p class="wm-card-rule">
          Found in <q>{ev.text}</q>
        </p>
      )}
    </div>
  );
}
