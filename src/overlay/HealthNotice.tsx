import type { FieldRole } from '../prompts/types';
import { roleLabel } from './labels';

export interface HealthNoticeProps {
  missing: FieldRole[];
  narrativeCount: number;
  truncated: boolean;
  maxChars: number;
}

/** Says which fields Waymark could not find, and that it carries on with the rest. */
export function HealthNotice({ missing, narrativeCount, truncated, maxChars }: HealthNoticeProps) {
  if (missing.length === 0 && narrativeCount > 0 && !truncated) return null;
  return (
    <div class="wm-health" data-testid="waymark-health" role="note">
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
