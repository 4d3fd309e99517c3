import type { Analysis } from '../core/types';
import { suppressionLabel } from './labels';
import { t, tParts } from '../i18n/runtime';
import { trusted } from './trusted';

export interface SuppressedListProps {
  analysis: Analysis;
  /** Matches set aside in the whole analysis, when `analysis` lists only the first of them. */
  total?: number;
  shown: boolean;
  onToggle(): void;
  /** Plain name of a behaviour or risk id, from the rule pack. */
  nameOf(id: string): string;
}

/** Matches the engine kept out of the findings, with why ("ignored: negated"), on request. */
export function SuppressedList({ analysis, total, shown, onToggle, nameOf }: SuppressedListProps) {
  const items = analysis.suppressed;
  if (items.length === 0) return null;
  const count = Math.max(total ?? 0, items.length);
  return (
    <div class="wm-suppressed">
      <button type="button" class="wm-link" aria-expanded={shown} onClick={trusted(onToggle)}>
        {t(shown ? 'suppressed.hide' : 'suppressed.show', { count })}
      </button>
      {shown && (
        <ul data-testid="waymark-suppressed">
          {items.map((m, i) => (
            <li key={`${m.evidence.start}-${i}`} data-suppressed={m.id} data-reason={m.reason}>
              <q>{m.evidence.text}</q> ({nameOf(m.id)}):{' '}
              <strong>{t('suppressed.ignored', { reason: suppressionLabel(m.reason) })}</strong>
              {m.cue ? <> {tParts('card.because', { quote: <q>{m.cue.text}</q> })}</> : null}
            </li>
          ))}
          {count > items.length && (
            <li class="wm-more">{t('suppressed.partial', { shown: items.length, count })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
