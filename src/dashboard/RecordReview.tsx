import { useEffect, useRef } from 'preact/hooks';
import type { AuditEvent } from '../audit/schema';
import type { RecordSummary } from '../audit/summary';
import {
  behaviourLabel,
  formatEventTime,
  kindLabel,
  plainText,
  promptLabel,
  stateLabel,
  vnaSentence,
} from './format';

interface Props {
  record: RecordSummary;
  timeZone: string;
  onClose: () => void;
}

/** One record in detail: prompt states and reasons, the VNA time check, indicators, timeline. */
export function RecordReview({ record, timeZone, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the review so keyboard and screen-reader users land on what they opened.
  useEffect(() => heading.current?.focus(), [record.recordRef]);
  const vna = record.vnaReferral;
  const vnaBad = vna.status === 'late' || vna.status === 'overdue';

  return (
    <section class="wm-card" aria-labelledby="wm-review-h" data-testid="wm-review">
      <div class="wm-row">
        <h2 id="wm-review-h" tabIndex={-1} ref={heading}>
          Review of {plainText(record.recordRef)}
        </h2>
        <button type="button" onClick={onClose}>
          Back to records
        </button>
      </div>

      <h3>Support referral time limit</h3>
      <p class={vnaBad ? 'wm-bad' : undefined} data-testid="wm-vna-check">
        {vnaSentence(vna, timeZone)}
      </p>
      <p class="wm-muted">
        Counted from when the needs assessment prompt was first shown. Working days skip Saturdays
        and Sundays; bank holidays are not taken into account.
      </p>

      <h3>Indicators seen</h3>
      {record.stalkingLikely === null ? (
        <p class="wm-muted">No analysis was logged for this record.</p>
      ) : (
        <p>
          Stalking likely: {record.stalkingLikely ? 'yes' : 'no'} (last analysis; highest score{' '}
          {Math.round((record.maxScore ?? 0) * 100)}%).{' '}
          {record.behaviours.length === 0
            ? 'No behaviours found.'
            : `Behaviours: ${record.behaviours
                .map((b) => `${behaviourLabel(b.id)} (${b.count})`)
                .join(', ')}.`}
        </p>
      )}

      <table class="wm-table">
        <caption>Prompts for {plainText(record.recordRef)}: latest state</caption>
        <thead>
          <tr>
            <th scope="col">Prompt</th>
            <th scope="col">Mandatory</th>
            <th scope="col">State</th>
            <th scope="col">Set by (or shown to)</th>
            <th scope="col">When</th>
            <th scope="col">How</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {record.prompts.map((p) => (
            <tr key={p.promptId} data-prompt={p.promptId} data-state={p.state}>
              <th scope="row">{promptLabel(p.promptId)}</th>
              <td>{p.mandatory ? 'Yes' : 'No'}</td>
              <td>
                <span class={p.outstanding ? 'wm-badge wm-badge-bad' : 'wm-badge'}>
                  {stateLabel(p.state)}
                  {p.outstanding ? ' (outstanding)' : ''}
                </span>
              </td>
              <td>{p.set ? p.setBy : `Shown to ${p.setBy}`}</td>
              <td>
                <time dateTime={new Date(p.setAt).toISOString()}>
                  {formatEventTime(p.setAt, timeZone)}
                </time>
              </td>
              <td>
                {!p.set
                  ? 'Shown only: not set'
                  : p.source === 'officer'
                    ? 'Officer action'
                    : 'From the record'}
              </td>
              <td class="wm-reason">
                {typeof p.reason === 'string'
                  ? plainText(p.reason)
                  : p.state === 'not_applicable'
                    ? 'No reason given'
                    : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <table class="wm-table">
        <caption>
          Timeline of {plainText(record.recordRef)} ({record.eventCount} event
          {record.eventCount === 1 ? '' : 's'})
        </caption>
        <thead>
          <tr>
            <th scope="col">Seq</th>
            <th scope="col">Time</th>
            <th scope="col">Event</th>
            <th scope="col">Officer</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {record.events.map((e) => (
            <tr key={e.seq}>
              <th scope="row">{e.seq}</th>
              <td>
                <time dateTime={new Date(e.at).toISOString()}>
                  {formatEventTime(e.at, timeZone)}
                </time>
              </td>
              <td>{kindLabel(e.kind)}</td>
              <td>{plainText(e.officerId)}</td>
              <td class="wm-reason">{eventDetails(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function eventDetails(e: AuditEvent): string {
  switch (e.kind) {
    case 'prompt_shown':
      return `${promptLabel(e.promptId)}: ${stateLabel(e.state)}`;
    case 'prompt_state': {
      const how = e.automatic ? 'from the record' : 'officer action';
      const reason = e.reason ? `; reason: "${plainText(e.reason)}"` : '';
      return `${promptLabel(e.promptId)}: ${stateLabel(e.state)} (${how})${reason}`;
    }
    case 'indicators':
      return `Stalking likely: ${e.stalkingLikely ? 'yes' : 'no'}, score ${Math.round(
        e.score * 100,
      )}%${e.behaviours.length ? `; ${e.behaviours.map((b) => `${behaviourLabel(b.id)} (${b.count})`).join(', ')}` : ''}`;
    case 'summary_inserted':
      return 'Officer inserted the summary into the record';
    case 'record_reviewed':
      return `Supervisor reviewed the record: ${
        e.summary === 'found'
          ? 'summary found'
          : e.summary === 'missing'
            ? 'no Waymark summary'
            : 'summary edited or damaged'
      }${e.changed ? ', record changed since the summary' : ''}; ${e.outstanding} outstanding`;
    case 'health':
      return e.missingRoles.length
        ? `Fields not found on the page: ${e.missingRoles.join(', ')}`
        : 'All profile fields found';
  }
}
