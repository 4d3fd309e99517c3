/**
 * Analyse one sentence on its own: normalise, tokenise, expand shorthand, match the whole pack in
 * one pass, apply ConText, find who the subject of each match is, and read the temporal facts.
 * The result depends only on the sentence text and the pack, so the analyser caches it by text;
 * everything that needs the whole narrative (which pronoun is the victim, who a name is) is left
 * to aggregate.ts as raw facts.
 */
import type { CompiledPack, PersonRole } from './compile';
import { applyContext, type Cue } from './context';
import { normalise, type Normalised } from './normalise';
import {
  agentNear,
  herIsObject,
  isParticiple,
  isRank,
  isSubjectPosition,
  ownerOf,
  passiveInside,
  personAt,
  saidUnnamed,
  speakerOf,
  subjectBefore,
  thingWord,
} from './persons';
import { passedGates, QUANTITY_NOUNS, readTemporal, reads, type TemporalFacts } from './temporal';
import { foldPossessives } from './possessive';
import { expandShorthand } from './shorthand';
import { tokenise, type Token } from './segment';
import {
  ACTIVE_PARTICIPLES,
  AUX_AFTER_SUBJECT,
  DISCOVERY,
  NOT_SUBJECT,
  OBJECT,
  PARTICLES,
  SEEN_POSTURE,
  SEEN_WHEN,
  WRITTEN_THINGS,
  RESULT_STATES,
  RECEIVE,
  REPORTING,
  SUBJECT,
  TELLING,
  VEHICLES,
} from './sentence-words';
import type { SuppressionReason } from './types';

export type Pronoun = 'he' | 'she' | 'they' | 'i' | 'we' | 'you';

/** A span relative to the sentence start. */
export interface Rel {
  start: number;
  end: number;
  text: string;
}

/** Who the words say did the act, before the narrative-level reading of pronouns and names. */
export type PersonRef =
  | ({ kind: 'pronoun'; p: Pronoun } & Rel)
  | ({
      kind: 'person';
      role: PersonRole;
      word: string;
      modifier: string | null;
      owner: Owner;
    } & Rel)
  | ({ kind: 'name'; name: string } & Rel);

/** Whose person this is ("SUS's mother", "his friend", "Gareth's sister"): for stalking by proxy. */
export type Owner =
  | { kind: 'role'; role: PersonRole }
  | { kind: 'pronoun'; p: Pronoun }
  | { kind: 'name'; name: string }
  | null;

export interface SentenceMatch {
  rule: number;
  start: number;
  end: number;
  /**
   * A negation or hypothetical cue, or a commercial (other actor) cue, from ConText. `setting`:
   * an other-actor cue that tells of a scam or business setting rather than an agreement.
   */
  modifier: { reason: SuppressionReason; cue: Rel; setting: boolean } | null;
  /**
   * How the clause is built around the match: `found` is something found done ("she found a
   * camera pointed at her window"), whose doer is not the finder.
   */
  mode: 'active' | 'passive' | 'receive' | 'found';
  /** Subject of the clause (active, receive) or the person it was done to (passive). */
  subject: PersonRef | null;
  /** "by X" / "from X" near the match. */
  agent: PersonRef | null;
  /** Object pronoun inside or just after the match ("followed her" → she). */
  object: Pronoun | null;
  /**
   * A word for the victim stands inside the match after its first word ("following IP",
   * "turning up at IP's addr"): the victim is what the act was done to, so not who did it.
   */
  victimInside: boolean;
  /** The pronoun owning a place inside the match ("at her school" → she), or null. */
  placeOwner: Pronoun | null;
  /** Object pronouns but "her" inside the match after its first word ("asking them about me"). */
  objects: Pronoun[];
  /** The match is inside quotation marks (words written or said by someone). */
  quoted: boolean;
  /**
   * Who sent or said the quotation the match is in, when a verb of sending or saying opens it
   * ("V admits txting SUS '...'", "he shouted '...'"), and to whom when named between ("SUS");
   * null for a quotation found or received ("a note saying '...'") or a match not quoted.
   */
  quoteSpeaker: { by: PersonRef | null; to: PersonRef | null } | null;
  /**
   * For a match in a coordinated verb phrase ("She is terrified he will hurt her and has moved
   * out"), the first subject of the sentence, which may be the real subject; else null.
   */
  coSubject: PersonRef | null;
  /**
   * For a contact match inside what someone told or reported ("Orla told me he had been
   * messaging her", "Mum states SUS rang her"), the one who told it; else null.
   */
  teller: PersonRef | null;
}

/**
 * Verbs of catching sight of someone. Unlike filming or watching, which are acts themselves,
 * seeing someone somewhere says what the one seen was doing.
 */
const SIGHTING = new Set(['see', 'notic', 'spot', 'clock', 'sight', 'witness']);

/** Verbs that make their object feel something ("made her feel", "left me feeling"). */
const CAUSATIVES = new Set([
  'made',
  'make',
  'makes',
  'making',
  'left',
  'leave',
  'leaves',
  'leaving',
]);
const FEEL_VERBS = new Set(['feel', 'feeling', 'felt', 'feels']);

export interface SentenceResult {
  /** Length of the sentence in the original text. */
  length: number;
  matches: SentenceMatch[];
  facts: TemporalFacts;
  /**
   * Narrative-level votes: which pronoun is the victim, whose "I" this is, and the suspect's sex
   * where the text gives it ("female SUS", "SUSP M 40s").
   */
  votes: {
    she: number;
    he: number;
    firstPerson: number;
    policeI: number;
    suspectShe: number;
    suspectHe: number;
  };
  /** Names introduced with a role ("her ex-partner Darren SMITH", "the victim, Sarah"). */
  names: { name: string; role: 'suspect' | 'victim' | 'police' | 'third_party' }[];
  /** Words that refer back to conduct ("this has happened", "the incidents"). */
  conduct: boolean;
  /** Indices into `matches` of relationship rules that are not negated. */
  relationships: number[];
  /** The sentence says an incident was the only one ("no other incidents", "the first time"). */
  isolated: boolean;
  /** The sentence says the one writing is close to the victim, not the victim ("I'm her mum"). */
  narrator: boolean;
  /** The sentence says the one reporting is close to the victim ("RP is V's son"). */
  reporter: boolean;
  /** The sentence opens by adding an act to those before ("He has also messaged her"). */
  furtherAct: boolean;
  /** Person words owned by someone ("SUS's sister" → sister owned by suspect), for proxies. */
  owned: { word: string; owner: NonNullable<Owner> }[];
}

/**
 * Whether token p can describe a thing named after it ("small", "voice"): a plain word, not a
 * person, a pronoun, an -ing form or a word that joins or opens a clause.
 */
function describingWord(tokens: readonly Token[], p: number, c: CompiledPack): boolean {
  const w = (tokens[p] as Token).norm;
  return (
    /^[a-z]+$/.test(w) &&
    !w.endsWith('ing') &&
    !OBJECT.has(w) &&
    !PARTICLES.has(w) &&
    !NOT_SUBJECT.has(w) &&
    !AUX_AFTER_SUBJECT.has(w) &&
    !c.prepositions.has(w) &&
    !c.clauseOpeners.has(w) &&
    personAt(tokens, p, c, false) === null
  );
}

/**
 * "IP found two blogs set up about her", "she noticed a camera pointed at her window": a verb of
 * finding just before or at the start of the match, then a thing (no person) and a past
 * participle inside the match. What was found was done by someone else, not by the finder.
 */
function foundDone(
  tokens: readonly Token[],
  first: number,
  last: number,
  c: CompiledPack,
): boolean {
  for (let d = Math.max(0, first - 5); d <= first; d++) {
    if (!DISCOVERY.has((tokens[d] as Token).stem)) continue;
    // "found a spy app on her phone", "discovered an AirTag": the thing found, named right
    // after the finding, was put there by someone other than the finder.
    if (first > d && first - d <= 4 && (tokens[first] as Token).punct === '') {
      let plain = true;
      // After a determiner, describing words may come before the thing ("found a small voice
      // recorder"); in a log's shorthand, with no determiner, one or two ("found small camera").
      const determiner = c.skipBeforeNoun.has((tokens[d + 1] as Token).norm);
      const describes = determiner || first - d <= 3;
      for (let p = d + 1; p < first && plain; p++) {
        const t = tokens[p] as Token;
        plain =
          t.punct === '' &&
          (c.skipBeforeNoun.has(t.norm) ||
            /^\d+$/.test(t.norm) ||
            // "found hundreds of photos of her", "found dozens of letters"
            (QUANTITY_NOUNS.has(t.norm) && (tokens[p + 1] as Token | undefined)?.norm === 'of') ||
            (t.norm === 'of' && QUANTITY_NOUNS.has((tokens[p - 1] as Token).norm)) ||
            (describes && (p > d + 1 || !determiner) && describingWord(tokens, p, c))) &&
          !(t.norm === 'her' && herIsObject(tokens, p, c));
      }
      // "spotted following her" is an act; "found a recording device" is a thing.
      if (plain && (first > d + 1 || !(tokens[first] as Token).norm.endsWith('ing'))) return true;
    }
    for (let p = d + 1; p <= last && p < tokens.length && p <= d + 5; p++) {
      const t = tokens[p] as Token;
      // A person found ("found him sitting outside") is the doer, and a new clause ("found it
      // and followed her") another act; "her" before a noun ("found her tyres slashed") is not.
      if (t.punct !== '' || personAt(tokens, p, c, false) !== null) break;
      // "found her saddle and bridle slashed": "and" may join the things found.
      if (
        t.norm === 'and' &&
        p > d + 1 &&
        tokens[p + 1]?.punct === '' &&
        thingWord(tokens, p + 1, c)
      )
        continue;
      if (t.norm !== 'that' && c.clauseOpeners.has(t.norm)) break;
      if (OBJECT.has(t.norm) && (t.norm !== 'her' || herIsObject(tokens, p, c))) break;
      if ((isParticiple(t, c) && !ACTIVE_PARTICIPLES.has(t.stem)) || RESULT_STATES.has(t.norm))
        return p > d + 1 && p >= first;
    }
  }
  return false;
}

/** A past participle after the first token of a match ("accounts accessed", "tyres let down"). */
function participleAfter(
  tokens: readonly Token[],
  first: number,
  last: number,
  c: CompiledPack,
): boolean {
  for (let k = first + 1; k <= last; k++) {
    const t = tokens[k] as Token;
    if (isParticiple(t, c) && !ACTIVE_PARTICIPLES.has(t.stem)) return true;
  }
  return false;
}

/** Participles after which come someone's words ("saying he would ..."). */
const SAYING = new Set(['saying', 'stating', 'claiming', 'threatening']);

/** How far back a threat's words may look for the one who said them. */
const SPEAKER_REACH = 15;

/** Passive forms an officer uses of their own duty ("I was tasked", "I was deployed"). */
const DUTY_PASSIVES = new Set(['task', 'tasked', 'deploy', 'dispatch']);

/**
 * Whether "I" followed by the words `from..at - 1` and a police verb at `at` reads as an officer
 * recording what they did: a past act ("I attended", "I have checked", "I did speak") or a title
 * ("I, PC 123"). A present habit ("I check the locks") and a passive done to the speaker ("I have
 * been referred") are a victim's words.
 */
function officerWording(
  tokens: readonly Token[],
  from: number,
  at: number,
  c: CompiledPack,
): boolean {
  const v = tokens[at] as Token;
  if (TITLES.has(v.stem) || isRank(v, c)) return true;
  let passive = false;
  let aux = false;
  for (let k = from; k < at; k++) {
    const w = (tokens[k] as Token).norm;
    if (w === 'was' || w === 'been') passive = true;
    if (w === 'have' || w === 'had' || w === 'did') aux = true;
  }
  if (passive) return DUTY_PASSIVES.has(v.stem);
  return aux || isParticiple(v, c) || PAST_FORMS.has(v.norm);
}

/** Police words after "I" that are titles, not verbs ("I, OIC", "I, the officer"); ranks are `isRank`. */
const TITLES = new Set(['oic', 'officer']);

/** Past forms of police verbs that do not end in -ed. */
const PAST_FORMS = new Set(['spoke', 'made', 'carried', 'undertook', 'sought', 'took']);

/** People "her" can own who are not the victim herself: family, partners, staff, organisations. */
const OWNED_PEOPLE = new Set<PersonRole>(['kin', 'relation', 'third_party', 'organisation']);

/** A verb of sending or saying in any form, but the "saying" of a written thing ("a note saying"). */
const SPOKEN =
  /^(?:said|sent|wrote|told|tell|te?xt|send|messag|msg|e-?mail|writ|shout|scream|yell|tweet|repl|answer)(?:ing|ed|d|s|e[sd]?|ie[sd]|ten)?$/;

/**
 * Who sent or said the quotation holding token `first`, and to whom: the subject of a verb of
 * sending or saying right before it, with at most two words between for whom it went to
 * ("txting SUS '...'", "told him '...'"); null when no such verb opens it.
 */
function quoteSpeakerOf(
  tokens: readonly Token[],
  first: number,
  c: CompiledPack,
  norm: Normalised,
  original: string,
): SentenceMatch['quoteSpeaker'] {
  let open = first;
  while (open > 0 && (tokens[open] as Token).quotes === 0) open--;
  for (let k = open - 1; k >= 0 && k >= open - 3; k--) {
    const t = tokens[k] as Token;
    if (SPOKEN.test(t.norm)) {
      const by = personAt(tokens, k - 1, c, k === 1) ?? subjectBefore(tokens, k, c);
      const next = tokens[k + 1] as Token;
      const pron = k + 1 < open ? OBJECT.get(next.norm) : undefined;
      const to =
        k + 1 >= open
          ? null
          : pron !== undefined
            ? { kind: 'pronoun' as const, p: pron, start: next.s, end: next.e, text: next.raw }
            : personAt(tokens, k + 1, c, false);
      return { by: fixRef(norm, original, by), to: fixRef(norm, original, to) };
    }
    if (!OBJECT.has(t.norm) && !c.persons.has(t.stem) && t.norm !== 'to') return null;
  }
  return null;
}

/**
 * Token `k` is the victim owning a person word of one of those kinds right after it: a
 * possessive "her" ("her mum") or a word for the victim with "'s" ("IP's mum", "the victim's
 * manager").
 */
function herOwnsPerson(
  tokens: readonly Token[],
  k: number,
  c: CompiledPack,
  contact: boolean,
): boolean {
  const t = tokens[k] as Token | undefined;
  if (t === undefined) return false;
  let person = k + 1;
  if (c.possessive.victims.has(t.norm) && tokens[k + 1]?.norm === "'s") person = k + 2;
  else if (t.norm !== 'her' || herIsObject(tokens, k, c)) return false;
  // "messaged her new boyfriend", "rang her best friend": for contact, a describing word or two
  // may stand between (following or threatening her new partner is conduct towards her circle).
  for (
    let n = 0;
    contact && n < 2 && c.possessive.personModifiers.has(tokens[person]?.norm ?? '');
    n++
  )
    person++;
  const word = tokens[person];
  if (word === undefined) return false;
  const role = c.persons.get(word.stem);
  if (role === undefined || !OWNED_PEOPLE.has(role)) return false;
  // "emailed her practice address", "rang her work line": her own channel at an organisation.
  return (
    role !== 'organisation' || !CHANNELS.has((tokens[person + 1] as Token | undefined)?.norm ?? '')
  );
}

const CHANNELS = new Set(['address', 'email', 'inbox', 'account', 'line', 'landline', 'number']);

/**
 * A match that opens with an active verb of seeing ("saw him outside her work", "spotted his van
 * outside", "noticed the suspect at the gates") tells what the one seen was doing: the doer is
 * the person, or the owner of the vehicle, right after the verb, not the one who saw.
 */
function perceivedAt(tokens: readonly Token[], first: number, c: CompiledPack): PersonRef | null {
  const verb = tokens[first] as Token;
  const next = tokens[first + 1];
  if (!SIGHTING.has(verb.stem) || next === undefined || next.punct !== '') return null;
  const ref = (p: Pronoun): PersonRef => ({
    kind: 'pronoun',
    p,
    start: next.s,
    end: next.e,
    text: next.raw,
  });
  const asObject = OBJECT.get(next.norm);
  if (asObject !== undefined && (next.norm !== 'her' || herIsObject(tokens, first + 1, c)))
    return ref(asObject);
  const owned = tokens[first + 2];
  if ((next.norm === 'his' || next.norm === 'her') && owned && VEHICLES.has(owned.norm))
    return ref(next.norm === 'his' ? 'he' : 'she');
  const det = next.norm === 'the' || next.norm === 'a' || next.norm === 'that' ? 1 : 0;
  return personAt(tokens, first + 1 + det, c, false);
}

/** Map a `[s, e)` span of the normalised sentence to original offsets (see normalise.ts). */
function mapBack(norm: Normalised, length: number, s: number, e: number): [number, number] {
  const a = norm.starts[Math.min(s, norm.starts.length - 1)] ?? 0;
  const b = norm.ends[Math.max(0, Math.min(e, norm.ends.length) - 1)] ?? length;
  return [a, Math.max(b, a + 1 <= length ? a + 1 : a)];
}

function relSpan(norm: Normalised, original: string, s: number, e: number): Rel {
  const [a, b] = mapBack(norm, original.length, s, e);
  return { start: a, end: b, text: original.slice(a, b) };
}

/** A person reference with its offsets mapped back to the original sentence. */
function fixRef(norm: Normalised, original: string, r: PersonRef | null): PersonRef | null {
  if (r === null) return null;
  const [a, b] = mapBack(norm, original.length, r.start, r.end);
  return { ...r, start: a, end: b, text: original.slice(a, b) };
}

/**
 * A message's words given after a colon, with no quotation marks ("SUSP vm to V 14/8: if u take
 * my kids off me i will end u"), are read as quoted: they are the sender's, whatever their own
 * grammar. The colon must follow a message word within a few words; "V states: ..." is not one.
 */
function quoteAfterMessageColon(tokens: Token[], c: CompiledPack): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.punct !== ':' || t.quotes > 0) continue;
    for (let k = i - 1; k >= 0 && k >= i - 6; k--)
      if (c.messageHeads.has((tokens[k] as Token).stem)) {
        tokens[i] = { ...t, quotes: 1 };
        return tokens;
      }
  }
  return tokens;
}

/**
 * Analyse `text[start, end)`. Offsets in the result are relative to `start`. Never throws for any
 * input string; bounded work (tokens over 40 chars skipped, sentences capped by segment.ts,
 * matcher budget).
 */
export function analyseSentence(
  c: CompiledPack,
  text: string,
  start: number,
  end: number,
): SentenceResult {
  const original = text.slice(start, end);
  const norm = normalise(original);
  const tokens = quoteAfterMessageColon(
    foldPossessives(
      expandShorthand(tokenise(norm.text, c.stem), c.shorthand, c.stem),
      c.possessive,
    ),
    c,
  );
  const lower = norm.text.toLowerCase();
  const passed = passedGates(lower, c.temporal);
  const facts = readTemporal(
    lower,
    (s, e) => mapBack(norm, original.length, s, e),
    original,
    c.temporal,
    passed,
  );
  const rel = (first: number, last: number): Rel =>
    relSpan(norm, original, (tokens[first] as Token).s, (tokens[last] as Token).e);

  // One pass over the tokens for every pattern in the pack.
  const raw = c.index.matchAll(tokens);
  const cues: Cue[] = [];
  const vetoes: { rule: number; first: number; last: number }[] = [];
  for (let i = 0; i < raw.length; i += 3) {
    const term = c.terms[raw[i] as number];
    const first = raw[i + 1] as number;
    const last = raw[i + 2] as number;
    if (term?.type === 'context') cues.push({ context: term.context, first, last });
    else if (term?.type === 'unless') vetoes.push({ rule: term.rule, first, last });
  }
  // Longest match per (rule, first token) among those no "unless" overlaps: a veto on a longer
  // reading ("sent IP's dad a friend request") leaves a shorter one that stands ("sent IP's dad").
  // Keyed by rule and first token as one number (first < 2^20: sentences are capped far below).
  const best = new Map<number, { rule: number; first: number; last: number }>();
  // Per (rule, first token): the longest reading that reached someone "her" owns.
  let reachedOther: Map<number, number> | null = null;
  for (let i = 0; i < raw.length; i += 3) {
    const term = c.terms[raw[i] as number];
    if (term?.type !== 'rule') continue;
    const first = raw[i + 1] as number;
    const last = raw[i + 2] as number;
    if (vetoes.some((v) => v.rule === term.rule && v.first <= last && first <= v.last)) continue;
    const key = term.rule * 1_048_576 + first;
    // "rang her mum", "sent a letter to IP's employer": an act whose last word is the victim
    // owning the person after it reached that person, not the victim; the rule that names them
    // tells it.
    const lastNorm = tokens[last]?.norm ?? '';
    if (lastNorm === 'her' || c.possessive.victims.has(lastNorm)) {
      const rule = c.rules[term.rule];
      if (
        rule?.kind === 'behaviour' &&
        rule.target !== 'contacting_third_parties' &&
        herOwnsPerson(tokens, last, c, rule.target === 'repeated_contact')
      ) {
        reachedOther ??= new Map();
        reachedOther.set(key, Math.max(reachedOther.get(key) ?? -1, last));
        continue;
      }
    }
    const prev = best.get(key);
    if (!prev || last > prev.last) best.set(key, { rule: term.rule, first, last });
  }
  // A shorter reading of an act that reached someone else stands only where it ends at the
  // victim herself ("posted on FB calling her a psycho & naming her employer"), not where it is
  // the same act cut short ("sent a letter [to her employer]").
  if (reachedOther !== null)
    for (const [key, other] of reachedOther) {
      const m = best.get(key);
      if (m !== undefined && m.last < other && !OBJECT.has((tokens[m.last] as Token).norm))
        best.delete(key);
    }
  let found = [...best.values()];
  // A match contained in a longer match of the same rule adds nothing.
  found = found.filter(
    (m) =>
      !found.some((o) => o !== m && o.rule === m.rule && o.first <= m.first && o.last >= m.last),
  );
  // Stable insertion sort (same order as Array.prototype.sort): lists are short, no call overhead.
  for (let i = 1; i < found.length; i++) {
    const m = found[i] as (typeof found)[number];
    let j = i - 1;
    while (j >= 0) {
      const o = found[j] as (typeof found)[number];
      if (o.first - m.first > 0 || (o.first === m.first && m.last - o.last > 0)) {
        found[j + 1] = o;
        j--;
      } else break;
    }
    found[j + 1] = m;
  }

  const modifiers = applyContext(
    tokens,
    c.context,
    cues,
    found.map((m) => [m.first, m.last] as [number, number]),
    (i) => {
      const rule = c.rules[(found[i] as { rule: number }).rule];
      // Signals describe the text, not someone's act: an "other actor" cue does not apply.
      return rule?.kind === 'signal'
        ? [...(rule.contextExempt ?? []), 'other_actor']
        : rule?.contextExempt;
    },
    (t) => c.persons.has(t.stem),
    (i) => c.negationInPattern[(found[i] as { rule: number }).rule] === true,
  );

  const matches: SentenceMatch[] = found.map((m, i) => {
    const span = rel(m.first, m.last);
    const mod = modifiers[i] ?? null;
    const firstTok = tokens[m.first] as Token;
    let mode: SentenceMatch['mode'] = 'active';
    let subject: PersonRef | null;
    // "saw him outside her work": the one seen is the doer, not the act's object.
    let seenDoer = false;
    // Perception: "saw him waiting outside", "CCTV shows the suspect following her".
    // "saw him earlier stood across the road": a time word may stand between the one seen
    // and what they were doing.
    const between = tokens[m.first - 1]?.norm ?? '';
    const seen = SEEN_WHEN.has(between) || SEEN_POSTURE.has(between) ? m.first - 2 : m.first - 1;
    const before = tokens[seen];
    // "saw a man stood in the doorway": the one seen may be a noun with its article.
    const article = /^(a|an|the)$/.test(tokens[seen - 1]?.norm ?? '') ? 1 : 0;
    const before2 = tokens[seen - 1 - article];
    if (
      before &&
      before2 &&
      c.perception.has(before2.stem) &&
      // "found her tyres slashed": "her" before the thing is whose it is, not who was seen.
      ((OBJECT.has(before.norm) && (before.norm !== 'her' || herIsObject(tokens, seen, c))) ||
        personAt(tokens, seen, c, false))
    ) {
      const asPron = OBJECT.get(before.norm);
      subject =
        asPron !== undefined
          ? { kind: 'pronoun', p: asPron, start: before.s, end: before.e, text: before.raw }
          : personAt(tokens, seen, c, false);
    } else {
      let k = m.first - 1;
      while (k >= 0 && k >= m.first - 3 && c.adverbs.has((tokens[k] as Token).norm)) k--;
      const aux = tokens[k];
      const isAux = aux !== undefined && (aux.stem === 'be' || aux.stem === 'get');
      if (RECEIVE.has(firstTok.stem) || receivedFrom(tokens, m.first)) mode = 'receive';
      else if (foundDone(tokens, m.first, m.last, c)) mode = 'found';
      else if (isAux && isParticiple(firstTok, c) && !ACTIVE_PARTICIPLES.has(firstTok.stem))
        mode = 'passive';
      // "letters written to her": a participle right after the written thing, and before where
      // it went, is said of it ("an email threatened her" is the email's act).
      else if (
        isParticiple(firstTok, c) &&
        !ACTIVE_PARTICIPLES.has(firstTok.stem) &&
        firstTok.punct === '' &&
        WRITTEN_THINGS.has(tokens[m.first - 1]?.stem ?? '') &&
        SENT_TO.has(tokens[m.first + 1]?.norm ?? '')
      )
        mode = 'passive';
      else if (passiveInside(tokens, m.first, m.last, c)) mode = 'passive';
      // A match that starts with its own subject ("SUS o/s IP addr") names the actor itself,
      // unless it is quoted words ("'I am watching you'"), whose speaker comes before the quote.
      let quoteMarks = 0;
      for (let k = 0; k <= m.first; k++) quoteMarks += tokens[k]?.quotes ?? 0;
      // "Steam friend reqs": a person word that opens a noun is part of the thing, not who sent it.
      const modifier = c.rules[m.rule]?.nominal === true && m.last > m.first;
      const own =
        quoteMarks % 2 === 1 || modifier ? null : personAt(tokens, m.first, c, m.first === 0);
      const perceived = mode === 'active' ? perceivedAt(tokens, m.first, c) : null;
      seenDoer = perceived !== null;
      // "VIC states SUSP outside her work": a match that opens with the person reported on.
      const reported = tokens[m.first - 1];
      subject =
        perceived ??
        (own !== null &&
        (own.kind === 'pronoun' ||
          isSubjectPosition(tokens, m.first, c) ||
          (own.kind === 'person' &&
            reported !== undefined &&
            firstTok.punct === '' &&
            REPORTING.has(reported.stem)) ||
          // "RP CALLS, MALE IN CAR OUTSIDE HER HOUSE": a person opening a clause of its own.
          (own.kind === 'person' && own.role === 'suspect' && firstTok.punct === ','))
          ? own
          : subjectBefore(tokens, m.first, c));
      // "IP REPORTS GMAIL, PAYPAL AND DROPBOX ACCESSED OVERNIGHT": what is reported right after
      // the verb, a thing with something done to it, was not done by the one reporting.
      if (
        own === null &&
        subject !== null &&
        reported !== undefined &&
        REPORTING.has(reported.stem) &&
        firstTok.punct === '' &&
        !c.verbish.has(firstTok.stem) &&
        !firstTok.norm.endsWith('ing') &&
        !isParticiple(firstTok, c) &&
        participleAfter(tokens, m.first, m.last, c)
      )
        subject = null;
      // "V REPORTS SPYWARE ON PHONE", "RP SAYS EMAIL PASSWORD CHANGED", "she reports a hidden
      // camera": a thing reported, not an act, is not the reporter's doing.
      // (Not for distress: what is reported of the victim's state is hers.)
      if (
        own === null &&
        subject !== null &&
        c.rules[m.rule]?.target !== 'fear_alarm_distress' &&
        reportedThing(tokens, m.first, m.last, c)
      )
        subject = null;
      // "The family report the tyres being slashed": the one who reports a passive act is not
      // the one it was done to, so the act's doer is left unnamed.
      if (mode === 'passive' && subject !== null && subject !== own) {
        const from = subject.end;
        for (let k = m.first - 1; k >= 0 && (tokens[k] as Token).s >= from; k--)
          if (REPORTING.has((tokens[k] as Token).stem)) {
            subject = null;
            break;
          }
      }
    }
    // "he told her she'd get her legs broken": a threat's words name the one threatened as their
    // subject; the threat is the speaker's. Not when the words are about the one told harming
    // herself ("told her she should kill herself"): that is no threat of the speaker's.
    // So are words whose subject is someone close to the victim or an organisation ("said her
    // boss and her dad would be getting copies", "his mum said her son will have her sorted").
    const aboutOther =
      subject?.kind === 'person' &&
      (subject.role === 'kin' || subject.role === 'third_party' || subject.role === 'organisation');
    if (
      subject !== null &&
      (subject.kind === 'pronoun' || aboutOther) &&
      c.rules[m.rule]?.target === 'threats' &&
      (subject.kind !== 'pronoun' || !reflexiveOf(tokens, m.first, m.last, subject.p))
    ) {
      let k = m.first - 1;
      while (k >= 0 && (tokens[k] as Token).s > subject.start) k--;
      if (k >= 0 && (tokens[k] as Token).s === subject.start) {
        const heard = { unnamed: false };
        const speaker = speakerOf(tokens, k, c, SPEAKER_REACH, aboutOther, heard);
        // The one who said the words is named: they are the speaker's act, whoever received them.
        if (speaker !== null) {
          subject = speaker;
          mode = 'active';
        } else if (saidUnnamed(tokens, k, SPEAKER_REACH)) subject = null;
        // "two men ... told her father that she would end up in hospital": words told by someone
        // this reader cannot name are not the act of the one they are about.
        else if (heard.unnamed && subject.kind === 'pronoun') subject = null;
      }
    }
    // "V rec'd txt from unk no. saying he will kill her": the words are what the subject received.
    if (mode === 'active' && subject !== null && c.rules[m.rule]?.target === 'threats') {
      const got = receivedWords(tokens, m.first, m.last);
      if (got >= 0 && subject.end <= (tokens[got] as Token).s) mode = 'receive';
    }
    const agent = agentNear(tokens, m.first, m.last, c);
    // The direct object: a pronoun right after the verb ("followed her", "sent her messages").
    let object: Pronoun | null = null;
    for (
      let k = m.first + 1;
      !seenDoer && k <= m.first + 2 && k <= m.last + 1 && k < tokens.length;
      k++
    ) {
      const t = tokens[k] as Token;
      // Only right after the verb, or after a particle ("rang her", "picked her up", "called back her").
      if (k === m.first + 2 && !PARTICLES.has((tokens[m.first + 1] as Token).norm)) break;
      const o = OBJECT.get(t.norm);
      if (o !== undefined && (o !== 'she' || herIsObject(tokens, k, c))) {
        object = o;
        break;
      }
    }
    // Whose place the act was at: "turned up at her school" says the victim is "she".
    let placeOwner: Pronoun | null = null;
    for (let k = m.first; k < m.last && placeOwner === null; k++) {
      const t = tokens[k] as Token;
      const next = tokens[k + 1] as Token;
      // Vehicles are left out: "sat in his car" is the suspect's own.
      if (
        (t.norm === 'her' || t.norm === 'his') &&
        c.possessive.places.has(next.stem) &&
        !VEHICLES.has(next.norm)
      )
        placeOwner = t.norm === 'her' ? 'she' : 'he';
    }
    let victimInside = false;
    const objects: Pronoun[] = [];
    for (let k = m.first + 1; k <= m.last && !victimInside; k++) {
      const p = personAt(tokens, k, c, false);
      victimInside = p?.kind === 'person' && p.role === 'victim';
      const t = tokens[k] as Token;
      const o = OBJECT.get(t.norm);
      // "her" is left out: too often the possessive ("went to her home").
      if (o !== undefined && o !== 'she') objects.push(o);
    }
    let coSubject: PersonRef | null = null;
    {
      let k = m.first - 1;
      while (
        k >= 0 &&
        /^(?:has|have|had|is|was|now|also|then|since|been|recently|even|just)$/.test(
          (tokens[k] as Token).norm,
        )
      )
        k--;
      // "He made me feel intimidated", "it has left her feeling unsafe": the feeling is the
      // object's, so the object stands as the subject beside the grammatical one.
      let v = k;
      if (v >= 0 && FEEL_VERBS.has((tokens[v] as Token).norm)) v--;
      const obj = tokens[v];
      const pron = obj ? OBJECT.get(obj.norm) : undefined;
      if (v > 0 && pron !== undefined && CAUSATIVES.has((tokens[v - 1] as Token).norm) && obj)
        coSubject = { kind: 'pronoun', p: pron, start: obj.s, end: obj.e, text: obj.raw };
      else if (k > 0 && (tokens[k] as Token).norm === 'and') {
        for (let j = 0; j < k; j++) {
          const ref = personAt(tokens, j, c, j === 0);
          if (ref !== null && (ref.kind === 'pronoun' || isSubjectPosition(tokens, j, c))) {
            coSubject = ref;
            break;
          }
        }
      }
    }
    let quotes = 0;
    for (let k = 0; k <= m.first; k++) quotes += tokens[k]?.quotes ?? 0;
    return {
      quoted: quotes % 2 === 1,
      quoteSpeaker: quotes % 2 === 1 ? quoteSpeakerOf(tokens, m.first, c, norm, original) : null,
      rule: m.rule,
      start: span.start,
      end: span.end,
      modifier: mod
        ? {
            reason: mod.reason,
            cue: rel(mod.cue.first, mod.cue.last),
            setting: mod.reason === 'other_actor' && c.context[mod.cue.context]?.consented !== true,
          }
        : null,
      mode,
      subject: fixRef(norm, original, subject),
      agent: fixRef(norm, original, agent),
      object,
      victimInside,
      placeOwner,
      objects,
      coSubject: fixRef(norm, original, coSubject),
      // Read only where it is used: contact told by its receiver (see aggregate.ts).
      teller:
        c.rules[m.rule]?.target === 'repeated_contact'
          ? fixRef(norm, original, tellerOf(tokens, m.first, c))
          : null,
    };
  });

  // Narrative-level votes and names.
  const votes = { she: 0, he: 0, firstPerson: 0, policeI: 0, suspectShe: 0, suspectHe: 0 };
  const names: SentenceResult['names'] = [];
  // "Husband suspected his wife": after a relation named on its own, "his" is that person's,
  // and what he owns says nothing of who the victim is.
  let bareRelation = false;
  // Each token's person role, looked up once for the loops below.
  const roles = tokens.map((t) => c.persons.get(t.stem));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (
      roles[k] === 'relation' &&
      !RELATION_OWNERS.has(tokens[k - 1]?.norm ?? '') &&
      tokens[k - 1]?.norm !== "'s"
    )
      bareRelation = true;
    if ((t.norm === 'her' || t.norm === 'his' || t.norm === 'my') && next && !bareRelation) {
      const role = roles[k + 1];
      const after = tokens[k + 2];
      const isRel = role === 'relation' || (next.norm === 'ex' && after !== undefined);
      if (isRel && next.norm !== 'new' && after?.norm !== 'new') {
        if (t.norm === 'her') votes.she++;
        else if (t.norm === 'his') votes.he++;
        else votes.firstPerson++;
      }
    }
    if (t.norm === 'me' || t.norm === 'my' || t.norm === 'myself') votes.firstPerson++;
    if (t.norm === 'i' && next) {
      let j = k + 1;
      while (
        j < tokens.length &&
        j <= k + 3 &&
        /^(have|had|then|also|was|am|did|subsequently|duly|immediately|later|again|personally|been)$/.test(
          (tokens[j] as Token).norm,
        )
      )
        j++;
      const v = tokens[j];
      if (v && (c.policeVerbs.has(v.stem) || isRank(v, c)) && officerWording(tokens, k + 1, j, c))
        votes.policeI++;
    }
    const role = roles[k];
    if (role === 'suspect') {
      const sex = sexBeside(tokens, k, c);
      if (sex === 'she') votes.suspectShe++;
      else if (sex === 'he') votes.suspectHe++;
    }
    if (role === 'victim') {
      const sex = sexBeside(tokens, k, c);
      if (sex === 'she') votes.she += 3;
      else if (sex === 'he') votes.he += 3;
      // "IP states she ...", "IP has cut contact with her son": the victim's pronoun.
      for (let j = k + 1; j <= k + 6 && j < tokens.length; j++) {
        const w = (tokens[j] as Token).norm;
        // "messaged the victim saying he would ...": what follows is the sender's words.
        if (SAYING.has(w)) break;
        // "When IP told her to stop": a "her" the victim acted on is someone else, as "him" is.
        if (w === 'her' && herIsObject(tokens, j, c)) break;
        // A possessive ("IP and her children") is clearer than a subject ("IP states he ...").
        if (w === 'she' || w === 'her' || w === 'herself') {
          votes.she += w === 'she' ? 1 : 2;
          break;
        }
        if (w === 'he' || w === 'his' || w === 'himself') {
          votes.he += w === 'he' ? 1 : 2;
          break;
        }
        // "After V blocked him he posted ...": a "him" the victim acted on is someone else, and
        // so is the "he" after it.
        if (w === 'him' || w === 'them') break;
        if (SUBJECT.has(w) || c.persons.has((tokens[j] as Token).stem)) break;
        // "Caller states since the split he has come round": a new clause, whose subject is
        // anyone's.
        if (w !== 'that' && c.clauseOpeners.has(w)) break;
      }
    }
    // "suspect Darren SMITH", "her ex-partner, John", "the victim Sarah JONES"
    if (
      (role === 'suspect' || role === 'victim' || role === 'relation' || role === 'police') &&
      next
    ) {
      for (let j = k + 1; j <= k + 2 && j < tokens.length; j++) {
        const ref = personAt(tokens, j, c, false);
        if (ref?.kind === 'name') {
          names.push({ name: ref.name, role: role === 'relation' ? 'suspect' : role });
          const sur = tokens[j + 1];
          if (sur && sur.cap && !c.notNames.has(sur.norm))
            names.push({ name: sur.norm, role: role === 'relation' ? 'suspect' : role });
          break;
        }
        if (
          !c.skipBeforeNoun.has((tokens[j] as Token).norm) &&
          (tokens[j] as Token).norm !== 'is' &&
          (tokens[j] as Token).norm !== 'named'
        )
          break;
      }
    }
  }
  const owned: SentenceResult['owned'] = [];
  for (let k = 0; k < tokens.length; k++) {
    const role = roles[k];
    if (role !== 'kin' && role !== 'third_party' && role !== 'relation') continue;
    const owner = ownerOf(tokens, k, c);
    if (owner !== null && owner.kind !== 'pronoun')
      owned.push({ word: (tokens[k] as Token).stem, owner });
  }
  const relationships: number[] = [];
  matches.forEach((m, i) => {
    const rule = c.rules[m.rule];
    if (rule?.kind === 'relationship' && m.modifier?.reason !== 'negated') relationships.push(i);
    // The object of the suspect's act is the victim: "followed her" says the victim is "she".
    if (
      rule?.kind === 'behaviour' &&
      (rule.actor ?? 'suspect') === 'suspect' &&
      !rule.nominal &&
      !m.modifier &&
      m.mode === 'active'
    ) {
      if (m.object === 'she') votes.she++;
      else if (m.object === 'he') votes.he++;
      // "stood at his window watching her": his own place says nothing about the victim.
      const own = m.subject?.kind === 'pronoun' ? m.subject.p : null;
      if (m.placeOwner === 'she' && own !== 'she') votes.she++;
      else if (m.placeOwner === 'he' && own !== 'he') votes.he++;
    }
  });
  return {
    length: end - start,
    matches,
    facts,
    votes,
    names,
    conduct: reads(c.temporal, 'conduct', lower, passed),
    relationships,
    owned,
    isolated: reads(c.temporal, 'isolated', lower, passed),
    narrator: reads(c.temporal, 'narrator', lower, passed),
    reporter: reads(c.temporal, 'reporter', lower, passed),
    furtherAct: reads(c.temporal, 'furtherAct', lower, passed),
  };
}

/**
 * The sex given beside the victim or suspect word at k: before it ("female caller", "the male
 * victim") or right after it, past "=", a dash or a bracket ("IP F 29yrs", "V = F", "SUS (M,
 * 40s)"). A single letter counts only after the word, where shorthand puts it.
 */
function sexBeside(tokens: readonly Token[], k: number, c: CompiledPack): Pronoun | null {
  const before = tokens[k - 1];
  // "SUS male; VIC female": a word before punctuation is said of someone else.
  if (before !== undefined && before.norm.length > 1 && (tokens[k] as Token).punct === '') {
    const p = sexWord(before.norm, c);
    if (p !== null) return p;
  }
  for (let j = k + 1; j <= k + 7 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.punct === '=' || t.punct === '-' || t.punct === '(' || t.punct === ':') continue;
    // "IP elderly F", "SUS 34 M", "VIC is a 45 year old male": an age said first.
    if (AGE_WORDS.test(t.norm)) continue;
    return sexWord(t.norm, c);
  }
  return null;
}

/**
 * The sex a word gives ("female", "M", "Mrs"; `words.sexWords`): the plainest evidence of which
 * pronoun is the victim's, or the suspect's.
 */
function sexWord(w: string, c: CompiledPack): Pronoun | null {
  return c.sexWords.she.has(w) ? 'she' : c.sexWords.he.has(w) ? 'he' : null;
}

/**
 * Words that may stand between a person and their sex: an age ("IP 34 F", "IP elderly F") and
 * the words that introduce one ("VIC is a 45 year old male").
 */
const AGE_WORDS =
  /^(?:\d{1,3}(?:yrs?|yo|y)?|elderly|young|old|older|aged|yrs?|yo|years?|is|was|a|an)$/;

/** Where a thing written went ("letters written to her", "notes sent via her mum"). */
const SENT_TO = new Set(['to', 'via', 'through', 'thru', 'by', 'for']);

/**
 * Possessive pronouns that say whose a relation is ("her ex", "his wife"); unlike the pack's
 * `@POSS`, not "the" or "a": "the husband" is named on his own.
 */
const RELATION_OWNERS = new Set(['her', 'his', 'my', 'their', 'your', 'our']);

const REFLEXIVE: Readonly<Record<string, string>> = {
  she: 'herself',
  i: 'myself',
  you: 'yourself',
};

/** Whether tokens `first..last` hold the reflexive of pronoun `p` ("herself" for "she"). */
function reflexiveOf(tokens: readonly Token[], first: number, last: number, p: Pronoun): boolean {
  const word = REFLEXIVE[p];
  if (word === undefined) return false;
  for (let k = first; k <= last; k++) if ((tokens[k] as Token).norm === word) return true;
  return false;
}

/**
 * Whether the match at `first..last` names a thing (not an act) right after a verb of reporting,
 * with at most two words (a determiner, describing words) between: "V REPORTS SPYWARE ON PHONE",
 * "RP SAYS EMAIL PASSWORD CHANGED", "she reports a hidden camera in her bedroom".
 */
function reportedThing(
  tokens: readonly Token[],
  first: number,
  last: number,
  c: CompiledPack,
): boolean {
  const t = tokens[first] as Token;
  if (t.punct !== '' || t.norm.endsWith('ing')) return false;
  // "SAYS CANT SLEEP", "says he has": what was said of someone, not a thing.
  if (
    c.verbish.has(t.stem) ||
    NOT_SUBJECT.has(t.norm) ||
    AUX_AFTER_SUBJECT.has(t.norm) ||
    t.norm === 'not' ||
    t.norm === 'never'
  )
    return false;
  // "hidden camera": a participle describing the thing after it, not an act done to someone.
  if (isParticiple(t, c)) {
    const next = tokens[first + 1];
    if (
      last === first ||
      next === undefined ||
      OBJECT.has(next.norm) ||
      c.prepositions.has(next.norm)
    )
      return false;
  }
  for (let j = first - 1, steps = 0; j >= 0 && steps < 3; j--, steps++) {
    if ((tokens[j + 1] as Token).punct !== '') return false;
    const w = tokens[j] as Token;
    if (REPORTING.has(w.stem)) return true;
    if (
      SUBJECT.has(w.norm) ||
      OBJECT.has(w.norm) ||
      c.persons.has(w.stem) ||
      w.norm.endsWith('ing') ||
      w.norm.endsWith('ed')
    )
      return false;
  }
  return false;
}

/**
 * "recd msgs from new acc", "received a request from a fake profile": a match that opens with
 * "from" after a verb of receiving in the same clause names where something came from; the
 * clause's subject is who received it.
 */
function receivedFrom(tokens: readonly Token[], first: number): boolean {
  if ((tokens[first] as Token).norm !== 'from') return false;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    if ((tokens[k + 1] as Token).punct !== '') return false;
    if (RECEIVE.has((tokens[k] as Token).stem)) return true;
  }
  return false;
}

/**
 * "V rec'd txt from unk no. saying he will kill her", "she received a letter which said ...": the
 * words of something received (after "saying" or a colon, within the match or just before it)
 * are its sender's, not those of the one who received it. Answers where the verb of receiving
 * stands, earlier in the same clause, or -1.
 */
function receivedWords(tokens: readonly Token[], first: number, last: number): number {
  let words = -1;
  for (let k = Math.max(0, first - 2); k <= last; k++) {
    const t = tokens[k] as Token;
    if (SAYING.has(t.norm) || t.stem === 'read' || t.punct === ':') {
      words = k;
      break;
    }
  }
  if (words < 0) return -1;
  for (let k = words - 1; k >= 0 && k >= words - 10; k--) {
    const t = tokens[k] as Token;
    if (t.punct === ';' || t.punct === '.') return -1;
    if (RECEIVE.has(t.stem)) return k;
  }
  return -1;
}

/**
 * The one who told or reported the clause the match at `first` is in: the subject of a verb of
 * telling or reporting a few words before it, with a subject of the reported clause between
 * ("Orla then told me he had been messaging her", "Mum states SUS also rang her").
 */
function tellerOf(tokens: readonly Token[], first: number, c: CompiledPack): PersonRef | null {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    const t = tokens[k] as Token;
    if ((tokens[k + 1] as Token).punct !== '' && k < first - 1) return null;
    if (!TELLING.has(t.stem) && !REPORTING.has(t.stem)) continue;
    let reported = false;
    for (let j = k + 1; j < first && !reported; j++) {
      const ref = personAt(tokens, j, c, false);
      reported = ref !== null && (ref.kind !== 'pronoun' || SUBJECT.has((tokens[j] as Token).norm));
    }
    return reported ? subjectBefore(tokens, k, c) : null;
  }
  return null;
}
