import type { BehaviourFinding, BehaviourId } from '../core/types';
import { fourLabel } from './labels';
import { t, tOr } from '../i18n/runtime';
import { trusted } from './trusted';

export interface IndicatorListProps {
  behaviours: BehaviourFinding[];
  /** Mentions per behaviour in the whole analysis, when `behaviours` holds a shortened list. */
  mentions?: Record<string, number>;
  /** Scroll the field to this behaviour's next piece of evidence. */
  onReveal(id: BehaviourId): void;
  /** Plain name of a behaviour, in the active language. */
  nameOf(id: string): string;
}

/** One row per behaviour found; clicking it shows the evidence in the field. */
export function IndicatorList({ behaviours, mentions, onReveal, nameOf }: IndicatorListProps) {
  if (behaviours.length === 0) {
    return <p class="wm-empty">{t('indicators.none')}</p>;
  }
  return (
    <ul class="wm-indicators" aria-label={t('indicators.label')}>
      {behaviours.map((b) => (
        <li key={b.id} data-indicator={b.id}>
          <button
            type="button"
            class="wm-indicator"
            onClick={trusted(() => onReveal(b.id))}
            title={t('indicators.show')}
          >
            <span class="wm-ind-label">{nameOf(b.id)}</span>
            <span class="wm-count">
              {t('indicators.mentions', { count: mentions?.[b.id] ?? b.evidence.length })}
            </span>
          </button>
          <div class="wm-ind-meta">
            {b.four.length > 0 &&
              `${t('indicators.four', { list: b.four.map(fourLabel).join(', ') })} `}
            {tOr(`law.${b.id}`, b.law)}
          </div>
        </li>
      ))}
    </ul>
  );
}
