import type { FieldRole } from '../prompts/types';
import { roleLabel } from './labels';
import { language, t } from '../i18n/runtime';

/** Audit events and decisions still being retried (`waiting`) or given up on (`lost`). */
export interface SaveState {
  waiting: number;
  lost: number;
}

export interface HealthNoticeProps {
  missing: FieldRole[];
  narrativeCount: number;
  truncated: boolean;
  maxChars: number;
  /** Audit entries and decisions not saved yet; absent where saving cannot fail. */
  saving?: SaveState;
}

/**
 * Says which fields Waymark could not find, and that it carries on with the rest, and whether
 * anything the officer did could not be saved.
 */
export function HealthNotice({
  missing,
  narrativeCount,
  truncated,
  maxChars,
  saving,
}: HealthNoticeProps) {
  const unsaved = (saving?.waiting ?? 0) + (saving?.lost ?? 0);
  if (missing.length === 0 && narrativeCount > 0 && !truncated && !unsaved) return null;
  return (
    <div class="wm-health" data-testid="waymark-health" role="note">
      {unsaved > 0 && (
        <p data-testid="waymark-unsaved" role="alert">
          {saving!.waiting > 0 && `${t('health.waiting', { count: saving!.waiting })} `}
          {saving!.lost > 0 && t('health.lost', { count: saving!.lost })}
        </p>
      )}
      {narrativeCount === 0 && <p>{t('health.noNarrative')}</p>}
      {missing.length > 0 && (
        <>
          <p>{t('health.missing')}</p>
          <ul>
            {missing.map((r) => (
              <li key={r} data-missing-role={r}>
                {roleLabel(r)}
              </li>
            ))}
          </ul>
        </>
      )}
      {truncated && (
        <p data-testid="waymark-truncated">
          {t('health.truncated', { max: maxChars.toLocaleString(`${language()}-GB`) })}
        </p>
      )}
    </div>
  );
}
