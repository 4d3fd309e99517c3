import type { Analysis } from '../core/types';
import { SUPPRESSION_LABEL } from './labels';
import { trusted } from './trusted';

export interface SuppressedListProps {
  analysis: Analysis;
  shown: boolean;
  onToggle(): void;
  /** Plain name of a behaviour or risk id, from the rule pack. */
  nameOf(id: string): string;
}

/** Matches the engine kept out of the findings, with why ("ignored: negated"), on request. */
export function SuppressedList({ analysis, shown, onToggle, nameOf }: SuppressedListProps) {
  const items = analysis.suppressed;
  if (items.length === 0) return null;
  return (
    <div class="wm-suppressed">
      <button type="button" class="wm-link" aria-expanded={shown} onClick={trusted(onToggle)}>
        {shown ? 'Hide' : 'Show'} ignored matches ({items.length})
      </button>
      {shown && (
        <ul data-testid="waymark-suppressed">
          {items.map((m, i) => (
            <li key={`${m.evidence.start}-${i}`} data-suppressed={m.id} data-reason={m.reason}>
              <q>{m.evidence.text}</q> ({nameOf(m.id)}):{' '}
              <strong>ignored: {SUPPRESSION_LABEL[m.reason]}</strong>
              {m.cue ? (
                <>
                  {' '}
                  because of <q>{m.cue.text}</q>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
