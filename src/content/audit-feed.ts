import type { AuditEventInput } from '../audit/schema';
import type { Analysis } from '../core/types';
import type { OfficerAction, PromptState, PromptView } from '../prompts/types';
import type { WaymarkBridge } from './bridge';

/**
 * Decides which audit events the overlay sends, so the log says what the officer was shown and
 * did without flooding it on every keystroke:
 * - `indicators` when the set of behaviours (or the judgement) changes, debounced;
 * - `prompt_shown` once per prompt per record;
 * - `prompt_state` when a prompt's or VNA step's state changes, `automatic` unless the officer
 *   caused it;
 * - `health` once, with the roles the profile names that the page lacks.
 * Events carry ids, states, counts and the officer's own short reasons: never narrative text.
 */

/** Quiet time before an `indicators` event is sent (the officer is usually mid-sentence). */
export const INDICATORS_DEBOUNCE_MS = 2000;

type PromptRef = OfficerAction['promptId'];

export interface FeedUpdate {
  recordKey: string;
  recordRef: string | null;
  analysis: Analysis;
  prompts: PromptView[];
  /** Prompt refs the officer just acted on, with the action (so the change is not automatic). */
  officer: ReadonlyMap<PromptRef, OfficerAction>;
}

export class AuditFeed {
  private recordKey: string | null = null;
  private shown = new Set<string>();
  private states = new Map<PromptRef, PromptState>();
  private lastIndicators: string | null = null;
  private pendingIndicators: { key: string; event: AuditEventInput; ref: string | null } | null =
    null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private healthSent = false;

  constructor(
    private readonly bridge: Pick<WaymarkBridge, 'appendAudit'>,
    private readonly debounceMs = INDICATORS_DEBOUNCE_MS,
  ) {}

  /** Feed the latest analysis and prompts; sends what changed. */
  update(u: FeedUpdate): void {
    if (u.recordKey !== this.recordKey) {
      // A different record (single-page navigation): its prompts are shown afresh.
      this.recordKey = u.recordKey;
      this.states.clear();
      this.lastIndicators = null;
    }
    this.indicators(u);
    for (const p of u.prompts) {
      const shownKey = `${u.recordKey}\u0000${p.id}`;
      if (!this.shown.has(shownKey)) {
        this.shown.add(shownKey);
        this.states.set(p.id, p.state);
        this.bridge.appendAudit(
          { kind: 'prompt_shown', promptId: p.id, state: p.state },
          u.recordRef,
        );
      } else {
        this.stateChange(p.id, p.state, u);
      }
      for (const step of p.steps) this.stateChange(`vna.${step.id}`, step.state, u);
    }
  }

  private stateChange(ref: PromptRef, state: PromptState, u: FeedUpdate): void {
    const prev = this.states.get(ref);
    this.states.set(ref, state);
    if (prev === undefined || prev === state) return;
    const action = u.officer.get(ref);
    const event: AuditEventInput = {
      kind: 'prompt_state',
      promptId: ref,
      state,
      automatic: action === undefined,
    };
    if (action?.reason) event.reason = action.reason.slice(0, 500);
    this.bridge.appendAudit(event, u.recordRef);
  }

  private indicators(u: FeedUpdate): void {
    const a = u.analysis;
    const ids = a.behaviours.map((b) => b.id).sort();
    const key = `${a.stalking.likely}|${ids.join(',')}`;
    const previous = this.pendingIndicators?.key ?? this.lastIndicators;
    if (key === previous) return;
    if (this.lastIndicators === null && ids.length === 0 && !a.stalking.likely) {
      // Nothing found yet on this record: nothing to log.
      this.lastIndicators = key;
      this.pendingIndicators = null;
      return;
    }
    this.pendingIndicators = {
      key,
      ref: u.recordRef,
      event: {
        kind: 'indicators',
        behaviours: a.behaviours.map((b) => ({ id: b.id, count: b.evidence.length })),
        stalkingLikely: a.stalking.likely,
        score: Math.min(1, Math.max(0, a.stalking.score)),
      },
    };
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
  }

  /** Send a pending `indicators` event now (on abort, so the last state is not lost). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const p = this.pendingIndicators;
    this.pendingIndicators = null;
    if (!p || p.key === this.lastIndicators) return;
    this.lastIndicators = p.key;
    this.bridge.appendAudit(p.event, p.ref);
  }

  /** Report roles the page lacks; only the first report with missing roles is sent. */
  health(missingRoles: readonly string[], recordRef: string | null): void {
    if (this.healthSent || missingRoles.length === 0) return;
    this.healthSent = true;
    this.bridge.appendAudit(
      { kind: 'health', missingRoles: missingRoles.slice(0, 64).map((r) => r.slice(0, 64)) },
      recordRef,
    );
  }

  /** Summary inserted into the notes field by the officer. */
  summaryInserted(recordRef: string | null): void {
    this.bridge.appendAudit({ kind: 'summary_inserted' }, recordRef);
  }

  /** Stop timers; a pending indicators event is sent first. */
  stop(): void {
    this.flush();
  }
}
