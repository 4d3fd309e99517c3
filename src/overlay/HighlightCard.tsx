import type { Analysis } from '../core/types';
import type { HighlightHit } from './highlights';
import { fourLabel, suppressionLabel } from './labels';
import { t, tOr, tParts } from '../i18n/runtime';

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
        <p class="wm-card-title">{t('card.ignored', { reason: suppressionLabel(m.reason) })}</p>
        <p>
          {tParts('card.ignoredText', {
            quote: <q>{m.evidence.text}</q>,
            name: nameOf(m.id).toLowerCase(),
          })}
          {m.cue ? <> {tParts('card.because', { quote: <q>{m.cue.text}</q> })}</> : null}.
        </p>
      </div>
    );
  }
  const b = analysis.behaviours.find((x) => x.id === span.id);
  if (!b) return null;
  const ev = b.evidence.find((e) => `b:${e.start}:${b.id}` === span.key);
  return (
    <div class="wm-card" role="tooltip" data-testid="waymark-card" style={style}>
      <p class="wm-card-title">{nameOf(b.id)}</p>
      {b.four.length > 0 && (
        <p>
          <strong>{t('card.four')}</strong> {b.four.map(fourLabel).join(', ')}
        </p>
      )}
      <p>
        <strong>{t('card.law')}</strong> {tOr(`law.${b.id}`, b.law)}
      </p>
      <p>
        <strong>{t('card.why')}</strong> {tOr(`why.${b.id}`, b.why)}
      </p>
      {ev && <p class="wm-card-rule">{tParts('card.found', { quote: <q>{ev.text}</q> })}</p>}
    </div>
  );
}
