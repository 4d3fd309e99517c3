/**
 * What the inserted summary is built from: ids, states, who set each and when, the officer's
 * reasons and the record's digests. No narrative sentences. The content script sends a request
 * (`summaryRequest`, a plain object) and the background turns it into this and writes the block
 * (summary-format.ts), so the block's wording and this logic stay out of the page's bundle.
 */
import type { Analysis, BehaviourId, FourElement, RelationshipId, RiskId } from '../core/types';
import { FOUR_ELEMENTS } from '../core/types';
import type { PromptRef } from './labels';
import type { SummaryDigests } from './summary-digest';
import type { OfficerAction, PromptId, PromptState, VnaStepId } from './types';

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

/** One prompt as the content script sends it: `PromptView` has these fields (and more, dropped). */
export interface RequestPrompt {
  id: PromptId;
  state: PromptState;
  mandatory: boolean;
  doneBecause: string | null;
  reason?: string;
  steps: { id: VnaStepId; state: PromptState; doneBecause: string | null; reason?: string }[];
}

/**
 * What the content script sends: the analysis as ids and counts, the prompts as shown, the
 * officer's actions on this record and the digests. The background turns it into the block's
 * data (`toSummaryInput`), so this side stays a plain object.
 */
export interface SummaryRequest extends Omit<SummaryInput, 'prompts' | 'four'> {
  four: Record<FourElement, boolean>;
  prompts: RequestPrompt[];
  actions: OfficerAction[];
}

/** The request from the analysis, the prompts as shown and the officer's actions. */
export function summaryRequest(
  analysis: Analysis,
  prompts: RequestPrompt[],
  actions: OfficerAction[],
  opts: { now: number; catalogue: string; digest: SummaryDigests | null },
): SummaryRequest {
  const s = analysis.stalking;
  return {
    made: opts.now,
    catalogue: opts.catalogue,
    pack: analysis.pack,
    likely: s.likely,
    occasions: s.occasions,
    courseOfConduct: s.courseOfConduct,
    period: s.period?.text ?? null,
    four: s.four,
    behaviours: analysis.behaviours.map((b) => ({ id: b.id, n: b.evidence.length })),
    risks: analysis.risk.map((r) => r.id),
    relationship: analysis.relationship,
    domestic: analysis.domestic,
    s4a: analysis.s4a.indicated,
    prompts,
    actions,
    digest: opts.digest,
  };
}

/**
 * The block's data from a request: each prompt and step with who set it and when. The record's
 * own fields win over an action (as in evaluate.ts): a step the record satisfies was set by the
 * record, whatever the officer clicked before; otherwise the officer's latest action to this
 * state says when.
 */
export function toSummaryInput(req: SummaryRequest): SummaryInput {
  const entry = (
    id: PromptRef,
    state: PromptState,
    mandatory: boolean,
    because: string | null,
    reason: string | undefined,
  ): SummaryPrompt => {
    const out: SummaryPrompt = { id, state };
    if (mandatory) out.mandatory = true;
    const a =
      state === 'open' || because
        ? undefined
        : req.actions.findLast((x) => x.promptId === id && x.state === state);
    if (a) {
      out.by = 'officer';
      out.at = a.at;
    } else if (state === 'done') out.by = 'record';
    if (reason?.trim()) out.reason = reason.trim().slice(0, SUMMARY_LIMITS.reason);
    if (because) out.because = because.slice(0, SUMMARY_LIMITS.because);
    return out;
  };
  const prompts = req.prompts.flatMap((p) => [
    entry(p.id, p.state, p.mandatory, p.doneBecause, p.reason),
    ...p.steps.map((st) => entry(`vna.${st.id}`, st.state, p.mandatory, st.doneBecause, st.reason)),
  ]);
  return {
    made: req.made,
    catalogue: req.catalogue.slice(0, SUMMARY_LIMITS.version),
    pack: req.pack.slice(0, SUMMARY_LIMITS.version),
    likely: req.likely,
    occasions: req.occasions,
    courseOfConduct: req.courseOfConduct,
    period: req.period?.slice(0, SUMMARY_LIMITS.period) ?? null,
    four: FOUR_ELEMENTS.filter((f) => req.four[f]),
    behaviours: req.behaviours,
    risks: req.risks,
    relationship: req.relationship,
    domestic: req.domestic,
    s4a: req.s4a,
    prompts: prompts.slice(0, SUMMARY_LIMITS.prompts),
    digest: req.digest,
  };
}

/** The block's data straight from the analysis and prompts (pages of our own and tests). */
export function summaryInput(
  analysis: Analysis,
  prompts: RequestPrompt[],
  actions: OfficerAction[],
  opts: { now: number; catalogue: string; digest: SummaryDigests | null },
): SummaryInput {
  return toSummaryInput(summaryRequest(analysis, prompts, actions, opts));
}
