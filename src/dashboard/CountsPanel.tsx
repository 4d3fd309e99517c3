import { t } from '../i18n/runtime';
import type { OverallCounts, Ratio } from '../audit/summary';
import { plainText, promptLabel } from './format';

function pct(r: Ratio): string {
  return r.pct === null
    ? t('counts.noRecords')
    : t('counts.pct', { pct: r.pct, count: r.count, of: r.of });
}

/** Overall counts for the records currently listed. */
export function CountsPanel({
  counts,
  unreferenced,
}: {
  counts: OverallCounts;
  unreferenced: number;
}) {
  const v = counts.vnaReferral;
  return (
    <section class="wm-card" aria-labelledby="wm-counts-h">
      <h2 id="wm-counts-h">{t('counts.title')}</h2>
      <p class="wm-muted">{t('counts.lede', { count: counts.records })}</p>
      <dl class="wm-counts">
        <div>
          <dt>{t('counts.likely')}</dt>
          <dd>{counts.stalkingLikely}</dd>
        </div>
        <div>
          <dt>{t('chart.spoRecorded')}</dt>
          <dd>{pct(counts.spoDecisionRecorded)}</dd>
        </div>
        <div>
          <dt>{t('counts.riskScreening')}</dt>
          <dd>{pct(counts.riskScreeningDone)}</dd>
        </div>
        <div>
          <dt>{t('counts.vna')}</dt>
          <dd>{pct(counts.vnaComplete)}</dd>
        </div>
        <div>
          <dt>{t('counts.openMandatory')}</dt>
          <dd>{counts.recordsWithOpenMandatory}</dd>
        </div>
        <div>
          <dt>{t('counts.referral')}</dt>
          <dd>{t('counts.referralSplit', { ...v })}</dd>
        </div>
        {unreferenced > 0 && (
          <div>
            <dt>{t('counts.unreferenced')}</dt>
            <dd>{unreferenced}</dd>
          </div>
        )}
      </dl>
      <h3>{t('chart.reasons')}</h3>
      {counts.notApplicableReasons.length === 0 ? (
        <p class="wm-muted">{t('counts.noReasons')}</p>
      ) : (
        <table class="wm-table">
          <caption>{t('counts.reasonsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('prompt.reason')}</th>
              <th scope="col">{t('counts.times')}</th>
              <th scope="col">{t('counts.prompts')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.notApplicableReasons.map((r) => (
              <tr key={r.reason}>
                <th scope="row" class="wm-reason">
                  {plainText(r.reason)}
                </th>
                <td>{r.count}</td>
                <td>{r.prompts.map(promptLabel).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
