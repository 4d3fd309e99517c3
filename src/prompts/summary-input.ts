/**
 * What the inserted summary is built from: ids, states, who set each and when, the officer's
 * reasons and the record's digests. No narrative sentences. The content script makes this and
 * the background writes the block (summary-format.ts), so the block's wording stays out of the
 * page's bundle.
 */
import type { Analysis, BehaviourId, FourElement, RelationshipId, RiskId } from '../core/types';
import { FOUR_ELEMENTS } from '../core/types';
import type { PromptRef } from './labels';
import type { SummaryDigests } from './summary-digest';
import type { OfficerAction, PromptState, PromptView } from './types';

/** Longest values the block carries (the message schema allows no more). */
export const SUMMARY_LIMITS = { reason: 200, because: 300, period: 200, version: 64, prompts: 40 };

/**
 * One prompt or needs-assessment step in the summary. Fields that do not apply are left out, so
 * the block's data line stays short.
 */
export interface SummaryPrompt {
  id: PromptRef;
  state: PromptState;
  /** Force policy requires it. */
  mandatory?: true;
  /** Who set the state: the officer (with a time) or the record itself; absent while open. */
  by?: 'officer' | 'record';
  at?: number;
  reason?: string;
  /** Why the record satisfies it, in the catalogue's words. */
  because?: string;
}

export interface SummaryInput {
  made: number;
  catalogue: string;
  pack: string;
  likely: boolean;
  occasions: number | null;
  courseOfConduct: boolean;
  period: string | null;
  four: FourElement[];
  behaviours: { id: BehaviourId; n: number }[];
  risks: RiskId[];
  relationship: RelationshipId;
  domestic: boolean;
  s4a: boolean;
  prompts: SummaryPrompt[];
  digest: SummaryDigests | null;
}

/** The summary's input from the analysis, the prompts as shown and the officer's actions. */
export function summaryInput(
  analysis: Analysis,
  prompts: readonly PromptView[],
  actions: readonly OfficerAction[],
  opts: { now: number; catalogue: string; digest: SummaryDigests | null },
): SummaryInput {
  const { now } = opts;
  const s = analysis.stalking;
  const entry = (
    id: PromptRef,
    state: PromptState,
    mandatory: boolean,
    because: string | null,
    reason: string | undefined,
  ): SummaryPrompt => {
    // The record's own fields win over an action (evaluate.ts): a step the record satisfies was
    // set by the record, whatever the officer clicked before; otherwise the officer's latest
    // action to this state says when.
    const at =
      state === 'open' || because
        ? undefined
        : actions.findLast((a) => a.promptId === id && a.state === state)?.at;
    return {
      id,
      state,
      ...(mandatory && { mandatory: true }),
      ...(at !== undefined ? { by: 'officer', at } : state === 'done' && { by: 'record' }),
      ...(reason?.trim() && { reason: reason.trim().slice(0, SUMMARY_LIMITS.reason) }),
      ...(because && { because: because.slice(0, SUMMARY_LIMITS.because) }),
    };
  };
  const out = prompts.flatMap((p) => [
    entry(p.id, p.state, p.mandatory, p.doneBecause, p.reason),
    ...p.steps.map((st) => entry(`vna.${st.id}`, st.state, p.mandatory, st.doneBecause, st.reason)),
  ]);
  return {
    made: now,
    catalogue: opts.catalogue.slice(0, SUMMARY_LIMITS.version),
    pack: analysis.pack.slice(0, SUMMARY_LIMITS.version),
    likely: s.likely,
    occasions: s.occasions,
    courseOfConduct: s.courseOfConduct,
    period: s.period?.text.slice(0, SUMMARY_LIMITS.period) ?? null,
    four: FOUR_ELEMENTS.filter((f) => s.four[f]),
    behaviours: analysis.behaviours.map((b) => ({ id: b.id, n: b.evidence.length })),
    risks: analysis.risk.map((r) => r.id),
    relationship: analysis.relationship,
    domestic: analysis.domestic,
    s4a: analysis.s4a.indicated,
    prompts: out.slice(0, SUMMARY_LIMITS.prompts),
    digest: opts.digest,
  };
}
