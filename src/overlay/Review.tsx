import type { ReviewView } from '../prompts/review';
import { trusted } from './trusted';
import { t } from '../i18n/runtime';

export interface ReviewProps {
  view: ReviewView;
  /** Result of the last "reviewed" or insert, shown beside the buttons. */
  status: string | null;
  /** Record "reviewed"; with `insert`, also write the review line into the notes field. */
  onReviewed(e: Event, insert: boolean): void;
  canInsert: boolean;
}

/**
 * The supervisor's review of the record (DESIGN.md hooks). Every sentence arrives already worded
 * from the background; this only lays them out.
 */
export function Review({ view, status, onReviewed, canInsert }: ReviewProps) {
  return (
    <section
      class="wm-review"
      data-testid="waymark-review"
      data-summary={view.summary}
      data-changed={view.changed ? 'true' : 'false'}
      aria-labelledby="wm-review-h"
    >
      <h2 id="wm-review-h">{t('review.title')}</h2>
      <p class={view.summary === 'found' ? '' : 'wm-review-warn'}>{view.status}</p>
      {view.change && <p class={view.changed ? 'wm-review-warn' : ''}>{view.change}</p>}
      <ul class="wm-review-list">
        {view.prompts.map((p) => (
          <li key={p.id} data-review-prompt={p.id} data-state={p.state}>
            <strong>{p.name}</strong>
            {p.outstanding ? t('review.outstanding') : ''}: {p.detail}
          </li>
        ))}
      </ul>
      <div class="wm-insert">
        <button type="button" onClick={trusted((e) => onReviewed(e, false))}>
          {t('review.record')}
        </button>
        <button type="button" disabled={!canInsert} onClick={trusted((e) => onReviewed(e, true))}>
          {t('review.recordAndLine')}
        </button>
      </div>
      {status && (
        <p role="status" data-testid="waymark-review-status">
          {status}
        </p>
      )}
    </section>
  );
}
