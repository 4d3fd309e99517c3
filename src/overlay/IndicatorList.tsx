import type { BehaviourFinding, BehaviourId } from '../core/types';
import { FOUR_LABEL } from './labels';
import { trusted } from './trusted';

export interface IndicatorListProps {
  behaviours: BehaviourFinding[];
  /** Scroll the field to this behaviour's next piece of evidence. */
  onReveal(id: BehaviourId): void;
}

/** One row per behaviour found; clicking it shows the evidence in the field. */
export function IndicatorList({ behaviours, onReveal }: IndicatorListProps) {
  if (behaviours.length === 0) {
    return <p class="wm-empty">No stalking behaviours recognised in the narrative yet.</p>;
  }
  return (
    <ul class="wm-indicators" aria-label="Behaviours recognised">
      {behaviours.map((b) => (
        <li key={b.id} data-indicator={b.id}>
          <button
            type="button"
            class="wm-indicator"
            onClick={trusted(() => onReveal(b.id))}
            title="Show the evidence in the narrative"
          >
            <span class="wm-ind-label">{b.label}</span>
            <span class="wm-count">
              {b.evidence.length} {b.evidence.length === 1 ? 'mention' : 'mentions'}
            </span>
          </button>
          <div class="wm-ind-meta">
            {b.four.length > 0 && `FOUR: ${b.four.map((f) => FOUR_LABEL[f]).join(', ')}. `}
            {b.law}
          </div>
        </li>
      ))}
    </ul>
  );
}
