/**
 * The Analysis contract (the design note's "Analysis API"). Every part of Waymark reads these
 * types: the overlay, the prompts, the CLI, the eval and the demo. Ids come from
 * the shared taxonomy and never change. Offsets are UTF-16 indices into the ORIGINAL text.
 */

export const BEHAVIOUR_IDS = [
  'following',
  'repeated_contact',
  'publishing_material',
  'monitoring_online',
  'loitering_or_turning_up',
  'interfering_with_property',
  'watching_or_spying',
  'tracking_device',
  'gifts_or_items',
  'contacting_third_parties',
  'fake_accounts',
  'threats',
  'breach_of_order',
  'fear_alarm_distress',
] as const;
export type BehaviourId = (typeof BEHAVIOUR_IDS)[number];

export const FOUR_ELEMENTS = ['fixated', 'obsessive', 'unwanted', 'repeated'] as const;
export type FourElement = (typeof FOUR_ELEMENTS)[number];

export const RELATIONSHIP_IDS = [
  'ex_partner',
  'partner',
  'family',
  'acquaintance',
  'colleague',
  'neighbour',
  'client_or_customer',
  'stranger',
  'online_only',
  'unknown',
] as const;
export type RelationshipId = (typeof RELATIONSHIP_IDS)[number];

/** Relationships that make the case domestic abuse as well (taxonomy.md). */
export const DOMESTIC_RELATIONSHIPS: readonly RelationshipId[] = [
  'ex_partner',
  'partner',
  'family',
];

export const RISK_IDS = [
  'sdash_1_very_frightened',
  'sdash_2_previous_harassment',
  'sdash_3_property_damage',
  'sdash_4_frequent_visits',
  'sdash_5_loitering',
  'sdash_6_threats',
  'sdash_7_third_parties',
  'sdash_8_violence_now',
  'sdash_9_enlisted_others',
  'sdash_10_substance_misuse',
  'sdash_11_past_violence',
  'threat_to_kill',
  'weapon',
  'strangulation',
  'escalation',
  'suicide_threat',
] as const;
export type RiskId = (typeof RISK_IDS)[number];

/** Who did the thing a rule matched. Only `suspect` (or someone acting for them) counts. */
export type Actor = 'suspect' | 'victim' | 'third_party' | 'police' | 'unknown';

/** Why a match was kept out of the findings (ConText modifiers). */
export type SuppressionReason = 'negated' | 'hypothetical' | 'other_actor';

/** One piece of evidence: a span of the original text and the rule that found it. */
export interface Evidence {
  /** UTF-16 offset into the original text, inclusive. */
  start: number;
  /** UTF-16 offset into the original text, exclusive. */
  end: number;
  /** `text.slice(start, end)` of the original text. */
  text: string;
  /** Id of the rule that fired, e.g. `following.followed-verb`. */
  rule: string;
}

export interface BehaviourFinding {
  id: BehaviourId;
  evidence: Evidence[];
  /** FOUR elements this behaviour evidences. */
  four: FourElement[];
  /** Plain-words label, e.g. "Following". */
  label: string;
  /** The legal hook in plain words, e.g. "PHA 1997 s2A(3)(a): following a person". */
  law: string;
  /** Why a rule like this matters, for the officer, in one or two sentences. */
  why: string;
}

export interface RiskFinding {
  id: RiskId;
  evidence: Evidence[];
  label: string;
}

/** A match the context step kept out of the findings, with the reason, so the overlay can say so. */
export interface SuppressedMatch {
  kind: 'behaviour' | 'risk';
  id: BehaviourId | RiskId;
  evidence: Evidence;
  reason: SuppressionReason;
  /** The cue that caused it ("has not", "if", "a witness"), where there was one. */
  cue: { start: number; end: number; text: string } | null;
  /** Who the context step decided the actor was. */
  actor: Actor;
}

/** One occasion in the chronology of the course of conduct. */
export interface Occasion {
  /** The date or relative time as written ("4 March", "last Tuesday", "the next day"), or null. */
  when: string | null;
  /** ISO date (yyyy-mm-dd) when the text gives a full or partial date that can be resolved. */
  date: string | null;
  /** Offsets of the sentence(s) this occasion covers. */
  start: number;
  end: number;
  behaviours: BehaviourId[];
  /** How many occasions this entry stands for ("on 4 occasions" is one entry with count 4). */
  count: number;
}

export interface Period {
  /** The period as written ("since March", "over three weeks"), or a derived description. */
  text: string;
  /** Length in days where it can be worked out, else null. */
  days: number | null;
}

/**
 * What showed that conduct happened on more than one occasion, strongest first: dates or times,
 * a stated number, quantity words ("dozens of"), repetition words ("constantly", "bombarded",
 * "every day"), the habitual ("he would wait", "he watches her"), a period ("for months"), acts in the plural ("sent her messages"), "again", and
 * different acts each said once ("put a tracker on her car, left a note, followed her home").
 */
export const COURSE_BASES = [
  'dates',
  'number',
  'quantity',
  'repetition',
  'habitual',
  'period',
  'plural',
  'again',
  'distinct_acts',
] as const;
export type CourseBasis = (typeof COURSE_BASES)[number];

export interface StalkingJudgement {
  likely: boolean;
  /** 0..1 */
  score: number;
  /** Number of distinct occasions found, or null when none can be counted. */
  occasions: number | null;
  period: Period | null;
  /** Two or more occasions (PHA s7). */
  courseOfConduct: boolean;
  /** What showed the occasions, each with its evidence, in COURSE_BASES order. */
  courseBasis: { kind: CourseBasis; evidence: Evidence[] }[];
  /** The named features the fitted judgement read (see src/core/judgement.ts), each 0..1. */
  features: Record<string, number>;
  four: Record<FourElement, boolean>;
  fourEvidence: Record<FourElement, Evidence[]>;
  /** Reasons a person can read, in English, most important first. */
  reasons: string[];
  /**
   * Where the text itself names the conduct as stalking: a charge, a conviction, a Stalking
   * Protection Order or the officer's classification. Such a text is judged likely whatever the
   * score, so the prompts follow the record instead of contradicting it.
   */
  named: Evidence[];
  /**
   * The same reasons as message ids with parameters, one for one with `reasons`, so a view can
   * word them in the officer's language (src/i18n/reasons.ts). Parameters are ids, numbers and
   * words quoted from the narrative, never wording of their own.
   */
  reasonIds: ReasonRef[];
}

/**
 * The reasons whose English wording is pack data (`words.reasons`), with at most a quotation from
 * the narrative as a parameter: it travels with the pack, not in the content script's code.
 */
export const PLAIN_REASON_IDS = [
  'reason.single_incident',
  'reason.one_occasion',
  'reason.ex_partner',
  'reason.commercial',
  'reason.ceased',
  'reason.refuted',
  'reason.advice',
  'reason.briefing',
  'reason.named',
  'reason.unspecified',
] as const;
export type PlainReasonId = (typeof PLAIN_REASON_IDS)[number];

/** The message ids of the reasons; their wording is in the message catalogue (src/i18n). */
export const REASON_IDS = [
  'reason.course',
  'reason.behaviour',
  'reason.four',
  'reason.suppressed',
  'reason.judgement',
  ...PLAIN_REASON_IDS,
] as const;
export type ReasonId = (typeof REASON_IDS)[number];

/** A parameter of a reason: an id, a count, a quote from the narrative, or a list of ids. */
export type ReasonParam = string | number | readonly string[];

/** One reason as a message id and its parameters. */
export interface ReasonRef {
  id: ReasonId;
  params: Record<string, ReasonParam>;
}

export interface S4AMarkers {
  /** Fear of violence described on this many occasions (s4A(1)(b)(i) needs two or more). */
  fearOfViolenceOccasions: number;
  fearOfViolence: Evidence[];
  /** Serious alarm or distress with a substantial adverse effect on day-to-day activities. */
  seriousAlarmDistress: boolean;
  seriousAlarmDistressEvidence: Evidence[];
  /** Either limb is met on the text. */
  indicated: boolean;
}

export interface Analysis {
  /** Version of the Analysis shape. */
  schema: 1;
  /** Id and version of the rule pack used, e.g. "waymark-core@1.0.0". */
  pack: string;
  stalking: StalkingJudgement;
  behaviours: BehaviourFinding[];
  chronology: Occasion[];
  relationship: RelationshipId;
  relationshipEvidence: Evidence[];
  domestic: boolean;
  risk: RiskFinding[];
  s4a: S4AMarkers;
  suppressed: SuppressedMatch[];
}
