/**
 * What the SPO grounds draft is built from: behaviour and risk ids, the chronology (when, which
 * behaviours, how many times), the period, the count of occasions and the crime reference. No
 * narrative sentences. Small on purpose: the content script makes this and the background builds
 * the draft (src/prompts/spo-draft.ts), so the draft's wording stays out of the page's bundle.
 */
import type { Analysis, BehaviourId, RiskId } from '../core/types';
import type { RecordState } from './types';

/** Most occasions the draft lists, and the longest crime reference it carries (as the message allows). */
export const SPO_DRAFT_LIMITS = { occasions: 500, crimeReference: 64, when: 120, period: 200 };

export interface SpoDraftInput {
  behaviours: BehaviourId[];
  risks: RiskId[];
  chronology: {
    start: number;
    /** As written ("4 March", "the next day"), or null. */
    when: string | null;
    date: string | null;
    behaviours: BehaviourId[];
    count: number;
  }[];
  period: string | null;
  occasions: number | null;
  crimeReference: string | null;
}

/** The draft's input from an analysis and the record. */
export function spoDraftInput(analysis: Analysis, record: RecordState): SpoDraftInput {
  return {
    behaviours: analysis.behaviours.map((b) => b.id),
    risks: analysis.risk.map((r) => r.id),
    chronology: analysis.chronology.slice(0, SPO_DRAFT_LIMITS.occasions).map((o) => ({
      start: o.start,
      when: o.when?.slice(0, SPO_DRAFT_LIMITS.when) ?? null,
      date: o.date,
      behaviours: o.behaviours,
      count: o.count,
    })),
    period: analysis.stalking.period?.text.slice(0, SPO_DRAFT_LIMITS.period) ?? null,
    occasions: analysis.stalking.occasions,
    crimeReference: record.crimeReference?.trim().slice(0, SPO_DRAFT_LIMITS.crimeReference) || null,
  };
}
