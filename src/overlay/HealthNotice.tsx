import type { FieldRole } from '../prompts/types';
import type { SaveState } from './bridge';
import { roleLabel } from './labels';

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
          {saving!.waiting > 0 &&
            `${saving!.waiting} audit entries or decisions could not be saved yet; Waymark keeps trying while this page is open. `}
          {saving!.lost > 0 &&
            `${saving!.lost} could not be saved at all: tell your supervisor if this record is reviewed.`}
        </p>
      )}
      {narrativeCount === 0 && (
        <p>No narrative field found on this page yet. Waymark will pick it up when it appears.</p>
      )}
      {missing.length > 0 && (
        <>
          <p>Not found on this page (Waymark carries on without them):</p>
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
          The narrative is longer than {maxChars.toLocaleString('en-GB')} characters: only the first{' '}
          {maxChars.toLocaleString('en-GB')} are analysed.
        </p>
      )}
    </div>
  );
}
