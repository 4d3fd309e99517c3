/**
 * Aggregation: from per-sentence results to the Analysis. This is the only step that sees the
 * whole narrative, so it decides who each pronoun and name is, which matches count (conduct by
 * the suspect, not negated, not hypothetical), the chronology, FOUR, relationship, risk, s4A and
 * the stalking judgement with readable reasons. Linear in the number of sentences and matches.
 */
import type { Rule, SignalId } from '../rules/types';
import type { CompiledPack } from './compile';
import {
  buildChronology,
  clauseStarts,
  describeDays,
  isPresenceAct,
  type ChronoSentence,
  type Chronology,
} from './chronology';
import type { Owner, PersonRef, Pronoun, SentenceMatch, SentenceResult } from './sentence';
import { contributions, features, probability } from './judgement';
import {
  COURSE_BASES,
  DOMESTIC_RELATIONSHIPS,
  FOUR_ELEMENTS,
  type Actor,
  type Analysis,
  type BehaviourFinding,
  type BehaviourId,
  type CourseBasis,
  type Evidence,
  type FourElement,
  type Occasion,
  type PlainReasonId,
  type ReasonParam,
  type ReasonRef,
  type RelationshipId,
  type RiskFinding,
  type RiskId,
  type S4AMarkers,
  type SuppressedMatch,
} from './types';
import { HHMM, type RelSpan } from './temporal';
import { SUSPECT_DESIGNATIONS } from './sentence-words';

/** The rule whose findings a contact act told by its receiver joins. */
export const THIRD_PARTY_CONTACT_RULE = 'third.contacted';

// Order of preference when several relationships are mentioned: the closer, the more telling.
const RELATIONSHIP_ORDER: RelationshipId[] = [
  'ex_partner',
  'partner',
  'family',
  'colleague',
  'neighbour',
  'client_or_customer',
  'online_only',
  'acquaintance',
  'stranger',
  'unknown',
];

const RELATION_KIND: Record<string, RelationshipId[]> = {
  partner: ['ex_partner', 'partner'],
  boyfriend: ['ex_partner', 'partner'],
  girlfriend: ['ex_partner', 'partner'],
  husband: ['ex_partner', 'partner'],
  wife: ['ex_partner', 'partner'],
  ex: ['ex_partner'],
  fianc: ['ex_partner', 'partner'],
  spous: ['ex_partner', 'partner'],
  neighbour: ['neighbour'],
  neighbor: ['neighbour'],
  colleagu: ['colleague'],
  coworker: ['colleague'],
  manager: ['colleague'],
  boss: ['colleague'],
  customer: ['client_or_customer'],
  client: ['client_or_customer'],
  patient: ['client_or_customer'],
  tenant: ['client_or_customer', 'neighbour'],
  landlord: ['client_or_customer', 'neighbour'],
  acquaintanc: ['acquaintance'],
  stranger: ['stranger'],
};

/** Acts a commercial or legitimate-process context can explain (contact, not presence). */
const CONTACT_TYPE: readonly BehaviourId[] = [
  'repeated_contact',
  'fake_accounts',
  'gifts_or_items',
  'contacting_third_parties',
  'fear_alarm_distress',
];

/** The pronouns a sentence may open with, and whose they are. */
const PRONOUN_OF: Readonly<Record<string, Pronoun>> = {
  she: 'she',
  her: 'she',
  he: 'he',
  his: 'he',
  i: 'i',
  my: 'i',
  we: 'we',
  our: 'we',
};

/**
 * Is the subject of a short sentence the victim or the police, not the suspect? A short sentence
 * whose subject is the victim ("She walks her dog every morning", "IP now works weekends") tells
 * her own life, and one whose subject is the police tells what they did: neither is a count of
 * his conduct, so neither is a fragment. What she says of his conduct is ("IP says every day").
 * Which pronoun is hers comes from the reading of the whole text: in her own statement it is
 * "I", and "she" may be the suspect. The words for them are the pack's (its actors, and its
 * shorthand: "IP", "RP", "OIC").
 */
function notHisSubject(
  sentence: string,
  c: CompiledPack,
  victimPronoun: Pronoun,
  statement: boolean,
): boolean {
  const m = c.temporal.readers.leadWord.exec(sentence.toLowerCase());
  if (m === null) return false;
  const word = m[1] as string;
  // The word as written, for shorthand that is read only in capitals.
  const raw = sentence.slice(m[0].length - word.length, m[0].length);
  const p = PRONOUN_OF[word];
  // "We attended" in a police record; "we" in her own statement is her family.
  if (p === 'we') return true;
  if (p !== undefined) return statement ? p === 'i' : p === victimPronoun;
  const short = c.shorthand.get(word)?.find((e) => !e.caseSensitive || e.abbr === raw);
  const role = c.persons.get(c.stem(short ? (short.expansion.split(' ')[0] as string) : word));
  return role === 'victim' || (role === 'police' && !statement);
}

/** Words in `text` between `start` and `end`, stopping counting past 9. */
export function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end && n <= 9; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Per-sentence resolutions kept between analyses by one analyser (see analyser.ts), by sentence
 * result and then by where the sentence starts: the analyser shares one result among sentences
 * with the same words ("UNITS ON SCENE" in a log), and each place needs its own offsets.
 */
export interface ResolutionCache {
  places: WeakMap<
    SentenceResult,
    Map<number, { key: string; items: Resolved[]; chrono: ChronoSentence }>
  >;
  /**
   * The last reading key, so that equal keys are one string: a long narrative's key names every
   * person in it, and each sentence's entry is checked against it.
   */
  key: string;
}

/** Most places kept per sentence result; edits above a sentence move it, leaving old places. */
const PLACES_PER_RESULT = 256;

function remember(
  cache: ResolutionCache,
  result: SentenceResult,
  start: number,
  entry: { key: string; items: Resolved[]; chrono: ChronoSentence },
): void {
  let at = cache.places.get(result);
  if (at === undefined) cache.places.set(result, (at = new Map()));
  else if (at.size >= PLACES_PER_RESULT && !at.has(start)) at.clear();
  at.set(start, entry);
}

/** A briefing or disclosure-request cue counts only in a text's opening characters. */
const BRIEFING_OPENING_CHARS = 160;

interface Resolved {
  match: SentenceMatch;
  rule: Rule;
  evidence: Evidence;
  sentence: number;
  actor: Actor;
  suppressed: SuppressedMatch['reason'] | null;
  cue: SuppressedMatch['cue'];
  /** The suppressed-match entry, made once and reused while the sentence is cached. */
  report?: SuppressedMatch;
}

/**
 * Add `e` to `list`, joining it with an overlapping span already there ("ill slit" and "slit ur
 * throat" become "ill slit ur throat"), so one piece of text is one piece of evidence.
 */
function mergeEvidence(text: string, list: Evidence[], e: Evidence): void {
  // Evidence arrives in text order, so only the last span can overlap: constant time.
  const i = list.length - 1;
  const x = list[i];
  if (x !== undefined && e.start < x.end && x.start < e.end) {
    const start = Math.min(x.start, e.start);
    const end = Math.max(x.end, e.end);
    list[i] = { start, end, text: text.slice(start, end), rule: x.rule };
    return;
  }
  list.push(e);
}

/** Places named in evidence of turning up or waiting, by id (`place.<id>` in the messages). */
export const PLACE_IDS = [
  'home',
  'work',
  'gym',
  'school',
  'family',
  'church',
  'transport',
] as const;
export type PlaceId = (typeof PLACE_IDS)[number];

/** The English words of each place, for the English `reasons`. */
const PLACE_WORDS: Record<PlaceId, string> = {
  home: 'home',
  work: 'work',
  gym: 'gym',
  school: 'school or college',
  family: 'family',
  church: 'church',
  transport: 'bus stop or station',
};

const PLACE_NAMES: [RegExp, PlaceId][] = [
  [
    /\b(?:home|house|flat|address|door(?:step)?|porch|garden|drive(?:way)?|gates?|property|accommodation|halls|letterbox|windows?)\b/i,
    'home',
  ],
  [
    /\b(?:work(?:place)?|office|desk|job|place of work|salon|studio|surgery|reception|shop|store)\b/i,
    'work',
  ],
  [/\bgym\b/i, 'gym'],
  [/\b(?:school|nursery|college|university)(?: gates?)?\b/i, 'school'],
  [/\b(?:mum|mother|dad|father|parents|sister|brother|nan|gran)(?:'s)?\b/i, 'family'],
  [/\bchurch\b/i, 'church'],
  [/\b(?:bus stop|station)\b/i, 'transport'],
];

/**
 * The reason for turning up or waiting, naming the places the evidence names ("Turning up or
 * waiting at the victim's home and gym"), or neutral when it names none: never a place that
 * was not matched.
 */
function placeLabel(evidence: readonly Evidence[]): { text: string; places: PlaceId[] } {
  const places: PlaceId[] = [];
  for (const e of evidence)
    for (const [re, id] of PLACE_NAMES)
      if (re.test(e.text) && !places.includes(id)) places.push(id);
  if (places.length === 0) return { text: 'Turning up or waiting where the victim is', places };
  const words = places.map((id) => PLACE_WORDS[id]);
  const list =
    words.length === 1
      ? (words[0] as string)
      : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] as string}`;
  return { text: `Turning up or waiting at the victim's ${list}`, places };
}

/** Index of the occasion covering offset `at` (occasions are in text order), or -1. */
function findOccasion(occasions: readonly Occasion[], at: number): number {
  let lo = 0;
  let hi = occasions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = occasions[mid] as Occasion;
    if (at < o.start) hi = mid - 1;
    else if (at >= o.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Start and end of the sentence holding offset `at` (`starts` ascending; the last ends the text). */
function sentenceAt(starts: ArrayLike<number>, at: number, textEnd: number): [number, number] {
  if (starts.length === 0) return [0, textEnd];
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  const start = Math.min(at, starts[lo] as number);
  return [start, lo + 1 < starts.length ? (starts[lo + 1] as number) : textEnd];
}

/**
 * The first date with a month in the sentence holding offset `at`, as a day of the year (month
 * by 31 days, the first of it when no day is said: for ordering only), or -1.
 */
function dayOf(starts: ArrayLike<number>, results: readonly SentenceResult[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && (starts[i + 1] as number) <= at) i++;
  for (const t of results[i]?.facts.times ?? [])
    if (t.month !== null) return t.month * 31 + (t.day ?? 0);
  return -1;
}

function ev(text: string, start: number, end: number, rule: string): Evidence {
  return { start, end, text: text.slice(start, end), rule };
}

/** The narrative-level reading: who "she", "he" and "I" are, and the role of each name. */
function readNarrative(results: readonly SentenceResult[]): {
  nameRoles: Map<string, 'suspect' | 'victim' | 'police' | 'third_party'>;
  victimPronoun: Pronoun;
  sameSex: boolean;
  firstPersonIsPolice: boolean;
  victimStatement: boolean;
  thirdNarrator: boolean;
  thirdReporter: boolean;
} {
  const votes = { she: 0, he: 0, firstPerson: 0, policeI: 0, suspectShe: 0, suspectHe: 0 };
  const nameRoles = new Map<string, 'suspect' | 'victim' | 'police' | 'third_party'>();
  for (const r of results) {
    const v = r.votes;
    votes.she += v.she;
    votes.he += v.he;
    votes.firstPerson += v.firstPerson;
    votes.policeI += v.policeI;
    votes.suspectShe += v.suspectShe;
    votes.suspectHe += v.suspectHe;
    for (const n of r.names) if (!nameRoles.has(n.name)) nameRoles.set(n.name, n.role);
  }
  const firstPersonIsPolice = votes.policeI > 0 && votes.policeI * 2 >= votes.firstPerson;
  // "I'm her mum": the one writing is someone close to the victim, and "I" is not the victim.
  const thirdNarrator = !firstPersonIsPolice && results.some((r) => r.narrator);
  const suspectPronoun: Pronoun | null =
    votes.suspectHe > votes.suspectShe ? 'he' : votes.suspectShe > votes.suspectHe ? 'she' : null;
  // With nothing to tell the victim's pronoun, a suspect said to be a woman ("Female SUS, not
  // known to him") leaves "he" for the victim.
  const victimPronoun: Pronoun =
    votes.he > votes.she ? 'he' : votes.he === votes.she && suspectPronoun === 'she' ? 'he' : 'she';
  return {
    nameRoles,
    victimPronoun,
    // "Male VIC ... SUS male": "he" can be either of them.
    sameSex: suspectPronoun === victimPronoun,
    firstPersonIsPolice,
    victimStatement: !firstPersonIsPolice && !thirdNarrator && votes.firstPerson >= 2,
    thirdNarrator,
    // "RP is V's son": the one reporting is close to the victim, and "he" or "she" is often them.
    thirdReporter: results.some((r) => r.reporter),
  };
}

/**
 * The suspect's relationship to the victim, from relationship rules that are not negated, the
 * closest first; a family member who is the subject of the suspect-type acts is the suspect
 * ("her older sister sat in the cafe opposite her work") when no closer relationship is named.
 */
function findRelationship(
  text: string,
  starts: ArrayLike<number>,
  results: readonly SentenceResult[],
  c: CompiledPack,
): { relationship: RelationshipId; relEvidence: Map<RelationshipId, Evidence[]> } {
  const relEvidence = new Map<RelationshipId, Evidence[]>();
  for (let si = 0; si < results.length; si++) {
    const r = results[si] as SentenceResult;
    const base = starts[si] as number;
    for (const i of r.relationships) {
      const m = r.matches[i] as SentenceMatch;
      const rule = c.rules[m.rule] as Rule;
      const id = rule.target as RelationshipId;
      const list = relEvidence.get(id) ?? [];
      if (list.length < 5) list.push(ev(text, base + m.start, base + m.end, rule.id));
      relEvidence.set(id, list);
    }
  }
  const relationship = RELATIONSHIP_ORDER.find((r) => relEvidence.has(r)) ?? 'unknown';
  if (relationship !== 'unknown' && relationship !== 'acquaintance' && relationship !== 'stranger')
    return { relationship, relEvidence };
  let kinActs = 0;
  for (const r of results) {
    for (const m of r.matches) {
      const rule = c.rules[m.rule];
      if (
        !rule ||
        rule.kind !== 'behaviour' ||
        (rule.actor ?? 'suspect') !== 'suspect' ||
        m.modifier
      )
        continue;
      const subj = m.subject;
      if (
        subj?.kind === 'person' &&
        subj.role === 'kin' &&
        (subj.owner === null ||
          (subj.owner.kind === 'pronoun' && subj.owner.p !== 'he' && subj.owner.p !== 'they') ||
          (subj.owner.kind === 'role' && subj.owner.role === 'victim'))
      )
        kinActs++;
    }
  }
  return { relationship: kinActs >= 2 ? 'family' : relationship, relEvidence };
}

/**
 * The s4A limbs (PHA 1997 s4A(1)(b)): fear of violence on two or more occasions (counted by the
 * occasions the fear evidence falls in, or by the threats), or serious alarm or distress with a
 * substantial adverse effect on daily life; either one, with a course of conduct.
 */
function s4aMarkers(
  fear: readonly { e: Evidence; sentence: number }[],
  adverse: Evidence[],
  chrono: Chronology,
  results: readonly SentenceResult[],
  course: boolean,
): S4AMarkers {
  const fearOcc = new Set<number>();
  for (const f of fear) {
    const idx = findOccasion(chrono.occasions, f.e.start);
    fearOcc.add(idx >= 0 ? idx : 1000 + f.sentence);
    const facts = results[f.sentence]?.facts;
    if (
      facts &&
      (facts.frequencies.length > 0 || facts.counts.some((x) => x.kind === 'occasions' && x.n >= 2))
    )
      fearOcc.add(-1);
  }
  let fearOfViolenceOccasions = fear.length === 0 ? 0 : fearOcc.size;
  const threatOccasions = chrono.occasions
    .filter((o) => o.behaviours.includes('threats'))
    .reduce((n, o) => n + o.count, 0);
  if (fear.length > 0 && threatOccasions > fearOfViolenceOccasions)
    fearOfViolenceOccasions = threatOccasions;
  const seriousAlarmDistress = adverse.length > 0;
  return {
    fearOfViolenceOccasions,
    fearOfViolence: fear.map((f) => f.e),
    seriousAlarmDistress,
    seriousAlarmDistressEvidence: adverse,
    indicated: course && (fearOfViolenceOccasions >= 2 || seriousAlarmDistress),
  };
}

/** One rule match as the aggregation saw it: for tests of the rule examples and for debugging. */
export interface RuleTrace {
  rule: string;
  kind: Rule['kind'];
  target: string;
  evidence: Evidence;
  actor: Actor;
  /** null when the match counted. */
  suppressed: SuppressedMatch['reason'] | null;
}

/** What the findings stage has gathered from the counted and set-aside matches so far. */
interface Findings {
  behaviours: Map<BehaviourId, { evidence: Evidence[]; four: Set<FourElement>; rules: Rule[] }>;
  risks: Map<RiskId, Evidence[]>;
  signals: Map<string, Evidence[]>;
  /** The first 8 pieces of evidence for each FOUR element. */
  four: Record<FourElement, Evidence[]>;
  suppressed: SuppressedMatch[];
  fear: { e: Evidence; sentence: number }[];
  adverse: Evidence[];
}

function emptyFindings(): Findings {
  return {
    behaviours: new Map(),
    risks: new Map(),
    signals: new Map(),
    four: { fixated: [], obsessive: [], unwanted: [], repeated: [] },
    suppressed: [],
    fear: [],
    adverse: [],
  };
}

/** A copy whose lists and sets can grow without changing `f` (the evidence itself is shared). */
function copyFindings(f: Findings): Findings {
  const behaviours: Findings['behaviours'] = new Map();
  for (const [id, e] of f.behaviours)
    behaviours.set(id, {
      evidence: e.evidence.slice(),
      four: new Set(e.four),
      rules: e.rules.slice(),
    });
  const risks: Findings['risks'] = new Map();
  for (const [id, list] of f.risks) risks.set(id, list.slice());
  const signals: Findings['signals'] = new Map();
  for (const [id, list] of f.signals) signals.set(id, list.slice());
  return {
    behaviours,
    risks,
    signals,
    four: {
      fixated: f.four.fixated.slice(),
      obsessive: f.four.obsessive.slice(),
      unwanted: f.four.unwanted.slice(),
      repeated: f.four.repeated.slice(),
    },
    suppressed: f.suppressed.slice(),
    fear: f.fear.slice(),
    adverse: f.adverse.slice(),
  };
}

/** Add `e` to the evidence of risk `id`, joining it with an overlapping span. */
function addRiskEvidence(
  text: string,
  risks: Map<RiskId, Evidence[]>,
  id: RiskId,
  e: Evidence,
): void {
  let list = risks.get(id);
  if (list === undefined) risks.set(id, (list = []));
  mergeEvidence(text, list, e);
}

/**
 * Add one sentence's resolved matches to `f`, in text order. Evidence of different sentences
 * never overlaps, so gathering sentence by sentence gives what gathering all at once would.
 */
function gatherFindings(text: string, f: Findings, items: readonly Resolved[]): void {
  const addRisk = (id: RiskId, e: Evidence): void => addRiskEvidence(text, f.risks, id, e);
  for (const r of items) {
    const { rule, evidence } = r;
    if (r.suppressed) {
      if (rule.kind === 'behaviour' || rule.kind === 'risk') {
        r.report ??= {
          kind: rule.kind,
          id: rule.target as BehaviourId | RiskId,
          evidence,
          reason: r.suppressed,
          cue: r.cue,
          actor: r.actor,
        };
        f.suppressed.push(r.report);
      }
      continue;
    }
    for (const el of rule.four) if (f.four[el].length < 8) f.four[el].push(evidence);
    if (rule.kind === 'behaviour') {
      const id = rule.target as BehaviourId;
      let entry = f.behaviours.get(id);
      if (entry === undefined) {
        entry = { evidence: [], four: new Set<FourElement>(), rules: [] };
        f.behaviours.set(id, entry);
      }
      mergeEvidence(text, entry.evidence, evidence);
      // A rule's FOUR elements join the behaviour's once, with the rule.
      if (!entry.rules.includes(rule)) {
        entry.rules.push(rule);
        for (const el of rule.four) entry.four.add(el);
      }
    } else if (rule.kind === 'risk') addRisk(rule.target as RiskId, evidence);
    else if (rule.kind === 'signal') {
      let list = f.signals.get(rule.target);
      if (list === undefined) f.signals.set(rule.target, (list = []));
      list.push(evidence);
    }
    if (rule.implies !== undefined) for (const id of rule.implies) addRisk(id, evidence);
    if (rule.s4a === 'fear_of_violence') f.fear.push({ e: evidence, sentence: r.sentence });
    if (rule.s4a === 'adverse_effect') f.adverse.push(evidence);
  }
}

/** Sentences left out of the kept prefix: the ones being typed. */
const PREFIX_TAIL = 2;

/**
 * The findings and chronology input of a narrative's sentences but the last few, kept between
 * analyses by one analyser (see analyser.ts) with the reading they were resolved under.
 */
export interface FindingsPrefix {
  key: string;
  results: readonly SentenceResult[];
  starts: readonly number[];
  findings: Findings;
  chrono: readonly ChronoSentence[];
}

/** Are the kept sentences the first ones of this text, at the same places, within `cut`? */
function samePrefix(
  kept: FindingsPrefix,
  results: readonly SentenceResult[],
  starts: ArrayLike<number>,
  cut: number,
): boolean {
  const n = kept.results.length;
  if (n > cut) return false;
  for (let i = 0; i < n; i++)
    if (kept.results[i] !== results[i] || kept.starts[i] !== starts[i]) return false;
  return true;
}

/**
 * The narrative read as a whole (who "she", "he" and "I" are, the role of each name, the
 * relationship, the people acting for the suspect), and the resolution of a sentence's matches
 * under that reading: which count, whose act each is, and the sentence's chronology input.
 */
export interface Reading {
  /** Equal keys, equal reading: a sentence resolved under one is resolved under the other. */
  key: string;
  relationship: RelationshipId;
  relEvidence: Map<RelationshipId, Evidence[]>;
  resolveSentence: (
    si: number,
    start: number,
    result: SentenceResult,
    trace?: RuleTrace[],
  ) => { items: Resolved[]; chrono: ChronoSentence };
}

/** Sentences told before an innocent explanation in the same paragraph, counted back from it. */
const CLEARED_BACK = 3;

/** A match of a signal rule for `target` that no negation or hypothetical cue modifies. */
function isSignal(m: SentenceMatch, c: CompiledPack, target: SignalId): boolean {
  const rule = c.rules[m.rule];
  return rule?.kind === 'signal' && rule.target === target && m.modifier === null;
}

/**
 * The sentences an innocent explanation clears ("turned out to be her own AirTag", "not linked to
 * the ex"): its own and up to {@link CLEARED_BACK} before it, not across a blank line. Each maps to
 * where the explanation is.
 */
function clearedSentences(
  text: string,
  starts: ArrayLike<number>,
  results: readonly SentenceResult[],
  c: CompiledPack,
): Map<number, { start: number; end: number }> {
  const cleared = new Map<number, { start: number; end: number }>();
  for (let si = 0; si < results.length; si++) {
    const r = results[si] as SentenceResult;
    const m = r.matches.find((x) => isSignal(x, c, 'cleared'));
    if (m === undefined) continue;
    const base = starts[si] as number;
    const cue = { start: base + m.start, end: base + m.end };
    for (let k = si; k >= 0 && k >= si - CLEARED_BACK; k--) {
      if (k < si) {
        const end = (starts[k] as number) + (results[k] as SentenceResult).length;
        if (/\n[^\S\n]*\n/.test(text.slice(end, starts[k + 1] as number))) break;
      }
      if (!cleared.has(k)) cleared.set(k, cue);
    }
  }
  return cleared;
}

export function readingOf(
  text: string,
  starts: ArrayLike<number>,
  results: readonly SentenceResult[],
  c: CompiledPack,
  cache?: ResolutionCache,
): Reading {
  const count = results.length;
  // 1. Narrative-level reading: who "she", "he" and "I" are, and who each name is.
  const {
    nameRoles,
    victimPronoun,
    sameSex,
    firstPersonIsPolice,
    victimStatement,
    thirdNarrator,
    thirdReporter,
  } = readNarrative(results);
  // 2. Relationship, from relationship rules that are not negated.
  const { relationship, relEvidence } = findRelationship(text, starts, results, c);
  // A record of a complaint against a police officer ("PSD referral", "no policing purpose"):
  // the officer the words name is the one whose conduct is reported.
  const policeAccused = results.some((r) =>
    r.matches.some((m) => isSignal(m, c, 'accused_police')),
  );

  // People acting for the suspect ("SUS's mother", "Gareth's sister", "his friend Kyle"): once
  // named that way, the same word means the suspect's proxy throughout the narrative.
  const ownerIsSuspect = (o: Owner): boolean => {
    if (o === null) return false;
    if (o.kind === 'role') return o.role === 'suspect' || o.role === 'relation';
    if (o.kind === 'name') return nameRoles.get(o.name) === 'suspect';
    if (o.p !== 'he' && o.p !== 'she') return false;
    return victimStatement || o.p !== victimPronoun;
  };
  const ownerIsVictim = (o: Owner): boolean => {
    if (o === null) return false;
    if (o.kind === 'role') return o.role === 'victim';
    if (o.kind === 'name') return nameRoles.get(o.name) === 'victim';
    if (o.p === 'i') return !firstPersonIsPolice;
    return !victimStatement && o.p === victimPronoun;
  };
  const proxies = new Set<string>();
  for (let i = 0; i < count; i++) {
    const owned = (results[i] as SentenceResult).owned;
    if (owned.length > 0) for (const o of owned) if (ownerIsSuspect(o.owner)) proxies.add(o.word);
  }

  const resolve = (ref: PersonRef | null): Actor => {
    if (ref === null) return 'unknown';
    if (
      ref.kind === 'person' &&
      (ref.role === 'kin' || ref.role === 'third_party' || ref.role === 'relation')
    ) {
      if (ownerIsSuspect(ref.owner) || (ref.owner === null && proxies.has(ref.word)))
        return 'suspect';
    }
    if (ref.kind === 'pronoun') {
      if (ref.p === 'i' || ref.p === 'we') return firstPersonIsPolice ? 'police' : 'victim';
      if (ref.p === 'you') return 'unknown';
      if (ref.p === 'they') return 'suspect';
      if (victimStatement) return 'suspect';
      return ref.p === victimPronoun ? 'victim' : 'suspect';
    }
    if (ref.kind === 'name') return nameRoles.get(ref.name) ?? 'unknown';
    switch (ref.role) {
      case 'suspect':
        return 'suspect';
      case 'victim':
        return 'victim';
      case 'police':
        return policeAccused ? 'suspect' : 'police';
      case 'third_party':
      case 'organisation':
        return 'third_party';
      case 'kin':
        return relationship === 'family' ? 'suspect' : 'third_party';
      case 'relation': {
        if (ref.modifier === 'new' || ref.modifier === 'current')
          return relationship === 'partner' ? 'suspect' : 'third_party';
        const kinds = RELATION_KIND[ref.word];
        if (!kinds || relationship === 'unknown') return 'suspect';
        return kinds.includes(relationship) ? 'suspect' : 'third_party';
      }
    }
    return 'unknown';
  };

  // "SUS came to IP claiming to be a police officer", "BRADY msgd her sister re 'debt'": a
  // scam or business setting does not make someone else of the one the record names as the
  // suspect; pretending to be someone is one of the things a stalker does.
  const namedSuspect = (m: SentenceMatch): boolean => {
    const who = m.mode === 'active' ? m.subject : (m.agent ?? m.subject);
    if (who === null) return false;
    if (who.kind === 'name') return nameRoles.get(who.name) === 'suspect';
    return who.kind === 'person' && who.role === 'suspect' && SUSPECT_DESIGNATIONS.has(who.word);
  };

  // "Orla told me he had been messaging her", "my sister told me he had sent her a message":
  // contact told by the one who received it is contact with a third party, when "her" cannot
  // be the victim (a victim's own statement, or a victim who is not "she").
  const toldByReceiver = (m: SentenceMatch, rule: Rule): boolean => {
    if (rule.target !== 'repeated_contact' || m.teller === null) return false;
    if (
      m.object !== 'they' &&
      (m.object !== 'she' || (victimPronoun === 'she' && !victimStatement))
    )
      return false;
    const teller = resolve(m.teller);
    // A name given no role ("Orla told me ...") is someone else's than the suspect's or victim's.
    return teller === 'third_party' || (m.teller.kind === 'name' && teller === 'unknown');
  };
  let thirdRule: Rule | null | undefined;
  const thirdPartyContact = (): Rule | null =>
    (thirdRule ??= c.rules.find((r) => r.id === THIRD_PARTY_CONTACT_RULE) ?? null);

  const actorOf = (m: SentenceMatch, rule: Rule, base: number): Actor => {
    // Fear and its effects are the victim's experience: the subject is who feels it.
    if (rule.actor === 'victim') {
      const who = resolve(m.subject);
      if (who !== 'victim' && m.coSubject && resolve(m.coSubject) === 'victim') return 'victim';
      // "Her family have stayed with relatives", "IP's mum is terrified", "staff shaken": the
      // fear of people on the victim's side is part of the effect of the conduct. The fear of
      // the suspect's own people is not.
      const subj = m.subject;
      if (
        who === 'third_party' &&
        subj?.kind === 'person' &&
        (subj.role === 'kin' || subj.role === 'third_party') &&
        (ownerIsVictim(subj.owner) || subj.owner === null)
      )
        return 'victim';
      return who;
    }
    if (m.mode === 'passive') {
      if (m.agent) return resolve(m.agent);
      // "He texted 'you have been warned'": quoted words are the speaker's act, whatever their
      // own grammar; the speaker is the subject before the quotation.
      if (m.quoted) {
        const speaker = resolve(m.subject);
        return speaker === 'victim' || speaker === 'unknown' ? 'suspect' : speaker;
      }
      const patient = resolve(m.subject);
      // "Her mother was contacted", "strangers were sent to her door": done to someone else
      // is the very conduct of contact through third parties.
      if (patient === 'third_party' && rule.target === 'contacting_third_parties') return 'suspect';
      // Done to the suspect, the police or someone else: not the suspect's conduct.
      return patient === 'suspect' || patient === 'police' || patient === 'third_party'
        ? 'third_party'
        : 'suspect';
    }
    // "She found a tracker fitted to her car": whoever found it, the suspect (or the one named
    // with "by") did it; but a thing sent that the suspect found ("SUS found explicit msgs
    // between IP and another man") someone else sent.
    if (m.mode === 'found') {
      if (m.agent) return resolve(m.agent);
      return rule.nominal === true && resolve(m.subject) === 'suspect' ? 'third_party' : 'suspect';
    }
    if (m.mode === 'receive') {
      const who = resolve(m.subject);
      // "Her manager has had calls from him": contact that reached someone else did not reach
      // the victim (it is contact with a third party, its own rule's finding).
      if (who === 'third_party' && rule.target === 'repeated_contact') return 'third_party';
      if (m.agent) return resolve(m.agent);
      // "Her friend received messages from a new account": what reaches someone else from an
      // unnamed sender is the suspect's reaching them, or his new account.
      if (
        who === 'third_party' &&
        (rule.target === 'contacting_third_parties' || rule.target === 'fake_accounts')
      )
        return 'suspect';
      return who === 'victim' || who === 'unknown' ? 'suspect' : 'third_party';
    }
    // "Her sister received calls from him": for contact with third parties the subject is the one
    // contacted, so only the sender (or, unnamed, the suspect) is the actor.
    if (rule.nominal === true && rule.target === 'contacting_third_parties') {
      return m.agent ? resolve(m.agent) : 'suspect';
    }
    if (rule.nominal === true) {
      // "47 missed calls", "from 9 diff nos": the sender, else whoever the clause is about,
      // unless that is the police or someone else. Contact that someone else had is not the
      // victim's ("her boss got three emails from him").
      const who = resolve(m.subject);
      if (who === 'third_party' && rule.target === 'repeated_contact') return 'third_party';
      if (m.agent) return resolve(m.agent);
      return who === 'police' || who === 'third_party' ? who : 'suspect';
    }
    const s = m.subject;
    // "she followed her": one person doing it to another of the same pronoun is not the victim.
    if (s?.kind === 'pronoun' && (s.p === 'he' || s.p === 'she') && m.object === s.p)
      return 'suspect';
    const who = resolve(s);
    // "SUS ... following IP", "turning up at IP addr": the victim is what the act was done to.
    if (who === 'victim' && m.victimInside) return 'suspect';
    // Victim and suspect both "he" (or both "she"): being where the other is, following or
    // watching them, told of the pronoun, is the suspect's act, as the record is about what the
    // suspect did. Not in a clause of what was going on at the time ("shouted at IP while she
    // was in her garden"), and not other acts, which victims do too ("she complained to her
    // employer").
    if (
      who === 'victim' &&
      sameSex &&
      s?.kind === 'pronoun' &&
      isPresenceAct(rule.target) &&
      !/\b(?:while|whilst|as)\s+$/i.test(
        text.slice(Math.max(0, base + s.start - 8), base + s.start),
      )
    )
      return 'suspect';
    // "he is always asking them about me": the victim is the object, so someone else acted.
    if (
      who === 'victim' &&
      rule.actor !== 'any' &&
      m.objects.some(
        (o) =>
          o !== 'you' &&
          resolve({ kind: 'pronoun', p: o, start: 0, end: 0, text: '' }) === 'victim',
      )
    )
      return 'suspect';
    // Words in quotation marks in a narrative are the suspect's ("a note saying 'I see you'").
    // Not words sent or said to the suspect ("V admits txting SUS '... ur dead'"), nor words the
    // text names someone else as saying ("her dad told him '...'").
    if (m.quoted && (who === 'victim' || who === 'unknown')) {
      const q = m.quoteSpeaker;
      const by = q?.by ? resolve(q.by) : 'unknown';
      if (q?.to && resolve(q.to) === 'suspect')
        return by === 'suspect' || by === 'unknown' ? 'victim' : by;
      if (q?.by && q.by.kind !== 'pronoun' && by !== 'unknown' && by !== 'suspect') return by;
      return 'suspect';
    }
    if ((who === 'victim' || who === 'unknown') && m.agent) {
      const a = resolve(m.agent);
      if (a !== 'victim' && a !== 'unknown') return a;
    }
    return who;
  };

  // 3. Which matches count. A sentence's resolution depends only on its result, its position
  // and the narrative-level reading above, so it is reused while those are unchanged.
  const cleared = clearedSentences(text, starts, results, c);
  const readingKey = `${victimPronoun}|${policeAccused}|${sameSex}|${firstPersonIsPolice}|${victimStatement}|${thirdNarrator}|${thirdReporter}|${relationship}|${[...nameRoles].join(',')}|${[...proxies].join(',')}|${[...cleared.keys()].join(',')}`;

  const resolveSentence = (
    si: number,
    start: number,
    result: SentenceResult,
    trace?: RuleTrace[],
  ): { items: Resolved[]; chrono: ChronoSentence } => {
    const s = { start, result };
    const items: Resolved[] = [];
    for (const m of s.result.matches) {
      const matched = c.rules[m.rule];
      if (!matched) continue;
      // Contact with the one writing, when that is someone close to the victim ("he messaged
      // me asking where she is", in her friend's statement), reached a third party.
      const toNarrator =
        matched.target === 'repeated_contact' &&
        ((thirdNarrator && m.object === 'i') ||
          (thirdReporter && (m.object === 'he' || m.object === 'she')));
      const rule =
        toNarrator || toldByReceiver(m, matched) ? (thirdPartyContact() ?? matched) : matched;
      const evidence = ev(text, s.start + m.start, s.start + m.end, rule.id);
      const actor = actorOf(m, rule, s.start);
      let suppressed: Resolved['suppressed'] = null;
      let cue: SuppressedMatch['cue'] = null;
      if (m.modifier && !(m.modifier.setting && namedSuspect(m))) {
        suppressed = m.modifier.reason;
        const a = s.start + m.modifier.cue.start;
        const b = s.start + m.modifier.cue.end;
        cue = { start: a, end: b, text: text.slice(a, b) };
      } else {
        const want = rule.actor ?? 'suspect';
        const ok =
          want === 'any' ||
          (want === 'suspect'
            ? actor === 'suspect' || actor === 'unknown'
            : actor === 'victim' || actor === 'unknown');
        if (!ok) {
          suppressed = 'other_actor';
          const who = m.mode === 'active' ? m.subject : (m.agent ?? m.subject);
          if (who) {
            const a = s.start + who.start;
            const b = s.start + who.end;
            if (b > a) cue = { start: a, end: b, text: text.slice(a, b) };
          }
        }
      }
      // "A hamper on her doorstep. It turned out to be from her sister.": an innocent
      // explanation told after an indicator disproves it.
      const clearedBy = cleared.get(si);
      if (
        suppressed === null &&
        clearedBy !== undefined &&
        (rule.kind === 'behaviour' || rule.kind === 'risk')
      ) {
        suppressed = 'negated';
        cue = { ...clearedBy, text: text.slice(clearedBy.start, clearedBy.end) };
      }
      items.push({ match: m, rule, evidence, sentence: si, actor, suppressed, cue });
      trace?.push({
        rule: rule.id,
        kind: rule.kind,
        target: rule.target,
        evidence,
        actor,
        suppressed,
      });
    }
    const behaviourIds: BehaviourId[] = [];
    const acts: { id: BehaviourId; start: number; end: number; remote?: boolean }[] = [];
    for (const r of items) {
      if (r.suppressed || r.rule.kind !== 'behaviour' || r.rule.target === 'fear_alarm_distress')
        continue;
      const id = r.rule.target as BehaviourId;
      if (!behaviourIds.includes(id)) behaviourIds.push(id);
      const act: (typeof acts)[number] = { id, start: r.match.start, end: r.match.end };
      if (
        id === 'repeated_contact' &&
        c.temporal.readers.remoteContact.test(r.evidence.text.toLowerCase())
      )
        act.remote = true;
      acts.push(act);
    }
    const chrono: ChronoSentence = {
      start: s.start,
      end: s.start + result.length,
      facts: result.facts,
      behaviours: behaviourIds,
      conduct: result.conduct,
      fragment:
        behaviourIds.length === 0 &&
        wordCount(text, s.start, s.start + result.length) <= 8 &&
        !notHisSubject(
          text.slice(s.start, s.start + result.length),
          c,
          victimPronoun,
          victimStatement,
        ),
      reaction: items.some((r) => !r.suppressed && r.rule.target === 'fear_alarm_distress'),
    };
    if (result.furtherAct) chrono.furtherAct = true;
    const entry = logEntryMinutes(text, s.start);
    if (entry !== null) chrono.logClock = entry;
    // Where the acts are: for the evidence of a further occasion, and, with two behaviours, to
    // give each count to its own clause and to tell different acts apart.
    if (acts.length > 0) {
      acts.sort((a, b) => a.start - b.start);
      chrono.acts = acts;
      if (behaviourIds.length >= 2)
        chrono.clauses = clauseStarts(text.slice(s.start, s.start + result.length));
    }
    return { items, chrono };
  };
  let key = readingKey;
  if (cache !== undefined) {
    if (cache.key === key) key = cache.key;
    else cache.key = key;
  }
  return { key, relationship, relEvidence, resolveSentence };
}

/**
 * Resolve sentences under `reading` into `cache`, from the `from`th on, until `deadline` (a
 * `Date.now()` time): the analysis of a long pasted text then gathers them from the cache, and
 * no single task resolves them all. Answers where it stopped (`results.length` once all are).
 */
export function resolveAhead(
  reading: Reading,
  starts: ArrayLike<number>,
  results: readonly SentenceResult[],
  cache: ResolutionCache,
  from: number,
  deadline: number,
): number {
  for (let si = from; si < results.length; si++) {
    if (Date.now() >= deadline) return si;
    const result = results[si] as SentenceResult;
    const start = starts[si] as number;
    if (cache.places.get(result)?.get(start)?.key === reading.key) continue;
    const { items, chrono } = reading.resolveSentence(si, start, result);
    remember(cache, result, start, { key: reading.key, items, chrono });
  }
  return results.length;
}

/**
 * Build the Analysis for `text` from its sentences (`starts[i]` is where `results[i]` begins). Every evidence span satisfies
 * `0 <= start < end <= text.length` and `text === original.slice(start, end)`. When `trace` is
 * given, every rule match is appended to it with its actor and whether it counted.
 */
export function aggregate(
  text: string,
  starts: ArrayLike<number>,
  results: readonly SentenceResult[],
  c: CompiledPack,
  trace?: RuleTrace[],
  cache?: ResolutionCache,
  prefix?: { current: FindingsPrefix | null },
): Analysis {
  const count = results.length;
  // 1-3. The narrative-level reading, and how each sentence resolves under it.
  const reading = readingOf(text, starts, results, c, cache);
  const { key: readingKey, relationship, relEvidence } = reading;
  // 4. Findings, gathered sentence by sentence. All but the last few sentences are kept by the
  // analyser (`prefix`) while they and the reading are unchanged: typing at the end of a long
  // narrative then gathers only its last sentences onto a copy of the rest.
  const cut = trace === undefined && prefix !== undefined ? Math.max(0, count - PREFIX_TAIL) : 0;
  const kept = prefix?.current;
  let findings: Findings;
  let chronoInput: ChronoSentence[];
  let from = 0;
  if (
    cut > 0 &&
    kept !== undefined &&
    kept !== null &&
    kept.key === readingKey &&
    samePrefix(kept, results, starts, cut)
  ) {
    findings = copyFindings(kept.findings);
    chronoInput = kept.chrono.slice();
    from = kept.results.length;
  } else {
    findings = emptyFindings();
    chronoInput = [];
  }
  for (let si = from; si < count; si++) {
    if (si === cut && cut > from && prefix !== undefined)
      prefix.current = {
        key: readingKey,
        results: results.slice(0, cut),
        starts: Array.from({ length: cut }, (_, i) => starts[i] as number),
        findings: copyFindings(findings),
        chrono: chronoInput.slice(),
      };
    const result = results[si] as SentenceResult;
    const s = { start: starts[si] as number, result };
    const places = trace === undefined ? cache?.places.get(result) : undefined;
    const cached = places?.get(s.start);
    if (cached !== undefined && cached.key === readingKey) {
      for (const r of cached.items) r.sentence = si;
      gatherFindings(text, findings, cached.items);
      chronoInput.push(cached.chrono);
      continue;
    }
    const { items, chrono } = reading.resolveSentence(si, s.start, result, trace);
    gatherFindings(text, findings, items);
    chronoInput.push(chrono);
    if (cache !== undefined) remember(cache, result, s.start, { key: readingKey, items, chrono });
  }

  const {
    behaviours: behaviourMap,
    risks: riskMap,
    signals,
    four: fourEvidence,
    suppressed,
    fear,
    adverse,
  } = findings;
  const addRisk = (id: RiskId, e: Evidence): void => addRiskEvidence(text, riskMap, id, e);

  // An order or bail conditions in force, plus conduct by the suspect: the conduct is a breach
  // (SPA 2019 s8, PHA 1997 s5), even where the text never says "breach". An order told as the
  // outcome of the case ("convicted, restraining order made", "arrested and bailed") answered
  // the conduct told before it: only conduct in its sentence or after it is a breach.
  const orders = signals.get('order') ?? [];
  if (orders.length > 0 && !behaviourMap.has('breach_of_order')) {
    const readers = c.temporal.readers;
    // An order made some time "ago" was made before the report: it is told as in force.
    const ago = (o: Evidence): boolean =>
      /\bago\b/i.test(text.slice(...sentenceAt(starts, o.start, text.length)));
    let from = -1;
    for (const o of orders) {
      const [at, end] = sentenceAt(starts, o.start, text.length);
      if (!readers.orderOutcome.test(text.slice(at, end).toLowerCase()) || ago(o)) {
        from = -1;
        break;
      }
      from = from < 0 ? at : Math.min(from, at);
    }
    // An order told by its making dates the order, not the conduct: only conduct told as later
    // counts ("since then", "two days later", "yet"), as a case summary often closes on the
    // order made; "even though the judge gave me an NMO" concedes it in force.
    const made = orders.every((o) => readers.orderMade.test(o.text.toLowerCase()) && !ago(o));
    const madeAt = sentenceAt(starts, Math.min(...orders.map((o) => o.start)), text.length)[0];
    const madeEnd = Math.min(...orders.map((o) => o.end));
    // ...or on a later date than the order's: "NMO served 4/4. 6/4 V gets 22 calls".
    const madeDay = made ? dayOf(starts, results, madeAt) : -1;
    // The conduct's sentence (from the order on, when it is the order's own) tells it as later.
    const afterOrder = (at: number): boolean => {
      const [a, b] = sentenceAt(starts, at, text.length);
      return readers.afterOrder.test(text.slice(Math.max(madeAt, a), b).toLowerCase());
    };
    const conductAfter = [...behaviourMap].some(
      ([id, e]) =>
        id !== 'fear_alarm_distress' &&
        e.evidence.some(
          (x) =>
            x.start >= from &&
            (!made ||
              (x.start >= madeEnd &&
                (afterOrder(x.start) ||
                  (madeDay >= 0 && dayOf(starts, results, x.start) > madeDay)))),
        ),
    );
    const rule = c.rules.find((r) => r.kind === 'behaviour' && r.target === 'breach_of_order');
    if (conductAfter && rule)
      behaviourMap.set('breach_of_order', {
        evidence: orders.slice(0, 3),
        four: new Set(['unwanted']),
        rules: [rule],
      });
  }

  // 5. Chronology and the course of conduct.
  const chrono = buildChronology(chronoInput);
  const countEvidence = chrono.countEvidence.map((x) =>
    ev(text, x.start, x.end, 'occasions.count'),
  );
  const conductIds = [...behaviourMap.keys()].filter((id) => id !== 'fear_alarm_distress');
  // With no act told, harassment named as going on over time is the course itself.
  const unspecified =
    chrono.occasions.length === 0
      ? harassedOverTime(signals.get('harassed') ?? [], chronoInput)
      : null;
  if (unspecified !== null) chrono.basis.push({ kind: unspecified.kind, span: unspecified.span });
  const occasions = chrono.occasions.length > 0 ? chrono.total : unspecified !== null ? 2 : null;
  // "No other incidents before or since", "a one-off": when the text says so and only two
  // occasions were inferred, believe the text.
  // "Single incident.": believed over two occasions the text does not otherwise tell, or only
  // by its acts being of different kinds.
  const isolated =
    results.some((r) => r.isolated) &&
    (occasions ?? 0) <= 2 &&
    (chrono.occasions.length <= 1 || chrono.basis.every((b) => b.kind === 'distinct_acts'));
  const courseOfConduct = (occasions ?? 0) >= 2 && !isolated;

  // sdash_4: turning up at home or work with a frequency of about three times a week or more.
  for (const cs of chronoInput) {
    if (cs.facts.frequencies.length === 0 || !cs.behaviours.includes('loitering_or_turning_up'))
      continue;
    const f = cs.facts.frequencies.find((q) => q.perDay !== null && q.perDay >= 3 / 7);
    if (f)
      addRisk(
        'sdash_4_frequent_visits',
        ev(text, cs.start + f.start, cs.start + f.end, 'occasions.frequency'),
      );
  }

  // 6. FOUR.
  if (courseOfConduct) {
    const firstTwo = chrono.occasions.slice(0, 2).map((o) => {
      const b = o.behaviours[0];
      const e = b
        ? behaviourMap.get(b)?.evidence.find((x) => x.start >= o.start && x.end <= o.end)
        : undefined;
      return e;
    });
    for (const e of [...countEvidence.slice(0, 3), ...firstTwo])
      if (e) fourEvidence.repeated.push(e);
    if (fourEvidence.repeated.length === 0) {
      const any = [...behaviourMap.values()][0]?.evidence[0];
      if (any) fourEvidence.repeated.push(any);
    }
  } else fourEvidence.repeated = [];
  if (chrono.frequency && (chrono.frequency.perDay ?? 0) >= 1 && conductIds.length > 0) {
    const f = countEvidence.find((x) => x.text === chrono.frequency?.text);
    if (f) fourEvidence.obsessive.push(f);
  }

  if (behaviourMap.has('breach_of_order'))
    fourEvidence.unwanted.push(
      ...(behaviourMap.get('breach_of_order')?.evidence.slice(0, 2) ?? []),
    );
  if (behaviourMap.has('fear_alarm_distress'))
    fourEvidence.unwanted.push(
      ...(behaviourMap.get('fear_alarm_distress')?.evidence.slice(0, 2) ?? []),
    );
  const four = Object.fromEntries(
    FOUR_ELEMENTS.map((f) => [f, f === 'repeated' ? courseOfConduct : fourEvidence[f].length > 0]),
  ) as Record<FourElement, boolean>;
  // Without any conduct by the suspect, the other FOUR elements describe nothing.
  if (conductIds.length === 0) {
    for (const f of FOUR_ELEMENTS) {
      four[f] = false;
      fourEvidence[f] = [];
    }
  }

  // 7. s4A.
  const s4a = s4aMarkers(fear, adverse, chrono, results, courseOfConduct && conductIds.length > 0);

  // 8. Behaviours and risks in the output shape.
  const behaviours: BehaviourFinding[] = [];
  for (const [id, entry] of behaviourMap) {
    const info = c.pack.behaviours[id];
    behaviours.push({
      id,
      evidence: entry.evidence,
      four: FOUR_ELEMENTS.filter((f) => entry.four.has(f)),
      label: info?.label ?? id,
      law: info?.law ?? '',
      why: info?.why ?? '',
    });
  }
  behaviours.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  const risk: RiskFinding[] = [...riskMap].map(([id, evidence]) => ({
    id,
    evidence,
    label: c.pack.risks[id]?.label ?? id,
  }));

  // 9. The judgement, with reasons a person can read.
  const reasons: string[] = [];
  const reasonIds: ReasonRef[] = [];
  /** One reason, in English and as a message id with parameters. */
  const give = (english: string, id: ReasonRef['id'], params: Record<string, ReasonParam> = {}) => {
    reasons.push(english);
    reasonIds.push({ id, params });
  };
  // A reason worded by the pack, with the narrative's words as its one parameter, if any.
  const say = (id: PlainReasonId, quote?: string): void =>
    give(
      c.pack.words.reasons[id].replace('{quote}', () => quote ?? ''),
      id,
      quote === undefined ? {} : { quote },
    );
  // How long, as parameters: the days worked out, or the narrative's own words.
  const periodParams: Record<string, ReasonParam> = !chrono.period
    ? {}
    : /^since\b/i.test(chrono.period.text)
      ? { periodSince: chrono.period.text.slice(6) }
      : chrono.period.days !== null
        ? { periodDays: chrono.period.days }
        : { periodText: chrono.period.text };
  // " over 3 weeks", " since March", " over the past few months": how long, in the reasons.
  // An explicit "since January" reads better than a length worked out from it.
  const periodPhrase = !chrono.period
    ? ''
    : /^since\b/i.test(chrono.period.text)
      ? ` since ${chrono.period.text.slice(6)}`
      : chrono.period.days !== null
        ? ` over ${describeDays(chrono.period.days)}`
        : /^(?:since|for|over|during|throughout)\b/i.test(chrono.period.text)
          ? ` ${chrono.period.text.charAt(0).toLowerCase()}${chrono.period.text.slice(1)}`
          : ` over ${chrono.period.text}`;
  const commercial = signals.get('commercial') ?? [];
  const advice = signals.get('advice') ?? [];
  // What showed the occasions, strongest first, each with its words ("bombarded", "for months").
  const courseBasis = COURSE_BASES.map((kind) => ({
    kind,
    evidence: chrono.basis
      .filter((b) => b.kind === kind && b.span.end > b.span.start)
      .slice(0, 3)
      .map((b) => ev(text, b.span.start, b.span.end, `occasions.${kind}`)),
  })).filter((b) => courseOfConduct && b.evidence.length > 0);
  if (courseOfConduct) {
    const shown = courseBasis
      .slice(0, 3)
      .map((b) => {
        const words = b.kind === 'distinct_acts' ? '' : ` ("${b.evidence[0]?.text.trim()}")`;
        return `${c.pack.words.courseBasis[b.kind] ?? b.kind}${words}`;
      })
      .join('; ');
    const bases = courseBasis.slice(0, 3);
    give(
      `Course of conduct: at least ${occasions} occasions${periodPhrase}${shown ? `, shown by ${shown}` : ''} (PHA 1997 s7: two or more)`,
      'reason.course',
      {
        occasions: occasions ?? 0,
        ...periodParams,
        bases: bases.map((b) => b.kind),
        quotes: bases.map((b) =>
          b.kind === 'distinct_acts' ? '' : (b.evidence[0]?.text.trim() ?? ''),
        ),
      },
    );
    if (unspecified !== null) {
      const quote = unspecified.evidence.text.trim();
      say('reason.unspecified', quote);
    }
  } else if (conductIds.length > 0) {
    if (isolated) say('reason.single_incident');
    else say('reason.one_occasion');
  }
  // A count ("40 messages", "on 4 occasions") belongs to the contact in a mixed occasion, or to
  // the only behaviour in it; other behaviours in that occasion count once. A count said of
  // particular behaviours ("followed me on three occasions") is theirs alone. One pass over the
  // occasions gives each behaviour its number.
  const occasionsOf = new Map<BehaviourId, number>();
  chrono.occasions.forEach((o, oi) => {
    const said = chrono.counted[oi] ?? [];
    const owner =
      said.length > 0
        ? said.includes('repeated_contact')
          ? 'repeated_contact'
          : said[0]
        : o.behaviours.includes('repeated_contact')
          ? 'repeated_contact'
          : o.behaviours[0];
    for (const id of o.behaviours) {
      const whole =
        (said.length === 0 ? o.behaviours.length === 1 : said.length === 1 && said[0] === id) ||
        owner === id;
      occasionsOf.set(id, (occasionsOf.get(id) ?? 0) + (whole ? o.count : 1));
    }
  });
  for (const b of behaviours) {
    const entry = behaviourMap.get(b.id);
    // The pack lists specific rules before general ones ("Turning up at the victim's workplace"
    // before "Turning up where the victim is"): the reason uses the most specific that fired.
    const rule = entry?.rules.reduce((best, r) =>
      c.rules.indexOf(r) < c.rules.indexOf(best) ? r : best,
    );
    if (!rule) continue;
    const n = occasionsOf.get(b.id) ?? 0;
    const law = rule.law ? ` (${rule.law})` : '';
    const place = b.id === 'loitering_or_turning_up' ? placeLabel(entry?.evidence ?? []) : null;
    const explanation = place?.text ?? rule.explanation;
    const counted = n >= 2 && b.id !== 'fear_alarm_distress';
    give(
      counted
        ? `${explanation} on at least ${n} occasions${periodPhrase}${law}`
        : `${explanation}${law}`,
      'reason.behaviour',
      {
        behaviour: b.id,
        rule: rule.id,
        ...(place ? { places: place.places } : {}),
        ...(counted ? { count: n, ...periodParams } : {}),
        ...(rule.law ? { law: rule.law } : {}),
      },
    );
  }
  const fourCount = (['fixated', 'obsessive', 'unwanted'] as const).filter((f) => four[f]).length;
  if (fourCount > 0) {
    const words = (['fixated', 'obsessive', 'unwanted'] as const)
      .filter((f) => four[f])
      .map((f) => f[0]?.toUpperCase() + f.slice(1));
    give(`FOUR: ${words.join(', ')}${four.repeated ? ', Repeated' : ''}`, 'reason.four', {
      elements: FOUR_ELEMENTS.filter((f) => four[f]),
    });
  }
  if (relationship === 'ex_partner' && conductIds.length > 0) {
    say('reason.ex_partner');
  }
  // Commercial, fraud or legitimate-process context explains contact unless the text also shows
  // fixation or that the contact is unwanted; in a domestic case only contact-type acts are explained.
  const explicitFixation =
    (signals.get('fixated')?.length ?? 0) + (signals.get('unwanted')?.length ?? 0) > 0;
  const contactOnly = conductIds.every((id) => CONTACT_TYPE.includes(id));
  const commercialOnly =
    commercial.length > 0 &&
    !explicitFixation &&
    (!DOMESTIC_RELATIONSHIPS.includes(relationship) || contactOnly);
  if (commercialOnly) {
    say('reason.commercial');
  }
  // "There is no evidence of any such conduct": enquiries refuted the account.
  const refuted = signals.get('refuted') ?? [];
  const lastConduct = Math.max(
    -1,
    ...behaviours
      .filter((b) => b.id !== 'fear_alarm_distress')
      .map((b) => b.evidence[b.evidence.length - 1]?.start ?? -1),
  );
  const refutedAfter = refuted.some((e) => e.start > lastConduct);
  // "No contact from him since 2019", after all the conduct: it stopped long ago.
  const ceased = (signals.get('ceased') ?? []).filter((e) => e.start > lastConduct);
  // A briefing, training note or disclosure-scheme request says so before any conduct: what
  // follows is conduct in general, or another victim's history, not an incident to judge.
  let briefing = signals.get('briefing') ?? [];
  if (briefing.length > 0) {
    let firstConduct = BRIEFING_OPENING_CHARS;
    for (const b of behaviours)
      if (b.id !== 'fear_alarm_distress')
        for (const e of b.evidence) if (e.start < firstConduct) firstConduct = e.start;
    briefing = briefing.filter((e) => e.start < firstConduct);
  }
  if (briefing.length > 0) {
    // What such a text names is conduct in general or another victim's history, not this
    // record's: its behaviours are set aside, each with the opening that says so.
    const opening = briefing[0] as Evidence;
    const cue = { start: opening.start, end: opening.end, text: opening.text };
    for (const b of behaviours) {
      const evidence = b.evidence[0];
      if (evidence)
        suppressed.push({
          kind: 'behaviour',
          id: b.id,
          evidence,
          reason: 'hypothetical',
          cue,
          actor: 'unknown',
        });
    }
    behaviours.length = 0;
    for (const el of FOUR_ELEMENTS) {
      four[el] = false;
      fourEvidence[el] = [];
    }
    const quote = opening.text;
    say('reason.briefing', quote);
  }
  if (ceased.length > 0 && !refutedAfter) {
    const quote = ceased[0]?.text ?? '';
    say('reason.ceased', quote);
  }
  if (refutedAfter) {
    const quote = refuted[0]?.text ?? '';
    say('reason.refuted', quote);
  }
  if (conductIds.length === 0 && advice.length > 0) say('reason.advice');
  if (conductIds.length === 0 && suppressed.length > 0)
    give(
      `${suppressed.length} possible indicator${suppressed.length === 1 ? ' was' : 's were'} set aside (negated, hypothetical or someone else's act)`,
      'reason.suppressed',
      { count: suppressed.length },
    );
  // The fitted model decides, over named features; with no conduct by the suspect (and no
  // harassment named as going on over time) there is nothing to judge. A text that names the
  // conduct as stalking decides on its own. Advice and briefing text names stalking without
  // reporting any: it decides nothing.
  const named = advice.length > 0 ? [] : (signals.get('named') ?? []);
  const f = features({
    courseOfConduct,
    occasions: occasions ?? 0,
    bases: new Set(courseBasis.map((b) => b.kind)),
    conduct: conductIds,
    fear: behaviourMap.has('fear_alarm_distress'),
    fixation: explicitFixation,
    relationship,
    domestic: DOMESTIC_RELATIONSHIPS.includes(relationship),
    commercial: commercialOnly,
    // A neighbour's row about a boundary or parking can grow into stalking: the fitted weight
    // says how much the row explains.
    dispute: (signals.get('dispute')?.length ?? 0) > 0,
    advice: advice.length > 0,
    single: isolated || results.some((r) => r.facts.single),
    // The victim's own acts ("she went to his house to collect her things") say nothing either
    // way; a negated, hypothetical or someone else's act does.
    suppressed: suppressed.filter((s) => !(s.reason === 'other_actor' && s.actor === 'victim'))
      .length,
  });
  const model = c.pack.judgement;
  const ended = ceased.length > 0 || refutedAfter || briefing.length > 0;
  // A charge, conviction, Stalking Protection Order or the officer's own classification names a
  // course of conduct even where the text tells none of it: there is something to judge.
  const judged = (conductIds.length > 0 || named.length > 0 || unspecified !== null) && !ended;
  const p = judged ? probability(model, f) : 0;
  // A judged text never scores 0, so "not judged" stays readable from the score.
  const score = judged ? Math.max(0.01, Math.round(p * 100) / 100) : 0;
  const likely = judged && (p >= model.threshold || named.length > 0);
  if (judged && named.length > 0) {
    const quote = named[0]?.text.trim() ?? '';
    say('reason.named', quote);
  }
  if (judged) {
    const moved = contributions(model, c.pack.words.features, f);
    const parts = [
      moved.raised.length > 0 ? `raised by ${moved.raised.slice(0, 3).join(', ')}` : '',
      moved.lowered.length > 0 ? `lowered by ${moved.lowered.slice(0, 3).join(', ')}` : '',
    ].filter(Boolean);
    give(
      `${likely ? 'Likely stalking' : 'Not judged stalking on this text'}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}`,
      'reason.judgement',
      {
        likely: likely ? 1 : 0,
        raised: moved.raisedIds.slice(0, 3),
        lowered: moved.loweredIds.slice(0, 3),
      },
    );
  }

  return {
    schema: 1,
    pack: c.label,
    stalking: {
      likely,
      score,
      occasions,
      period: chrono.period,
      courseOfConduct,
      courseBasis,
      features: f,
      four,
      fourEvidence,
      reasons,
      named: judged ? named.slice(0, 3) : [],
      reasonIds,
    },
    behaviours,
    chronology: chrono.occasions,
    relationship,
    relationshipEvidence: relEvidence.get(relationship) ?? [],
    domestic: DOMESTIC_RELATIONSHIPS.includes(relationship),
    risk,
    s4a,
    suppressed,
  };
}

/**
 * Harassment the record names as going on over time, with none of its acts told: "has been
 * harassing him and his parents for almost three years", "a hate campaign against her". In law
 * harassment is itself a course of conduct (PHA 1997 s1, s7(3)), so its length or recurrence is
 * the course. The words that say so, as what showed it, with the naming words; null when none do.
 */
function harassedOverTime(
  named: readonly Evidence[],
  sentences: readonly ChronoSentence[],
): { evidence: Evidence; kind: CourseBasis; span: RelSpan } | null {
  for (const e of named) {
    const s = sentences.find((x) => x.start <= e.start && e.start < x.end);
    if (s === undefined || s.facts.single || s.facts.sameOccasion) continue;
    const f = s.facts;
    const period = f.periods.find((p) => p.days === null || p.days >= 7);
    const [kind, at]: [CourseBasis, RelSpan | undefined] = period
      ? ['period', period]
      : f.frequencies[0]
        ? ['repetition', f.frequencies[0]]
        : ['habitual', f.habitual[0]];
    if (at !== undefined)
      return {
        evidence: e,
        kind,
        span: { start: s.start + at.start, end: s.start + at.end, text: at.text },
      };
  }
  return null;
}

/** "2348 REPORT SUSP HAS ..." at the start of a log entry: the entry's time, in minutes. */
const LOG_ENTRY_RE = new RegExp(`^(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})? )?(${HHMM})\\b`);

function logEntryMinutes(text: string, start: number): number | null {
  const m = LOG_ENTRY_RE.exec(text.slice(start, start + 24));
  const hhmm = m?.[1];
  return hhmm === undefined ? null : Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(2));
}
