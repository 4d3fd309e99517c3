import { t } from '../i18n/runtime';
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
          {t('recordReview.title', { ref: plainText(record.recordRef) })}
        </h2>
        <button type="button" onClick={onClose}>
          {t('recordReview.back')}
        </button>
      </div>

      <h3>{t('recordReview.referral')}</h3>
      <p class={vnaBad ? 'wm-bad' : undefined} data-testid="wm-vna-check">
        {vnaSentence(vna, timeZone)}
      </p>
      <p class="wm-muted">{t('recordReview.referralNote')}</p>

      <h3>{t('recordReview.indicators')}</h3>
      {record.stalkingLikely === null ? (
        <p class="wm-muted">{t('recordReview.noAnalysis')}</p>
      ) : (
        <p>
          {t('recordReview.likely', {
            likely: t(record.stalkingLikely ? 'answer.yes' : 'answer.no'),
            score: Math.round((record.maxScore ?? 0) * 100),
          })}{' '}
          {record.behaviours.length === 0
            ? t('recordReview.noBehaviours')
            : t('recordReview.behaviours', {
                list: record.behaviours
                  .map((b) => `${behaviourLabel(b.id)} (${b.count})`)
                  .join(', '),
              })}
        </p>
      )}

      <table class="wm-table">
        <caption>{t('recordReview.prompts', { ref: plainText(record.recordRef) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.prompt')}</th>
            <th scope="col">{t('recordReview.mandatory')}</th>
            <th scope="col">{t('training.state')}</th>
            <th scope="col">{t('recordReview.setBy')}</th>
            <th scope="col">{t('recordReview.when')}</th>
            <th scope="col">{t('recordReview.how')}</th>
            <th scope="col">{t('prompt.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {record.prompts.map((p) => (
            <tr key={p.promptId} data-prompt={p.promptId} data-state={p.state}>
              <th scope="row">{promptLabel(p.promptId)}</th>
              <td>{t(p.mandatory ? 'common.yes' : 'common.no')}</td>
              <td>
                <span class={p.outstanding ? 'wm-badge wm-badge-bad' : 'wm-badge'}>
                  {stateLabel(p.state)}
                  {p.outstanding ? t('review.outstanding') : ''}
                </span>
              </td>
              <td>{p.set ? p.setBy : t('recordReview.shownTo', { who: p.setBy })}</td>
              <td>
                <time dateTime={new Date(p.setAt).toISOString()}>
                  {formatEventTime(p.setAt, timeZone)}
                </time>
              </td>
              <td>
                {!p.set
                  ? t('recordReview.shownOnly')
                  : p.source === 'officer'
                    ? t('recordReview.officerAction')
                    : t('recordReview.fromRecord')}
              </td>
              <td class="wm-reason">
                {typeof p.reason === 'string'
                  ? plainText(p.reason)
                  : p.state === 'not_applicable'
                    ? t('recordReview.noReason')
                    : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <table class="wm-table">
        <caption>
          {t('recordReview.timeline', {
            ref: plainText(record.recordRef),
            count: record.eventCount,
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('recordReview.seq')}</th>
            <th scope="col">{t('training.time')}</th>
            <th scope="col">{t('training.event')}</th>
            <th scope="col">{t('records.officer')}</th>
            <th scope="col">{t('recordReview.details')}</th>
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
      const how = t(e.automatic ? 'event.fromRecord' : 'event.officerAction');
      const reason = e.reason ? t('event.reason', { reason: plainText(e.reason) }) : '';
      return `${promptLabel(e.promptId)}: ${stateLabel(e.state)} (${how})${reason}`;
    }
    case 'indicators':
      return `${t('event.indicators', {
        likely: t(e.stalkingLikely ? 'answer.yes' : 'answer.no'),
        score: Math.round(e.score * 100),
      })}${e.behaviours.length ? `; ${e.behaviours.map((b) => `${behaviourLabel(b.id)} (${b.count})`).join(', ')}` : ''}`;
    case 'summary_inserted':
      return t('event.inserted');
    case 'record_reviewed':
      return t('event.reviewed', {
        summary: t(
          e.summary === 'found'
            ? 'event.summaryFound'
            : e.summary === 'missing'
              ? 'event.summaryMissing'
              : 'event.summaryDamaged',
        ),
        changed: e.changed ? t('event.changed') : '',
        count: e.outstanding,
      });
    case 'health':
      return e.missingRoles.length
        ? t('event.missingFields', { roles: e.missingRoles.join(', ') })
        : t('event.allFields');
  }
}
