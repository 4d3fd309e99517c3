import { t } from '../i18n/runtime';
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
          {t(records.length === 0 ? 'records.captionNone' : 'records.caption', {
            count: records.length,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('field.crimeReference')}</th>
            <th scope="col">{t('records.officer')}</th>
            <th scope="col">{t('records.lastActivity')}</th>
            <th scope="col">{t('records.likely')}</th>
            <th scope="col">{t('records.openMandatory')}</th>
            <th scope="col">{t('records.referral')}</th>
            <th scope="col">
              <span class="wm-visually-hidden">{t('options.actions')}</span>
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
                {r.stalkingLikely === null
                  ? t('records.notAnalysed')
                  : t(r.stalkingLikely ? 'common.yes' : 'common.no')}
              </td>
              <td>
                {r.openMandatory.length === 0 ? (
                  t('records.none')
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
                  {t('records.review')}
                  <span class="wm-visually-hidden"> {plainText(r.recordRef)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 && onShowMore && (
        <p>
          {t('records.showing', { shown: rows.length, count: records.length })}{' '}
          <button type="button" onClick={onShowMore} data-testid="wm-show-more">
            {t('records.showMore', { count: Math.min(RECORD_PAGE, hidden) })}
          </button>
        </p>
      )}
    </>
  );
}
