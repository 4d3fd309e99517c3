/**
 * What the inserted summary is built from: ids, states, who set each and when, the officer's
 * reasons and the record's digests. No narrative sentences. The content script makes this and
 * the background writes the block (summary-format.ts), so the block's wording stays out of the
 * page's bundle.
 */
import type { Analysis, BehaviourId, FourElement, RelationshipId, RiskId } from '../core/types';
import { FOUR_ELEMENTS } from '../core/types';
import { latestAction } from './evaluate';
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

function entry(
  id: PromptRef,
  state: PromptState,
  mandatory: boolean,
  because: string | null,
  reason: string | undefined,
  actions: readonly OfficerAction[],
  now: number,
): SummaryPrompt {
  const out: SummaryPrompt = { id, state };
  if (mandatory) out.mandatory = true;
  const a = state === 'open' ? null : latestAction(actions, id, now, mandatory);
  // The record's own fields win over an action (evaluate.ts): a done prompt with a reason from
  // the record was satisfied by the record, whatever the officer clicked before.
  if (state === 'done' && because) out.by = 'record';
  else if (a && a.state === state) {
    out.by = 'officer';
    out.at = a.at;
  } else if (state === 'done') out.by = 'record';
  if (reason?.trim()) out.reason = reason.trim().slice(0, SUMMARY_LIMITS.reason);
  if (because) out.because = because.slice(0, SUMMARY_LIMITS.because);
  return out;
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
  const out: SummaryPrompt[] = [];
  for (const p of prompts) {
    out.push(entry(p.id, p.state, p.mandatory, p.doneBecause, p.reason, actions, now));
    for (const s of p.steps) {
      out.push(entry(`vna.${s.id}`, s.state, p.mandatory, s.doneBecause, s.reason, actions, now));
    }
  }
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
