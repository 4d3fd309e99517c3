import type { OverallCounts, Ratio } from '../audit/summary';
import { plainText, promptLabel } from './format';

function pct(r: Ratio): string {
  return r.pct === null ? 'no records' : `${r.pct}% (${r.count} of ${r.of})`;
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
      <h2 id="wm-counts-h">Overall counts</h2>
      <p class="wm-muted">
        For the {counts.records} record{counts.records === 1 ? '' : 's'} listed. Percentages are of
        the records where stalking was likely.
      </p>
      <dl class="wm-counts">
        <div>
          <dt>Records with stalking likely</dt>
          <dd>{counts.stalkingLikely}</dd>
        </div>
        <div>
          <dt>SPO decision recorded</dt>
          <dd>{pct(counts.spoDecisionRecorded)}</dd>
        </div>
        <div>
          <dt>Risk screening done</dt>
          <dd>{pct(counts.riskScreeningDone)}</dd>
        </div>
        <div>
          <dt>Needs assessment complete</dt>
          <dd>{pct(counts.vnaComplete)}</dd>
        </div>
        <div>
          <dt>Records with open mandatory prompts</dt>
          <dd>{counts.recordsWithOpenMandatory}</dd>
        </div>
        <div>
          <dt>Support referral (2 working days)</dt>
          <dd>
            {v.met} in time, {v.late} late, {v.overdue} overdue, {v.pending} due, {v.not_applicable}{' '}
            not applicable
          </dd>
        </div>
        {unreferenced > 0 && (
          <div>
            <dt>Events without a crime reference (not listed)</dt>
            <dd>{unreferenced}</dd>
          </div>
        )}
      </dl>
      <h3>Reasons given for "not applicable"</h3>
      {counts.notApplicableReasons.length === 0 ? (
        <p class="wm-muted">None.</p>
      ) : (
        <table class="wm-table">
          <caption>Not-applicable reasons, most frequent first</caption>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col">Times</th>
              <th scope="col">Prompts</th>
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
