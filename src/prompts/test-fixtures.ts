/**
 * Small factories for Analysis and RecordState fixtures, used by the prompt tests. Evidence is
 * synthetic (offsets into a made-up text); nothing here is real case material.
 */
import type {
  Analysis,
  BehaviourId,
  Evidence,
  Occasion,
  RelationshipId,
  RiskId,
} from '../core/types';
import { EMPTY_RECORD } from './types';
import type { RecordState } from './types';

/** Options for `makeAnalysis`. Anything left out gives a case with no stalking indicators. */
export interface AnalysisOptions {
  likely?: boolean;
  /** Behaviour ids, with how many evidence spans each (default 1). */
  behaviours?: BehaviourId[] | Partial<Record<BehaviourId, number>>;
  risk?: RiskId[];
  relationship?: RelationshipId;
  /** Defaults to true for partner, ex_partner and family. */
  domestic?: boolean;
  occasions?: number | null;
  period?: string | null;
  fearOccasions?: number;
  seriousAlarm?: boolean;
  chronology?: Partial<Occasion>[];
}

function evidence(rule: string, n: number): Evidence[] {
  return Array.from({ length: n }, (_, i) => ({
    start: i * 10,
    end: i * 10 + 5,
    text: 'xxxxx',
    rule: `${rule}.fixture`,
  }));
}

/** Build an Analysis for tests. */
export function makeAnalysis(opts: AnalysisOptions = {}): Analysis {
  const counts: Partial<Record<BehaviourId, number>> = Array.isArray(opts.behaviours)
    ? Object.fromEntries(opts.behaviours.map((b) => [b, 1]))
    : (opts.behaviours ?? {});
  const behaviourIds = Object.keys(counts) as BehaviourId[];
  const relationship = opts.relationship ?? 'unknown';
  const occasions =
    opts.occasions === undefined ? (behaviourIds.length ? 2 : null) : opts.occasions;
  const fearOccasions = opts.fearOccasions ?? 0;
  const seriousAlarm = opts.seriousAlarm ?? false;
  const likely = opts.likely ?? false;
  return {
    schema: 1,
    pack: 'waymark-core@test',
    stalking: {
      likely,
      score: likely ? 0.82 : 0.1,
      occasions,
      period: opts.period ? { text: opts.period, days: null } : null,
      courseBasis: [],
      features: {},
      courseOfConduct: (occasions ?? 0) >= 2,
      four: {
        fixated: likely,
        obsessive: likely,
        unwanted: likely,
        repeated: (occasions ?? 0) >= 2,
      },
      fourEvidence: { fixated: [], obsessive: [], unwanted: [], repeated: [] },
      reasons: likely ? ['Repeated unwanted contact on two or more occasions'] : [],
      named: [],
      reasonIds: likely ? [{ id: 'reason.course', params: { occasions: 2 } }] : [],
    },
    behaviours: behaviourIds.map((id) => ({
      id,
      evidence: evidence(id, counts[id] ?? 1),
      four: [],
      label: id,
      law: '',
      why: '',
    })),
    chronology: (opts.chronology ?? []).map((o, i) => ({
      when: o.when ?? null,
      date: o.date ?? null,
      start: o.start ?? i * 100,
      end: o.end ?? i * 100 + 50,
      behaviours: o.behaviours ?? [],
      count: o.count ?? 1,
    })),
    relationship,
    relationshipEvidence: [],
    domestic: opts.domestic ?? ['partner', 'ex_partner', 'family'].includes(relationship),
    risk: (opts.risk ?? []).map((id) => ({ id, evidence: evidence(id, 1), label: id })),
    s4a: {
      fearOfViolenceOccasions: fearOccasions,
      fearOfViolence: evidence('fear', fearOccasions),
      seriousAlarmDistress: seriousAlarm,
      seriousAlarmDistressEvidence: [],
      indicated: fearOccasions >= 2 || seriousAlarm,
    },
    suppressed: [],
  };
}

/** A typical likely-stalking analysis: contact, turning up, following, over two occasions. */
export function stalkingAnalysis(opts: AnalysisOptions = {}): Analysis {
  return makeAnalysis({
    likely: true,
    behaviours: ['repeated_contact', 'loitering_or_turning_up', 'following'],
    occasions: 4,
    ...opts,
  });
}

/** Build a RecordState for tests; fields not given are unknown (null), narrative empty. */
export function makeRecord(partial: Partial<RecordState> = {}): RecordState {
  return {
    ...EMPTY_RECORD,
    ...partial,
    flags: { ...EMPTY_RECORD.flags, ...(partial.flags ?? {}) },
    vna: { ...(partial.vna ?? {}) },
  };
}
