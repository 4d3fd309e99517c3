/**
 * The shape of a rule pack, as plain TypeScript types with no runtime code. `src/core` imports
 * these with `import type` only, so the content script never ships zod; `schema.ts` holds the zod
 * schema that validates a pack against exactly these types (checked at compile time there).
 */
import type {
  BehaviourId,
  FourElement,
  PlainReasonId,
  RelationshipId,
  RiskId,
} from '../core/types';

/** What a rule's match stands for. */
export type RuleKind = 'behaviour' | 'risk' | 'relationship' | 'signal';

/**
 * Signals are evidence that is not itself a behaviour: FOUR cues ("told him to stop"), commercial
 * context (fraud, debt collection), advice text ("stalking can include"), an order or bail
 * conditions in force (which make later conduct a breach), enquiries that refuted the account, and
 * conduct that stopped long ago ("no contact since 2019"), the conduct named as stalking (a
 * charge, a conviction, a Stalking Protection Order or the officer's classification), and a text
 * that opens as a briefing, training note or disclosure-scheme request rather than a report, and
 * a dispute about land, parking, noise or building work that the conduct may be about, and an
 * innocent explanation that clears what was just told ("turned out to be her own AirTag", "not
 * linked to the ex"), and harassment the record names over a period without telling its acts,
 * and a complaint against a police officer, whose acts are then the suspect's.
 */
export const SIGNAL_IDS = [
  'unwanted',
  'fixated',
  'obsessive',
  'commercial',
  'advice',
  'order',
  'refuted',
  'ceased',
  'named',
  'briefing',
  'dispute',
  'cleared',
  'harassed',
  'accused_police',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** Whose act a rule describes: most rules describe the suspect's conduct, fear rules the victim's. */
export type RuleActor = 'suspect' | 'victim' | 'any';

/** Context categories (ConText modifiers) a rule can be exempt from. */
export type ContextCategory = 'negated' | 'hypothetical';

export interface Rule {
  /** Unique, `<behaviour or target>.<name>`, e.g. `following.followed-home`. */
  id: string;
  kind: RuleKind;
  /** A behaviour, risk, relationship or signal id, according to `kind`. */
  target: BehaviourId | RiskId | RelationshipId | SignalId;
  /** FOUR elements a counted match of this rule evidences. */
  four: FourElement[];
  /** Plain words for the officer, used as the readable reason ("Turning up at the victim's workplace"). */
  explanation: string;
  /** Legal hook in short form, e.g. "s2A(3)(e)", or "" when there is none. */
  law: string;
  /**
   * Token patterns. Slots are separated by spaces: `word` (matched by stem), `=word` (exact),
   * `word*` (prefix), `a|b` (alternatives), `@CLASS` (lexicon class), a trailing `?` (optional),
   * `_` (any one token) and `{m,n}` (a gap of m to n tokens).
   */
  patterns: string[];
  /** Patterns that veto a match of this rule when they overlap it ("followed up with"). */
  unless?: string[];
  /** Whose act this is; defaults to `suspect`. */
  actor?: RuleActor;
  /**
   * The match names the act, not who did it ("47 missed calls", "an AirTag taped inside the
   * bumper"): the actor is the person after "from"/"by", else the suspect.
   */
  nominal?: boolean;
  /** Context categories that do not suppress this rule (a conditional threat is still a threat). */
  contextExempt?: ContextCategory[];
  /** Risk markers a counted match also evidences. */
  implies?: RiskId[];
  /** s4A limb this evidence supports. */
  s4a?: 'fear_of_violence' | 'adverse_effect';
  examples: { positive: string[]; negative: string[] };
}

export type ContextRuleCategory =
  'negated' | 'hypothetical' | 'other_actor' | 'pseudo' | 'terminate';

/** A ConText modifier rule (medspaCy's ConTextRule, reduced to what Waymark needs). */
export interface ContextRule {
  /** Token pattern, same language as rule patterns. */
  pattern: string;
  category: ContextRuleCategory;
  /** Which way the scope runs from the cue; ignored for `pseudo` and `terminate`. */
  direction?: 'forward' | 'backward' | 'both';
  /** Scope in tokens; default: to the end of the sentence (or a termination term). */
  maxScope?: number;
  /**
   * For `other_actor`: the cue says the act was agreed ("as arranged"), which holds whoever did
   * it. Without it, an `other_actor` cue tells of a scam or business setting, which does not
   * hold for an act of the one the record names as the suspect.
   */
  consented?: boolean;
}

export interface ShorthandEntry {
  /** The abbreviation as written, e.g. `SUSP`, `s/m`, `msgs`. */
  abbr: string;
  /** Lower-case words it stands for, e.g. `suspect`, `social media`. */
  expansion: string;
  /** Only match the exact capitalisation of `abbr` (so `IP` but not `ip`). */
  caseSensitive?: boolean;
  /** Do not expand when the next word is one of these (`IP address`). */
  notBefore?: string[];
  /** Expand only when the next word is one of these: `off him` is "from him", `time off` is not. */
  onlyBefore?: string[];
  /**
   * Expand only when a word follows in the same clause: `ill kill you` is "I will kill you", but
   * in `it made her ill.` the word ends the clause and keeps its own meaning.
   */
  midClause?: boolean;
}

export interface BehaviourInfo {
  label: string;
  law: string;
  why: string;
}

/**
 * The fitted stalking judgement: a logistic model over the named features in
 * `src/core/judgement.ts`. Written by `scripts/fit-judgement.ts`; never edited by hand.
 */
export interface JudgementModel {
  bias: number;
  /** Probability at or above which stalking is judged likely. */
  threshold: number;
  /** One weight per feature id (`FEATURE_IDS`). */
  weights: Record<string, number>;
  /** How and on what it was fitted, with the cross-validated figures at the threshold. */
  fitted: {
    items: number;
    folds: number;
    /** Cross-validation runs, each with its own assignment of cases to folds, pooled. */
    repeats: number;
    l2: number;
    /** How much more a missed stalking case cost than a false alarm in the fit. */
    positiveWeight: number;
    cvPrecision: number;
    cvRecall: number;
  };
}

export interface RulePack {
  id: string;
  version: string;
  description?: string;
  /** Named word lists used as `@CLASS` in patterns. Single words; matched by stem. */
  lexicon: Record<string, string[]>;
  shorthand: ShorthandEntry[];
  /** Person words, sorted by role, for working out who did what. */
  actors: {
    suspect: string[];
    victim: string[];
    police: string[];
    thirdParty: string[];
    organisation: string[];
  };
  behaviours: Record<BehaviourId, BehaviourInfo>;
  risks: Record<RiskId, { label: string }>;
  context: ContextRule[];
  rules: Rule[];
  /** Words the engine reads by and writes with, as data so a pack can carry its own language. */
  words: {
    /** Capitalised words that start sentences or name things, not people ("Monday", "CCTV"). */
    notNames: string[];
    /**
     * Verb stems after which "I" is the recording officer, not the victim ("I attended", "I
     * spoke to"), as the engine's stemmer gives them.
     */
    policeVerbs: string[];
    /**
     * Words that can follow an object "her" ("followed her home", "texted her again"); before
     * anything else "her" is a possessive ("her route", "her bank").
     */
    afterObjectHer: string[];
    /** Words to step back over to the start of a noun group ("the", "her", "ex", "'s"). */
    skipBeforeNoun: string[];
    /** A person after one of these is an object, not a subject ("to", "with", "at"). */
    prepositions: string[];
    /** A person after one of these starts a clause, so is its subject ("and", "but", "when"). */
    clauseOpeners: string[];
    /**
     * Words that open a subordinate clause whose subject follows them ("when she", "the day
     * she"): a subject there belongs to that clause.
     */
    subordinators: string[];
    /** Prepositions that govern a noun group after them ("to her employer", "about her"). */
    governing: string[];
    /**
     * Police rank titles written before a collar number or a name ("PC 2231", "DC 4417 BRENNAN",
     * "PC Jones"): the number stands for the officer, and the rank belongs to the name's group.
     * Each is also a police actor word.
     */
    policeTitles: string[];
    /**
     * Stems of written messages: after one of these, a colon opens the message's own words ("SUSP
     * vm to V 14/8: if u take my kids i will end u", "Text received: ...").
     */
    messageHeads: string[];
    /** Words that describe a vehicle between its owner and its name ("his old white van"). */
    vehicleWords: string[];
    /** Verb stems that follow a subject ("text", "follow", "turn"): what makes a word its subject. */
    verbish: string[];
    /** Words that can follow a subject noun: auxiliaries, adverbs and apposition. */
    afterSubject: string[];
    /** Describing words that may stand between a possessive and a place ("her new flat"). */
    placeModifiers: string[];
    /** Words before "officer" that make it an officer of another service ("probation officer"). */
    civilOfficers: string[];
    /**
     * Words that give a person's sex beside a victim or suspect word ("female caller", "IP F
     * 29yrs", "SUS (M, 40s)"), titles among them ("CALLER MRS PILBEAM", "CALLER FR HEALEY").
     */
    sexWords: { she: string[]; he: string[] };
    /**
     * Verbs that go on into another act ("kept following her", "started sending"): a pronoun
     * and one of these after a noun do not describe the noun.
     */
    leadingVerbs: string[];
    /**
     * Stems of verbs of perceiving whose object is the one doing the act after it ("saw him
     * waiting outside"), and after which "that" opens a clause of its own ("saw that he had").
     */
    perception: string[];
    /**
     * Degree words between a person and how they feel ("IP v distressed", "she is visibly
     * shaken"): skipped when deciding whether the person opens the clause.
     */
    intensifiers: string[];
    /** Adverbs that may stand between a subject or auxiliary and its verb ("has also sent"). */
    adverbs: string[];
    /** Past participles that do not end in -ed ("sent", "seen", "kept"). */
    participles: string[];
    /** Plain words for each judgement feature (`FEATURE_IDS`), used in the reasons. */
    features: Record<string, string>;
    /** Plain words for what showed a course of conduct (`COURSE_BASES`), used in the reasons. */
    courseBasis: Record<string, string>;
    /** English wording of the plain reasons (`PLAIN_REASON_IDS`), "{quote}" for the quotation. */
    reasons: Record<PlainReasonId, string>;
  };
  judgement: JudgementModel;
  /**
   * The temporal reader's regular expressions (src/core/temporal-sources.ts), added to the
   * shipped pack at load so they travel with it to content scripts instead of in their bundle.
   */
  temporal?: readonly string[];
}

/** A force's local additions: extra terms for existing targets, shorthand and context cues. */
export interface PackExtension {
  /** Id of the pack this extends, e.g. `waymark-core`. */
  extends: string;
  id: string;
  version: string;
  lexicon?: Record<string, string[]>;
  shorthand?: ShorthandEntry[];
  context?: ContextRule[];
  rules?: Rule[];
}
