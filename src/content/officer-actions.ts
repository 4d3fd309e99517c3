import type { Analysis } from '../core/types';
import type { ReviewRequest, ReviewView } from '../prompts/review';
import type { SpoDraft } from '../prompts/spo-draft';
import { spoDraftInput } from '../prompts/spo-draft-input';
import { findSummaryBlock, replaceSummary, SUMMARY_START } from '../prompts/summary';
import { summaryDigests } from '../prompts/summary-digest';
import { summaryRequest } from '../prompts/summary-input';
import type { OfficerAction, PromptView, RecordState } from '../prompts/types';
import { t } from '../i18n/runtime';
import type { AuditFeed } from './audit-feed';
import type { WaymarkBridge } from './bridge';
import { insertSummary } from './insert-summary';
import { reviewNow } from './page-steps';

/**
 * What the page controller asks the background for and writes into the record on the officer's
 * request: the SPO draft, the supervisor's review, the summary block and the review line. The
 * narrative never goes with any of them (the background words them from ids, states and digests).
 */

/** A request the officer made in the panel: the surface passes on only a person's clicks. */
const OFFICER = { isTrusted: true } as const;

/** The controller's state as it is now: read again after each wait, as the officer may type. */
export interface ControllerNow {
  record: RecordState;
  prompts: PromptView[];
  actions: OfficerAction[];
}

export interface ActionContext {
  signal: AbortSignal;
  bridge: WaymarkBridge;
  now(): ControllerNow;
}

/**
 * Asks the background for what depends on the record (the SPO draft, the supervisor's review),
 * only when what it is built from has changed, and keeps the latest answer.
 */
export class RecordRequests {
  /** The SPO grounds draft, built by the bridge. */
  spoDraft: SpoDraft | null = null;
  /** The supervisor's review of this record. */
  review: ReviewView | null = null;
  /** The inputs the draft and the review were asked for. */
  private spoDraftKey = '';
  private reviewKey = '';

  constructor(
    private readonly ctx: ActionContext,
    private readonly role: 'officer' | 'supervisor' | 'trainer',
    /** An answer arrived: draw again. */
    private readonly answered: () => void,
  ) {}

  /** Ask for the SPO draft when the SPO prompt shows and what it is built from has changed. */
  refreshSpoDraft(
    analysis: Analysis | null,
    prompts: readonly PromptView[],
    record: RecordState,
  ): void {
    if (!analysis || !prompts.some((p) => p.id === 'spo')) {
      this.spoDraft = null;
      this.spoDraftKey = '';
      return;
    }
    const input = spoDraftInput(analysis, record);
    const key = JSON.stringify(input);
    if (key === this.spoDraftKey) return;
    this.spoDraftKey = key;
    const { bridge, signal } = this.ctx;
    bridge
      .spoDraft(input)
      .then((draft) => {
        if (signal.aborted || this.spoDraftKey !== key) return;
        this.spoDraft = draft;
        this.answered();
      })
      .catch((err: unknown) =>
        console.warn('Waymark: SPO draft failed:', err instanceof Error ? err.message : err),
      );
  }

  /**
   * Supervisors: ask the background for the review of the record as it is now (the block as
   * found, digests and prompt states; never the narrative) whenever any of those changes.
   */
  refreshReview(record: RecordState, prompts: readonly PromptView[]): void {
    const { bridge, signal } = this.ctx;
    const ask = this.role === 'supervisor' ? bridge.review : undefined;
    if (!ask) return;
    const at = record;
    const found = findSummaryBlock(at.notes ?? '');
    // An unterminated block is sent as its start line alone: the background reports it as cut.
    const block = found === 'unterminated' ? SUMMARY_START : found;
    const now = reviewNow(prompts);
    void summaryDigests(at)
      .then((digest) => {
        const req: ReviewRequest = { block, digest, now };
        const key = JSON.stringify(req);
        if (key === this.reviewKey || signal.aborted) return;
        this.reviewKey = key;
        return ask.call(bridge, req).then((view) => {
          if (signal.aborted || this.reviewKey !== key) return;
          this.review = view;
          this.answered();
        });
      })
      .catch((err: unknown) =>
        console.warn('Waymark: review failed:', err instanceof Error ? err.message : err),
      );
  }
}

/**
 * Insert the summary block into the notes field, replacing an earlier block. Answers with the
 * status line to show, or null when there is nothing to say (a click that was not the officer's).
 */
export function writeSummary(
  ctx: ActionContext & { feed: AuditFeed; catalogueVersion: string },
  shown: Analysis,
  notes: HTMLElement | null,
): Promise<string | null> {
  const { bridge, signal } = ctx;
  const at = ctx.now().record;
  const recordRef = at.crimeReference || null;
  const write = async (): Promise<string | null> => {
    const digest = await summaryDigests(at);
    const { prompts, actions } = ctx.now();
    const block = await bridge.summary(
      summaryRequest(shown, prompts, actions, {
        now: Date.now(),
        catalogue: ctx.catalogueVersion,
        digest,
      }),
    );
    if (signal.aborted) return null;
    const result = await insertSummary(
      notes,
      replaceSummary(ctx.now().record.notes, block),
      OFFICER,
    );
    if (result === 'inserted') ctx.feed.summaryInserted(recordRef);
    return result === 'inserted'
      ? t('insert.done')
      : result === 'untrusted'
        ? null
        : t('insert.notWritten');
  };
  return write().catch((err: unknown) => {
    console.warn('Waymark: summary failed:', err instanceof Error ? err.message : err);
    return t('insert.failed');
  });
}

/**
 * Log "reviewed" (the supervisor's audit) and, when asked, add the review line to the notes.
 * Answers with the status line to show, or null when the script ended meanwhile.
 */
export function recordReviewed(
  ctx: ActionContext,
  shown: ReviewView,
  notes: HTMLElement | null,
  insert: boolean,
): Promise<string | null> {
  const { bridge, signal } = ctx;
  const outstanding = shown.prompts.filter((p) => p.outstanding).map((p) => p.id);
  const go = async (): Promise<string | null> => {
    const line = await bridge.recordReview!(ctx.now().record.crimeReference || null, {
      summary: shown.summary,
      changed: shown.changed,
      outstanding,
    });
    if (!insert) return t('reviewed.logged');
    if (signal.aborted) return null;
    const record = ctx.now().record;
    const before = (record.notes ?? '').replace(/\s+$/, '');
    const result = await insertSummary(notes, before ? `${before}\n${line}` : line, OFFICER);
    return result === 'inserted' ? t('reviewed.lineAdded') : t('reviewed.lineFailed');
  };
  return go().catch((err: unknown) => {
    console.warn('Waymark: review not recorded:', err instanceof Error ? err.message : err);
    return t('reviewed.failed');
  });
}
