import type { RecordSummary } from '../audit/summary';
import { formatDateTime, plainText, promptLabel, vnaShort } from './format';

interface Props {
  records: readonly RecordSummary[];
  timeZone: string;
  selected: string | null;
  onReview: (recordRef: string) => void;
  /** Lets the app return focus to a row's button when the review closes. */
  buttonRef: (recordRef: string, el: HTMLButtonElement | null) => void;
  /** Rows drawn (the rest wait for "Show more"): a team view can list thousands of records. */
  limit?: number;
  onShowMore?: () => void;
}

/** Rows drawn at first; each "Show more" adds as many again. */
export const RECORD_PAGE = 100;

/** The record list: one row per crime reference. */
export function RecordTable({
  records,
  timeZone,
  selected,
  onReview,
  buttonRef,
  limit = Infinity,
  onShowMore,
}: Props) {
  const rows = records.length > limit ? records.slice(0, limit) : records;
  const hidden = records.length - rows.length;
  return (
    <>
      <table class="wm-table" data-testid="wm-records">
        <caption>
          Records ({records.length}){records.length === 0 ? ': none match the filters' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Crime reference</th>
            <th scope="col">Officer</th>
            <th scope="col">Last activity</th>
            <th scope="col">Stalking likely</th>
            <th scope="col">Open mandatory prompts</th>
            <th scope="col">Support referral</th>
            <th scope="col">
              <span class="wm-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.recordRef} aria-current={selected === r.recordRef ? 'true' : undefined}>
              <th scope="row">{plainText(r.recordRef)}</th>
              <td>{plainText(r.officerIds.join(', '))}</td>
              <td>
                <time dateTime={new Date(r.lastAt).toISOString()}>
                  {formatDateTime(r.lastAt, timeZone)}
                </time>
              </td>
              <td>
                {r.stalkingLikely === null ? 'Not analysed' : r.stalkingLikely ? 'Yes' : 'No'}
              </td>
              <td>
                {r.openMandatory.length === 0 ? (
                  'None'
                ) : (
                  <span class="wm-badge wm-badge-bad">
                    {r.openMandatory.map(promptLabel).join(', ')}
                  </span>
                )}
              </td>
              <td>
                <span
                  class={`wm-badge ${
                    r.vnaReferral.status === 'late' || r.vnaReferral.status === 'overdue'
                      ? 'wm-badge-bad'
                      : r.vnaReferral.status === 'met'
                        ? 'wm-badge-ok'
                        : ''
                  }`}
                >
                  {vnaShort(r.vnaReferral)}
                </span>
              </td>
              <td>
                <button
                  type="button"
                  ref={(el) => buttonRef(r.recordRef, el)}
                  onClick={() => onReview(r.recordRef)}
                >
                  Review<span class="wm-visually-hidden"> {plainText(r.recordRef)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && onShowMore && (
        <p>
          Showing {rows.length} of {records.length} records.{' '}
          <button type="button" onClick={onShowMore} data-testid="wm-show-more">
            Show {Math.min(RECORD_PAGE, hidden)} more
          </button>
        </p>
      )}
    </>
  );
}
