/**
 * Person resolution inside one sentence: who a token or a span refers to (a pronoun, a person
 * word from the pack, or a name), whose person it is, whether it stands in subject position, the
 * subject of the clause before a match, the agent after it ("by X", "from X"), and whether a verb
 * group is passive. Used by sentence.ts; the narrative-level reading is left to aggregate.ts.
 */
import type { CompiledPack } from './compile';
import type { Token } from './segment';
import type { Owner, PersonRef } from './sentence';
import {
  ACTIVE_PARTICIPLES,
  AUX_AFTER_SUBJECT,
  BESIDE_VERBS,
  LOCATIVE,
  NOT_SUBJECT,
  BYSTANDERS,
  ORIGIN_BEFORE,
  STRANDED,
  OBJECT,
  RESULT_STATES,
  REPORTING,
  TELLING,
  SUBJECT,
  VEHICLES,
  SAYING,
  SENDING,
  WRITTEN_THINGS,
} from './sentence-words';
import { isIrregularForm } from './stem';

/** Possessive pronouns and the person each names. */
const OWNERS = new Map<string, 'he' | 'she' | 'they' | 'i'>([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['my', 'i'],
]);

/** Verbs of thinking and telling, besides reporting, whose clause opens with its own subject. */
const THOUGHT =
  /^(explain|disclos|believ|think|know|feel|fear|worri|add|mention|realis|realiz|learn)/;

export function herIsObject(tokens: readonly Token[], k: number, c: CompiledPack): boolean {
  const next = tokens[k + 1];
  return (
    next === undefined ||
    next.punct !== '' ||
    c.afterObjectHer.has(next.norm) ||
    /^\d/.test(next.norm)
  );
}

function isVerbish(t: Token, c: CompiledPack): boolean {
  if (c.verbish.has(t.stem)) return true;
  if (t.norm.length > 4 && t.norm.endsWith('ed')) return true;
  return c.participles.has(t.norm);
}

/** "was followed", "have been contacted by": a passive verb group inside the match itself. */
export function passiveInside(
  tokens: readonly Token[],
  first: number,
  last: number,
  c: CompiledPack,
): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.stem !== 'be' && t.stem !== 'get') continue;
    let j = k + 1;
    while (
      j <= last &&
      (c.adverbs.has((tokens[j] as Token).norm) || (tokens[j] as Token).stem === 'be')
    )
      j++;
    const v = tokens[j];
    if (
      j <= last &&
      v !== undefined &&
      ((isParticiple(v, c) && !ACTIVE_PARTICIPLES.has(v.stem)) || RESULT_STATES.has(v.norm))
    )
      return true;
  }
  return false;
}

/** A verb of saying or thinking, after which "that" opens what was said or thought. */
function saysThat(t: Token | undefined): boolean {
  return t !== undefined && (REPORTING.has(t.stem) || THOUGHT.test(t.stem));
}

/**
 * Whether the "that" at `k` opens what was said, thought or told: "reports that", "was told
 * that", "told me that", "told her mum that".
 */
function toldThat(tokens: readonly Token[], k: number, c: CompiledPack): boolean {
  const verb = tokens[k - 1];
  // "I saw that he had uploaded them", "she realised that he was there": what was seen or
  // realised is a clause with its own subject, as what was said is.
  if (saysThat(verb) || TELLING.has(verb?.stem ?? '') || c.perception.has(verb?.stem ?? ''))
    return true;
  // The one told stands between: a pronoun, or a short noun group ("her mum").
  for (let j = k - 2; j >= Math.max(0, k - 3); j--) {
    if ((tokens[j + 1] as Token).punct !== '') return false;
    if (TELLING.has((tokens[j] as Token).stem)) return true;
  }
  return false;
}

export function isParticiple(t: Token, c: CompiledPack): boolean {
  return (t.norm.length > 3 && t.norm.endsWith('ed')) || c.participles.has(t.norm);
}

/** "same driver", "the same male courier": a worker seen again, not a passer-by. */
function sameAgain(tokens: readonly Token[], k: number, c: CompiledPack): boolean {
  const prev = tokens[k - 1];
  if (prev?.norm === 'same') return true;
  return (
    prev !== undefined && c.persons.get(prev.stem) === 'suspect' && tokens[k - 2]?.norm === 'same'
  );
}

/**
 * "the taxi driver who drove her home", "a builder who worked on her house": a worker described
 * by what he did with the victim is someone with a history with her, not a passer-by.
 */
function knewHer(tokens: readonly Token[], k: number, c: CompiledPack): boolean {
  const rel = tokens[k + 1];
  if (rel === undefined || rel.norm !== 'who' || rel.punct !== '') return false;
  // A witness, a guard or a paramedic who helped her is there because of the incident.
  if (BYSTANDERS.has((tokens[k] as Token).stem)) return false;
  for (let j = k + 2; j <= k + 5 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.punct !== '') return false;
    if (t.norm === 'her' || t.norm === 'him' || t.norm === 'me') return j > k + 2;
    if (c.persons.get(t.stem) === 'victim') return j > k + 2;
  }
  return false;
}

/** A person reference at token k (and its span), or null. */
export function personAt(
  tokens: readonly Token[],
  k: number,
  c: CompiledPack,
  sentenceStartToken: boolean,
): PersonRef | null {
  // Who-did-it asks about the same positions of a sentence many times (once per match and per
  // step back): answers are kept for the token list last asked about. Token lists are never
  // changed once made, and answers are never changed by callers.
  if (k < 0 || k >= tokens.length) return null;
  if (tokens !== memoTokens || c !== memoPack) {
    memoTokens = tokens;
    memoPack = c;
    memo.length = 0;
  }
  const key = k * 2 + (sentenceStartToken ? 1 : 0);
  let known = memo[key];
  if (known === undefined) {
    known = personAtUncached(tokens, k, c, sentenceStartToken);
    memo[key] = known;
  }
  return known;
}

let memoTokens: readonly Token[] | null = null;
let memoPack: CompiledPack | null = null;
const memo: (PersonRef | null | undefined)[] = [];

function personAtUncached(
  tokens: readonly Token[],
  k: number,
  c: CompiledPack,
  sentenceStartToken: boolean,
): PersonRef | null {
  const t = tokens[k];
  if (t === undefined) return null;
  const pr = SUBJECT.get(t.norm);
  if (pr !== undefined) return { kind: 'pronoun', p: pr, start: t.s, end: t.e, text: t.raw };
  // "both of them keep staring at her", "all of them": a subject said with "them".
  if (
    t.norm === 'them' &&
    tokens[k - 1]?.norm === 'of' &&
    GROUP_WORDS.has(tokens[k - 2]?.norm ?? '')
  )
    return { kind: 'pronoun', p: 'they', start: t.s, end: t.e, text: t.raw };
  let role = c.persons.get(t.stem);
  // "friend requests", "friend req": the person word names the kind of request.
  if (role !== undefined && REQUEST.test(tokens[k + 1]?.norm ?? '') && tokens[k + 1]?.punct === '')
    return null;
  if (role !== undefined) {
    const prev = tokens[k - 1]?.norm ?? null;
    // "the chief finance officer", "her probation officer": an officer of another service.
    if (role === 'police' && t.stem.startsWith('officer') && c.civilOfficers.has(prev ?? ''))
      role = 'third_party';
    // "SAW SAME MALE DRIVER CRAWLING PAST": the same driver again is the one the report is about.
    if (role === 'third_party' && (sameAgain(tokens, k, c) || knewHer(tokens, k, c)))
      role = 'suspect';
    const modifier =
      prev === 'ex' ||
      prev === 'former' ||
      prev === 'previous' ||
      prev === 'new' ||
      prev === 'current' ||
      prev === 'estranged'
        ? prev
        : null;
    return {
      kind: 'person',
      role,
      word: t.stem,
      modifier,
      owner: ownerOf(tokens, k, c),
      start: t.s,
      end: t.e,
      text: t.raw,
    };
  }
  // "PC 2231 attended", "DC 4417 BRENNAN visited": a collar number after a rank is the officer.
  if (collarAt(tokens, k, c)) {
    const rank = tokens[k - 1] as Token;
    return {
      kind: 'person',
      role: 'police',
      word: rank.stem,
      modifier: null,
      owner: null,
      start: rank.s,
      end: t.e,
      text: `${rank.raw} ${t.raw}`,
    };
  }
  if (/^w\d{1,2}$/.test(t.norm))
    return {
      kind: 'person',
      role: 'third_party',
      word: 'witness',
      modifier: null,
      owner: null,
      start: t.s,
      end: t.e,
      text: t.raw,
    };
  // ALL-CAPS words are acronyms (ATM, CCTV) unless they follow a first name ("Daniel HARPER").
  const acronym =
    t.raw.length > 1 &&
    t.raw === t.raw.toUpperCase() &&
    !(tokens[k - 1]?.cap === true && tokens[k - 1]?.raw !== tokens[k - 1]?.raw.toUpperCase());
  if (
    t.cap &&
    !acronym &&
    t.norm.length > 1 &&
    /^[a-z][a-z'-]*$/.test(t.norm) &&
    !c.notNames.has(t.norm)
  ) {
    // A sentence-initial capital is a name only when a verb-like word follows.
    if (
      !sentenceStartToken ||
      (tokens[k + 1] !== undefined &&
        (isVerbish(tokens[k + 1] as Token, c) ||
          tokens[k + 1]?.cap === true ||
          /^(has|had|is|was|kept|keeps|then|also|again|would|will|continued|continues|sent|came|turned|left|went)$/.test(
            tokens[k + 1]?.norm ?? '',
          )))
    ) {
      // "Uncle Samir Haddad": a family shares a surname, so the first name says who it is.
      const first = tokens[k - 1];
      if (
        first !== undefined &&
        first.cap &&
        t.punct === '' &&
        first.raw !== first.raw.toUpperCase() &&
        /^[a-z][a-z'-]*$/.test(first.norm) &&
        !c.notNames.has(first.norm) &&
        !c.persons.has(first.stem)
      )
        return {
          kind: 'name',
          name: first.norm,
          start: first.s,
          end: t.e,
          text: `${first.raw} ${t.raw}`,
        };
      return { kind: 'name', name: t.norm, start: t.s, end: t.e, text: t.raw };
    }
  }
  return null;
}

/**
 * The owner of the person word at k: "SUS's mother & sister" → suspect, "his friend" → he,
 * "Gareth's sister" → gareth. Looks back over a short list of people joined by "and"/"&".
 */
export function ownerOf(tokens: readonly Token[], k: number, c: CompiledPack): Owner {
  let j = k - 1;
  for (let steps = 0; j >= 0 && steps < 6; steps++) {
    const t = tokens[j] as Token;
    if (t.norm === "'s") {
      const o = tokens[j - 1];
      if (o === undefined) return null;
      const role = c.persons.get(o.stem);
      if (role !== undefined) return { kind: 'role', role };
      if (o.cap) return { kind: 'name', name: o.norm };
      return null;
    }
    const p = OWNERS.get(t.norm);
    if (p !== undefined) return { kind: 'pronoun', p };
    // "HER EX PARTNERS MUM", "SUSPECTS BROTHER": logs leave out the apostrophe of a person
    // word that owns the person right after it.
    const role = c.persons.get(t.stem);
    if (
      j === k - 1 &&
      role !== undefined &&
      t.norm.endsWith('s') &&
      t.norm !== t.stem &&
      t.punct === '' &&
      (tokens[k] as Token).punct === ''
    )
      return { kind: 'role', role };
    if (t.norm === 'and' || c.skipBeforeNoun.has(t.norm) || role !== undefined) {
      j--;
      continue;
    }
    break;
  }
  return null;
}

/** Index of the first token of the noun group ending at k (skipping "the", "her", "ex-" ...). */
function groupStart(tokens: readonly Token[], k: number, c: CompiledPack): number {
  let j = k;
  while (j > 0) {
    const prev = tokens[j - 1] as Token;
    if (tokens[j]?.punct) break;
    if (c.skipBeforeNoun.has(prev.norm)) j--;
    // "Darren SMITH"; but in an upper-case log a verb ends the group ("SAW THE MALE").
    else if (
      prev.cap &&
      tokens[j]?.cap &&
      !c.notNames.has(prev.norm) &&
      !isVerbish(prev, c) &&
      !isIrregularForm(prev.norm) &&
      // "RP STATES SUSP ...", "IP SAW SUSP ...": a verb of saying or seeing is not a name.
      !REPORTING.has(prev.stem) &&
      !c.perception.has(prev.stem) &&
      !TELLING.has(prev.stem)
    )
      j--;
    else if (tokens[j]?.norm === "'s") j--;
    // "PC 2231", "PC Jones": a rank before a collar number or a name is part of the group.
    else if (collarAt(tokens, j, c) || (tokens[j]?.cap === true && isRank(prev, c))) j--;
    else break;
  }
  return j;
}

/** "PC 2231": token `k` is a collar number written right after a rank. */
function collarAt(tokens: readonly Token[], k: number, c: CompiledPack): boolean {
  const rank = tokens[k - 1];
  const t = tokens[k];
  return rank !== undefined && t?.punct === '' && /^\d{2,6}$/.test(t.norm) && isRank(rank, c);
}

/** A police rank as written ("PC", "DS", "PCSO"): shorthand reads "PC" as "officer". */
export function isRank(t: Token, c: CompiledPack): boolean {
  return c.policeTitles.has(t.raw.toLowerCase());
}

/** Is the token after the noun group at k something a subject can be followed by? */
function followedLikeSubject(tokens: readonly Token[], k: number, c: CompiledPack): boolean {
  let j = k + 1;
  // "Darren SMITH", "the man in the car": skip a surname or a short name run, but not a verb
  // (in upper-case logs every word is capitalised: "MALE FOLLOWED HER").
  const verbLike = (t: Token): boolean =>
    c.afterSubject.has(t.norm) || isVerbish(t, c) || isIrregularForm(t.norm);
  while (
    tokens[j]?.cap === true &&
    tokens[j]?.punct === '' &&
    j < k + 3 &&
    !verbLike(tokens[j] as Token) &&
    !PLACE_BEFORE_VERB.has((tokens[j] as Token).norm)
  )
    j++;
  // "IP v distressed": a degree word may stand before what the subject is or does.
  while (c.intensifiers.has(tokens[j]?.norm ?? '') && tokens[j + 1]?.punct === '') j++;
  const t = tokens[j];
  if (t === undefined) return true;
  // "sent V sister 'tell her ...'": the one a quotation is sent or said to, right before it.
  if (t.punct === '"' && opensQuote(tokens, j) && sentTo(tokens, k, c)) return false;
  if (t.punct !== '') return true;
  if (verbLike(t)) return true;
  // "a man she met", "the male who", "the woman that": a relative clause follows the subject.
  if (SUBJECT.has(t.norm) || t.norm === 'whom' || t.norm === 'that' || t.norm === 'which')
    return true;
  if (PLACE_BEFORE_VERB.has(t.norm) && t.punct === '') return verbAfterPlace(tokens, j + 1, c);
  // "OIC to contact IP tomorrow", "Officer to attend her address": a record's plan names the
  // officer who is to act first in its clause. (Not anyone else: "friend to pass on msg from SUS"
  // tells what was done through the friend.)
  const planned = tokens[j + 1];
  if (
    t.norm === 'to' &&
    j === k + 1 &&
    planned?.punct === '' &&
    !c.skipBeforeNoun.has(planned.norm) &&
    !OBJECT.has(planned.norm) &&
    !c.persons.has(planned.stem)
  ) {
    const g = groupStart(tokens, k, c);
    if (
      (g === 0 || (tokens[g] as Token).punct !== '') &&
      c.persons.get((tokens[g] as Token).stem) === 'police'
    )
      return true;
  }
  return (
    (t.norm.endsWith('s') && t.stem !== t.norm && !t.norm.endsWith("'s")) ||
    t.norm.endsWith('ing') ||
    t.norm.endsWith('ed')
  );
}

/** Words that say where someone is or is from, between a subject and its verb. */
const PLACE_BEFORE_VERB = new Set([...LOCATIVE, 'at', 'from', 'in', 'on', 'across']);

/**
 * "the male from no 31 is stood in her garden", "EX AT HER WINDOW LOOKING IN", "male @ no 12
 * stands in his bedroom": a short place phrase may stand between a subject and its verb. True
 * when one of the next few words, with no punctuation and no clause opener first, is a verb, an
 * auxiliary or an -ing act.
 */
function verbAfterPlace(tokens: readonly Token[], from: number, c: CompiledPack): boolean {
  for (let j = from; j < from + 6; j++) {
    const t = tokens[j];
    if (t === undefined || t.punct !== '') return false;
    if (SUBJECT.has(t.norm) || CLAUSE_WORDS.has(t.norm) || c.subordinators.has(t.norm))
      return false;
    if (AUX_AFTER_SUBJECT.has(t.norm) || t.norm.endsWith('ing')) return true;
    if (isVerbish(t, c) || isIrregularForm(t.norm)) return true;
    // "from no 12 stands": after a house number, a present-tense verb (but "at the shops",
    // "at Alton Towers" name places).
    if (
      t.norm.endsWith('s') &&
      t.stem !== t.norm &&
      !t.norm.endsWith("'s") &&
      j > from &&
      /^\d/.test((tokens[j - 1] as Token).norm)
    )
      return true;
  }
  return false;
}

/** Whether token `j` is the first inside a quotation (an odd count of quote marks so far). */
function opensQuote(tokens: readonly Token[], j: number): boolean {
  let n = 0;
  for (let k = 0; k <= j; k++) n += (tokens[k] as Token).quotes;
  return n % 2 === 1;
}

/** Whether a verb of sending, telling or saying stands within three words before `k`. */
function sentTo(tokens: readonly Token[], k: number, c: CompiledPack): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j] as Token;
    if (SENDING.has(t.stem) || TELLING.has(t.stem) || SPEECH.has(t.stem)) return true;
    if (t.punct !== '' || SUBJECT.has(t.norm) || c.clauseOpeners.has(t.norm)) return false;
  }
  return false;
}

/** Is the person at k the subject of its clause (not an object after a verb or preposition)? */
export function isSubjectPosition(tokens: readonly Token[], k: number, c: CompiledPack): boolean {
  // "the victim's workplace": a possessor is never the subject of what follows.
  if (tokens[k + 1]?.norm === "'s") return false;
  // "on every occasion IP there": a subject is followed by its verb.
  if (!followedLikeSubject(tokens, k, c)) return false;
  const g = groupStart(tokens, k, c);
  if (g === 0) return true;
  const first = tokens[g] as Token;
  if (first.punct !== '') return true;
  const prev = tokens[g - 1] as Token;
  // "sent IP and sister msgs": a person joined by "and" to another shares that one's position.
  if ((prev.norm === 'and' || prev.norm === '&') && g >= 2 && first.punct === '') {
    const before = personAt(tokens, g - 2, c, false);
    if (before !== null && before.kind !== 'pronoun') return isSubjectPosition(tokens, g - 2, c);
  }
  if (c.clauseOpeners.has(prev.norm)) return true;
  // "her son told her SUS had followed her", "told her that the male was outside": the one told
  // is read into the noun group, but what was told opens with a subject of its own.
  const next = tokens[k + 1];
  if (
    TELLING.has(prev.stem) &&
    g < k &&
    OBJECT.has(first.norm) &&
    next?.punct === '' &&
    (AUX_AFTER_SUBJECT.has(next.norm) || isVerbish(next, c))
  )
    return true;
  if (c.prepositions.has(prev.norm)) return false;
  if (isVerbish(prev, c)) {
    // "said", "stated", "reports" open reported speech: what follows is a subject.
    return REPORTING.has(prev.stem) || THOUGHT.test(prev.stem);
  }
  return true;
}

const RELATIVES = new Set(['who', 'whose', 'whom', 'which']);

/** Words that open a clause of their own, so a verb after them is not the person's. */
const CLAUSE_WORDS = new Set([...RELATIVES, 'and', 'that', 'but', 'or']);

/**
 * Relative clauses closed before token `ms` (", whose hair she cut, has started"): for each token
 * inside one, the index of the clause's first token. Sparse; most sentences have none.
 */
function relativeClauseStart(tokens: readonly Token[], ms: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < ms; i++) {
    const t = tokens[i] as Token;
    if (t.punct !== ',' || !RELATIVES.has(t.norm)) continue;
    let j = i + 1;
    while (j < ms && (tokens[j] as Token).punct !== ',') j++;
    if (j >= ms) break;
    for (let k = i; k < j; k++) out[k] = i;
    i = j - 1;
  }
  return out;
}

/** Whether token `j`, just before the act at `ms` or an auxiliary, is a subject of its own. */
function subjectWord(tokens: readonly Token[], j: number, ms: number, c: CompiledPack): boolean {
  const t = tokens[j] as Token;
  if (!/^[a-z]{2,}$/.test(t.norm) || t.norm.endsWith('ing') || isVerbish(t, c)) return false;
  if (c.notNames.has(t.norm) || c.adverbs.has(t.norm) || NOT_SUBJECT.has(t.norm)) return false;
  if (AUX_AFTER_SUBJECT.has(t.norm)) return false;
  // "VIW VERY DISTRESSED": degree words may stand between the subject and the act.
  let a = j + 1;
  while (
    a < ms &&
    c.intensifiers.has((tokens[a] as Token).norm) &&
    (tokens[a] as Token).punct === ''
  )
    a++;
  const next = tokens[a]?.norm ?? '';
  return a === ms || AUX_AFTER_SUBJECT.has(next) || LOCATIVE.has(next);
}

/**
 * Whether tokens `from` to `ms - 1` (a reported clause, no quotation in it) hold a subject of
 * their own: a word right before an auxiliary or right before the act.
 */
function ownSubject(tokens: readonly Token[], from: number, ms: number, c: CompiledPack): boolean {
  for (let j = from; j < ms; j++) if ((tokens[j] as Token).punct === '"') return false;
  for (let j = from; j < ms; j++) {
    if ((tokens[j] as Token).punct !== '' && j > from) return false;
    if (subjectWord(tokens, j, ms, c)) return true;
    // "police told me it was a device for spying on me": a thing can be what was reported on.
    if (
      REPORTED_SUBJECTS.has((tokens[j] as Token).norm) &&
      AUX_AFTER_SUBJECT.has(tokens[j + 1]?.norm ?? '') &&
      (tokens[j + 1] as Token).punct === ''
    )
      return true;
  }
  return false;
}

/** Verbs that pass words on to someone: the words that follow are the speaker's. */
const SPEECH = new Set(['warn', 'text', 'messag', 'shout', 'scream', 'yell', 'writ', 'ring']);

/**
 * The one who said the words in which the pronoun at `k` ("she", "I", "you") is the subject:
 * "he told her she would get her legs broken", "texted her saying she's got it coming", "he said
 * I should watch my back". Null when no verb of saying or telling stands right before it (an
 * object pronoun and "that" may come between) or when the speaker is the same pronoun. With a
 * wider `reach`, the nearest such verb up to that many words back ("said Craig wanted me to know
 * he's not finished with me and I should watch my back"): the same verb, and so the same
 * speaker, wherever the narrow reading finds one. With `person`, the words at `k` open with
 * someone named by a role instead ("said her boss would be getting copies").
 */
export function speakerOf(
  tokens: readonly Token[],
  k: number,
  c: CompiledPack,
  reach = 3,
  person = false,
  heard?: { unnamed: boolean },
): PersonRef | null {
  const said = SUBJECT.get((tokens[k] as Token).norm);
  if (!person && said !== 'she' && said !== 'i' && said !== 'you') return null;
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    const t = tokens[j] as Token;
    // A semicolon parts the words from any speaker before it; so does a quote mark right
    // before them, whose speaker is read with the quotation.
    const mark = (tokens[j + 1] as Token).punct;
    if (mark === ';' || (mark === '"' && j >= k - 3)) return null;
    if (t.norm === 'that' || OBJECT.has(t.norm)) continue;
    if (
      !REPORTING.has(t.stem) &&
      !TELLING.has(t.stem) &&
      !SAYING.has(t.norm) &&
      !SPEECH.has(t.stem)
    ) {
      // Further back, the words may run on ("said Craig wanted me to know ... and I should").
      if (reach > 3) continue;
      return null;
    }
    const speaker = subjectBefore(tokens, j, c);
    // Words were said, by someone this reader cannot name.
    if (speaker === null && heard !== undefined) heard.unnamed = true;
    // "IP says she set out to make his life hell": the one reporting is telling what another did.
    if (
      speaker === null ||
      (speaker.kind === 'pronoun' && speaker.p === said) ||
      (speaker.kind === 'person' && speaker.role === 'victim')
    )
      return null;
    return speaker;
  }
  return null;
}

/**
 * Whether the words at `k` follow, within `reach` words, a verb of saying that opens the sentence
 * with no subject of its own: a log's "Said he'd make sure she never walked again", "Told her
 * she'd regret it". The speaker is then the one the record is about, not the one named in the
 * words.
 */
export function saidUnnamed(tokens: readonly Token[], k: number, reach: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - reach; j--) {
    const t = tokens[j] as Token;
    if ((tokens[j + 1] as Token).punct === ';') return false;
    if (j > 0) continue;
    return REPORTING.has(t.stem) || TELLING.has(t.stem) || SAYING.has(t.norm) || SPEECH.has(t.stem);
  }
  return false;
}

const CONDITIONS = new Set(['if', 'unless']);
const MODALS = new Set(['would', 'will', 'could', 'might', 'shall', 'should']);

/**
 * Whether the pronoun at `k` is followed by a modal and an "if" or "unless" comes earlier in the
 * sentence: the pronoun opens the main clause after a condition.
 */
function afterCondition(tokens: readonly Token[], k: number): boolean {
  if (!MODALS.has(tokens[k + 1]?.norm ?? '')) return false;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (CONDITIONS.has(t.norm)) return true;
    if (t.punct === ';' || t.punct === ':') return false;
  }
  return false;
}

/** Where someone lives: after "from X's", where a journey began, not who sent something. */
const HOMES = new Set(['house', 'home', 'addr', 'address', 'flat', 'place', 'street', 'road']);

/**
 * Words that stand for a thing or an unnamed person as a reported clause's subject ("told me it
 * was", "told me someone had made an account").
 */
const REPORTED_SUBJECTS = new Set(['it', 'this', 'there', 'someone', 'somebody']);

/** "request", "requests", "req", "reqs". */
const REQUEST = /^req(?:uest)?s?$/;

/** No punctuation before any token from `from` to `to`, inclusive. */
function unbroken(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if ((tokens[k] as Token | undefined)?.punct) return false;
  return true;
}

/**
 * Whether tokens `from..to` only say where someone was or with what ("two rows behind,", "at
 * the end of the road", "with binoculars"): no pronoun that could open a clause, no verb, no
 * clause-ending punctuation. Commas are allowed. For a `thing` seen, words after the first may
 * be words that can be verbs ("a mobile phone").
 */
function onlyWhere(
  tokens: readonly Token[],
  from: number,
  to: number,
  c: CompiledPack,
  thing = false,
  acts = false,
): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k] as Token;
    if (t.punct !== '' && t.punct !== ',') return false;
    // With `acts`, other -ing acts of the one named may come first ("seen him sitting on the
    // bench, facing her window").
    if (acts && (t.norm.endsWith('ing') || t.norm === 'and')) continue;
    if (SUBJECT.has(t.norm) || t.norm === 'and' || t.norm === 'who' || t.norm === 'that')
      return false;
    if (t.stem === 'be' || t.norm.endsWith('ing')) return false;
    // A thing seen may be named by a word that can also be a verb ("a mobile phone").
    if (c.verbish.has(t.stem) && !(thing && k > from)) return false;
  }
  return true;
}

/**
 * Whether token `j` is a plain word that names a thing rather than opening a clause: not a
 * verb form, a pronoun, an auxiliary, a clause opener or a person.
 */
export function thingWord(tokens: readonly Token[], j: number, c: CompiledPack): boolean {
  const t = tokens[j];
  return (
    t !== undefined &&
    /^[a-z]+$/.test(t.norm) &&
    !t.norm.endsWith('ing') &&
    !isVerbish(t, c) &&
    !isParticiple(t, c) &&
    !isIrregularForm(t.norm) &&
    !SUBJECT.has(t.norm) &&
    !OBJECT.has(t.norm) &&
    !AUX_AFTER_SUBJECT.has(t.norm) &&
    !c.clauseOpeners.has(t.norm) &&
    personAt(tokens, j, c, false) === null
  );
}

/**
 * Whether the match at `ms` opens a phrase with no verb after a comma ("..., eyes on her the
 * whole time"): it tells more of the one named before, not a new act of someone else's.
 */
function verblessAfterComma(tokens: readonly Token[], ms: number, c: CompiledPack): boolean {
  return tokens[ms]?.punct === ',' && thingWord(tokens, ms, c);
}

/**
 * "saw him on the swings with binoculars", "seen him at the end of the road w/ a camera": the
 * thing named after "with", where only words of place stand between, is the one seen's.
 */
function withAfterWhere(tokens: readonly Token[], k: number, ms: number, c: CompiledPack): boolean {
  let w = ms - 1;
  while (w > k + 1 && c.skipBeforeNoun.has((tokens[w] as Token).norm)) w--;
  const t = tokens[w];
  return (
    t !== undefined &&
    t.norm === 'with' &&
    ms - k <= 10 &&
    unbroken(tokens, w, ms) &&
    (w === k + 1 || onlyWhere(tokens, k + 1, w - 1, c))
  );
}

/**
 * Whether the act at `ms` is an -ing word and tokens `from..ms - 1` are only other -ing acts
 * joined by "and" or commas ("shouting and filming"): the acts of the one named before them.
 */
function actsAfter(tokens: readonly Token[], from: number, ms: number): boolean {
  if (!((tokens[ms] as Token | undefined)?.norm.endsWith('ing') ?? false)) return false;
  for (let k = from; k <= ms; k++) {
    const t = tokens[k] as Token;
    if (t.punct !== '' && t.punct !== ',') return false;
    if (k < ms && t.norm !== 'and' && !t.norm.endsWith('ing')) return false;
  }
  return true;
}

/**
 * Whether the person at k is followed by a stranded preposition and then, after at most
 * auxiliaries, the act at `ms`: the person closes a relative clause rather than opening a clause.
 */
function strandedBefore(tokens: readonly Token[], k: number, ms: number, c: CompiledPack): boolean {
  const prep = tokens[k + 1];
  if (prep === undefined || k + 3 > ms || prep.punct !== '' || !STRANDED.has(prep.norm))
    return false;
  // An auxiliary must follow ("friends with IS hanging about"); "OIC TO CONTACT IP" is an
  // infinitive, not a preposition left behind.
  let aux = false;
  for (let j = k + 2; j <= ms; j++) {
    const t = tokens[j] as Token;
    if (t.punct !== '') return false;
    if (j === ms) break;
    if (AUX_AFTER_SUBJECT.has(t.norm)) aux = true;
    else if (!c.adverbs.has(t.norm) && !NOT_SUBJECT.has(t.norm)) return false;
  }
  return aux;
}

/** Where a vehicle was: "in her mirrors", "behind her", "outside the house". */
const VEHICLE_PLACES = new Set([
  'in',
  'on',
  'at',
  'behind',
  'outside',
  'opposite',
  'near',
  'by',
  'past',
  'alongside',
  'across',
  'along',
  'up',
  'down',
]);

/**
 * Whether the token after a vehicle can be what the vehicle did ("van drove past", "car parked",
 * "motorbike in her mirrors"), not a noun it qualifies ("car tyres let down").
 */
function actAfterVehicle(tokens: readonly Token[], k: number): boolean {
  const n = tokens[k + 1]?.norm ?? '';
  return VEHICLE_PLACES.has(n) || n.endsWith('ing') || n.endsWith('ed') || AUX_AFTER_SUBJECT.has(n);
}

/**
 * The owner of a vehicle that ends at token `k`: "his car", "her ex's van", "his blue Ford Focus"
 * (a capitalised make or model after a few words with no person among them). Not "my car".
 */
function vehicleOwner(tokens: readonly Token[], k: number, c: CompiledPack): PersonRef | null {
  const t = tokens[k] as Token;
  if (t.punct !== '') return null;
  for (let o = k - 1; o >= 0 && o >= k - 4; o--) {
    const ot = tokens[o] as Token;
    // "the suspect's motorbike", "SUS's van".
    if (ot.norm === "'s" && o > 0 && VEHICLES.has(t.norm)) {
      const ref = personAt(tokens, o - 1, c, false);
      // The victim's own car is where something happened ("behind V's car on the drove").
      return ref?.kind === 'person' && ref.role !== 'victim' && actAfterVehicle(tokens, k)
        ? ref
        : null;
    }
    // "SUS VAN PARKED AT END OF HER STREET": a person word right before the vehicle owns it, the
    // apostrophe left out as logs do.
    if (o === k - 1 && ot.punct === '' && VEHICLES.has(t.norm) && c.persons.has(ot.stem)) {
      const ref = personAt(tokens, o, c, false);
      if (ref?.kind === 'person')
        return ref.role !== 'victim' && actAfterVehicle(tokens, k) ? ref : null;
    }
    const owner = OWNERS.get(ot.norm);
    if (owner !== undefined) {
      // A make or model is written in title case ("Focus"), which upper-case logs do not show.
      const model = o < k - 1 && /^\p{Lu}\p{Ll}/u.test(t.raw) && !c.persons.has(t.stem);
      if (owner === 'i' || !(VEHICLES.has(t.norm) || model)) return null;
      return { kind: 'pronoun', p: owner, start: ot.s, end: ot.e, text: ot.raw };
    }
    const describes = /^\p{Lu}\p{Ll}/u.test(ot.raw) || c.vehicleWords.has(ot.norm);
    if (ot.punct !== '' || !describes || c.persons.has(ot.stem) || o === k - 4) return null;
  }
  return null;
}

/**
 * "unhappy with the diagnosis he gave came to the hospital": a pronoun and one past verb after a
 * noun with its determiner describe that noun, so the act right after has the subject before
 * them. Not a verb that goes on into the act ("the day he kept following her").
 */
function reducedRelative(
  tokens: readonly Token[],
  k: number,
  ms: number,
  c: CompiledPack,
): boolean {
  const t = tokens[k] as Token;
  const verb = tokens[k + 1];
  const det = tokens[k - 2];
  if (ms - k !== 2 || !SUBJECT.has(t.norm) || verb === undefined || det === undefined) return false;
  return (
    c.skipBeforeNoun.has(det.norm) &&
    det.punct === '' &&
    (tokens[k - 1] as Token).punct === '' &&
    t.punct === '' &&
    verb.punct === '' &&
    thingWord(tokens, k - 1, c) &&
    !c.leadingVerbs.has(verb.norm) &&
    ((verb.norm.length > 3 && verb.norm.endsWith('ed')) || isIrregularForm(verb.norm))
  );
}

/** Words before "of them" that make "them" the subject of what follows ("both of them"). */
const GROUP_WORDS = new Set(['both', 'all', 'two', 'either', 'neither', 'each']);

/** Words that open a question asked or known inside a clause ("knows where she lives"). */
const EMBEDDED_QUESTION = new Set(['where', 'what', 'whether', 'wherever']);

/**
 * Does a preposition govern the noun group starting at `g`, directly ("to her employer") or
 * through a coordination ("to the DWP and her employer")?
 */
function afterPreposition(tokens: readonly Token[], g: number, c: CompiledPack): boolean {
  const prev = tokens[g - 1]?.norm ?? '';
  if (c.governing.has(prev)) return true;
  if (prev !== 'and' && prev !== 'or' && prev !== '&') return false;
  // The conjunct before: up to two words of a noun ("the DWP", "her new partner"), then only
  // articles, possessives or person words, until the preposition; punctuation ends the search.
  for (let j = g - 2; j >= 0 && j >= g - 5; j--) {
    const t = tokens[j] as Token;
    if (t.punct !== '') return false;
    if (c.governing.has(t.norm)) return true;
    if (!c.skipBeforeNoun.has(t.norm) && personAt(tokens, j, c, false) === null && j < g - 3)
      return false;
  }
  return false;
}

/**
 * A written thing right before the words that introduce a quotation ("a card reading '...'",
 * "notes saying '...'"): the suspect wrote it, whoever found it.
 */
function writtenThingBefore(tokens: readonly Token[], open: number): PersonRef | null {
  const verb = tokens[open - 1];
  if (verb === undefined || !(SAYING.has(verb.norm) || SAYING.has(verb.stem))) return null;
  for (let j = open - 2; j >= 0 && j >= open - 6; j--) {
    const t = tokens[j] as Token;
    if (WRITTEN_THINGS.has(t.stem)) {
      // "She sent him a text saying ...": whoever sent or wrote it is the clause's subject.
      for (let k = j - 1; k >= 0 && k >= j - 5; k--)
        if (SENDING.has((tokens[k] as Token).stem)) return null;
      return {
        kind: 'person',
        role: 'suspect',
        word: t.stem,
        modifier: null,
        owner: null,
        start: t.s,
        end: t.e,
        text: t.raw,
      };
    }
    if (t.punct === ';' || t.punct === ':') break;
  }
  return null;
}

/**
 * The subject of the clause ending before token `ms`: the nearest subject pronoun, or person in
 * subject position, scanning back at most 15 tokens and not across `;`, `:` or a quote boundary.
 */
export function subjectBefore(
  tokens: readonly Token[],
  ms: number,
  c: CompiledPack,
): PersonRef | null {
  // Inside a quotation, the speaker is the subject before the opening quote.
  let quotes = 0;
  let open = -1;
  for (let k = 0; k <= ms && k < tokens.length; k++) {
    if (tokens[k]?.punct === '"') {
      quotes++;
      if (quotes % 2 === 1) open = k;
    }
  }
  let from = ms - 1;
  // A match that opens with the written thing or its saying: "text saying 'I know where you
  // live'", "saying 'you will regret this'".
  if (quotes % 2 === 0)
    for (let q = ms + 1; q <= ms + 3 && q < tokens.length; q++) {
      if (tokens[q]?.punct !== '"') continue;
      const writer = writtenThingBefore(tokens, q);
      if (writer !== null) return writer;
      break;
    }
  if (quotes % 2 === 1 && open >= 0) {
    // "notes on her doorstep saying 'you will regret this'": the words are the note's, and its
    // writer is not the one who found it.
    const writer = writtenThingBefore(tokens, open);
    if (writer !== null) return writer;
    from = open - 1;
  }
  // A verb joined by "and" ("knows where she lives and keeps coming round") shares the main
  // clause's subject, as a verb after a closing comma does.
  // Auxiliaries and adverbs may stand between ("followed me home ... and would sit outside").
  let conj = ms - 1;
  while (
    conj > 0 &&
    (AUX_AFTER_SUBJECT.has(tokens[conj]?.norm ?? '') ||
      NOT_SUBJECT.has(tokens[conj]?.norm ?? '') ||
      c.adverbs.has(tokens[conj]?.norm ?? '')) &&
    tokens[conj]?.norm !== 'and' &&
    tokens[conj]?.punct === ''
  )
    conj--;
  let comma = tokens[conj]?.norm === 'and';
  const relative = relativeClauseStart(tokens, ms);
  // Set once a relative clause has been skipped: the person it describes is the subject.
  let described = false;
  for (let k = from, steps = 0; k >= 0 && steps < 15; k--, steps++) {
    // ", whose hair she has cut twice, has started waiting": the relative clause has its own
    // subject; skip back over it to the one it describes.
    if (relative[k] !== undefined) {
      k = relative[k] as number;
      described = true;
      continue;
    }
    // "SUS (M 40s, van driver) followed her": an aside in brackets describes the subject
    // before it; it is not the subject, unless it says who the subject is ("the driver (SUS)").
    if (tokens[k + 1]?.punct === ')') {
      let open = k;
      while (open > 0 && tokens[open]?.punct !== '(') open--;
      if (tokens[open]?.punct === '(') {
        for (let j = open; j <= k; j++) {
          if (tokens[j]?.norm === 'not') break;
          const named = personAt(tokens, j, c, false);
          if (named?.kind === 'person' && named.role === 'suspect') return named;
        }
        k = open;
        continue;
      }
    }
    const t = tokens[k] as Token;
    if (tokens[k + 1]?.punct === ',') comma = true;
    // "RP STATES JAMIE WAS SAT IN HIS CAR": a reported clause with a subject of its own, one this
    // reader cannot name (an upper-case name), is not the reporter's act.
    if (
      k > 0 &&
      k < ms - 1 &&
      REPORTING.has(t.stem) &&
      (SUBJECT.has((tokens[k - 1] as Token).norm) ||
        personAt(tokens, k - 1, c, k === 1) !== null) &&
      ownSubject(tokens, k + 1, ms, c)
    )
      return null;
    // "FRIEND RANG HER TO SAY THE BOY WAS FOLLOWING THEM", "told her the male was outside":
    // what was said or told has its own subject, not the caller's.
    // "I have been told it was meant to pick up what was said": so after the passive.
    const told = !TELLING.has(t.stem)
      ? -1
      : OBJECT.has(tokens[k + 1]?.norm ?? '')
        ? k + 2
        : tokens[k - 1]?.stem === 'be'
          ? k + 1
          : -1;
    const toSay = REPORTING.has(t.stem) && k > 0 && (tokens[k - 1] as Token).norm === 'to';
    if (k < ms - 1 && (told > 0 || toSay) && ownSubject(tokens, told > 0 ? told : k + 1, ms, c))
      return null;
    // "RP CALLING AGAIN, KEV OUTSIDE ADDRESS": so is a clause after a comma that opens with one.
    if (k < ms - 1 && tokens[k + 1]?.punct === ',' && subjectWord(tokens, k + 1, ms, c))
      return null;
    // "there were photos of me that I never knew had been taken": a clause that only says
    // something exists names no doer.
    if (
      t.norm === 'there' &&
      k < ms - 1 &&
      AUX_AFTER_SUBJECT.has(tokens[k + 1]?.norm ?? '') &&
      unbroken(tokens, k + 1, ms)
    )
      return null;
    // "IP noticed a mobile phone outside the window, on a pole, recording them": what was
    // perceived does the -ing act told after it, not the one who perceived it.
    if (
      c.perception.has(t.stem) &&
      k < ms - 1 &&
      tokens[k + 1]?.norm !== 'by' &&
      (tokens[ms] as Token | undefined)?.norm.endsWith('ing') === true &&
      onlyWhere(tokens, k + 1, ms - 1, c, true)
    )
      return null;
    // "I've seen someone standing in the alley looking up at my bedroom": an unnamed person seen
    // does the -ing acts after; who it was is not said here.
    if (
      (t.norm === 'someone' || t.norm === 'somebody') &&
      k > 0 &&
      c.perception.has((tokens[k - 1] as Token).stem) &&
      (tokens[k + 1] as Token).norm.endsWith('ing') &&
      ms - k <= 16 &&
      onlyWhere(tokens, k + 1, ms - 1, c, false, true)
    )
      return null;
    // "I saw him hiding in the bushes and staring in": the one perceived does the -ing acts
    // that follow, not the one who saw.
    const seen = OBJECT.get(t.norm);
    if (
      seen !== undefined &&
      seen !== 'i' &&
      k > 0 &&
      c.perception.has((tokens[k - 1] as Token).stem) &&
      ((tokens[ms] as Token | undefined)?.norm.endsWith('ing') === true ||
        // "seen him holding up a camera with a long lens": the thing he was doing it with.
        (ms - k <= 5 &&
          (tokens[k + 1] as Token).norm.endsWith('ing') &&
          unbroken(tokens, k + 1, ms)) ||
        withAfterWhere(tokens, k, ms, c) ||
        // "saw him lurking by the shelter, eyes on her".
        (ms - k <= 16 &&
          (tokens[k + 1] as Token).norm.endsWith('ing') &&
          verblessAfterComma(tokens, ms, c) &&
          onlyWhere(tokens, k + 1, ms - 1, c, false, true))) &&
      (t.norm !== 'her' || herIsObject(tokens, k, c))
    )
      return { kind: 'pronoun', p: seen, start: t.s, end: t.e, text: t.raw };
    // "I saw his car parked at the end of my road", "his blue Ford Focus drive slowly past": a
    // vehicle (or its make and model) right before the act does it for its owner.
    const vehicle = k === ms - 1 ? vehicleOwner(tokens, k, c) : null;
    if (vehicle !== null && tokens[ms]?.punct === '') return vehicle;
    const ref = personAt(tokens, k, c, k === 0);
    if (ref !== null && described && ref.kind !== 'pronoun') return ref;
    if (ref !== null) {
      const prev = tokens[k - 1]?.norm;
      // "on the day she did the shop, followed her home": the subject of a clause that a comma
      // (or an "and" before the act) has closed is not the subject of what follows it.
      // The same for a person named there ("every time IP attends, stares at her").
      if (comma && prev !== undefined && c.subordinators.has(prev)) continue;
      // "ATTENDED IP NEW PARTNERS ADDRESS ... BANGING ON WINDOWS": a person word before a place
      // is its owner (an apostrophe left out), not the subject of a later act.
      const after = tokens[k + 1];
      if (
        ref.kind !== 'pronoun' &&
        k < ms - 1 &&
        after !== undefined &&
        after.punct === '' &&
        c.possessive.places.has(after.stem) &&
        // "SUS parked up opp her addr": a verb that stems to a place word is still a verb.
        !isParticiple(after, c)
      )
        continue;
      // "approx 1730hrs, SUS on foot approx 20m behind": a person right before the act, at the
      // start of a clause, is its subject even with no verb between.
      if (
        k === ms - 1 &&
        (k === 0 || (tokens[k] as Token).punct !== '') &&
        tokens[ms]?.punct === ''
      )
        return ref;
      // "a man whom she knows by sight, leaving a note": the relative clause has its own subject.
      // After a verb of saying or thinking, "that" opens what was reported ("reports that he
      // followed her"), whose subject is the pronoun.
      // So does a question asked or known ("wanting to know where she was; turned up at her
      // work", "found out where she lives and followed her").
      if (
        ref.kind === 'pronoun' &&
        (prev === 'whom' ||
          prev === 'who' ||
          (prev === 'that' && !toldThat(tokens, k - 1, c)) ||
          // ...once that question has ended: at punctuation or "and".
          (EMBEDDED_QUESTION.has(prev ?? '') &&
            (!unbroken(tokens, k + 1, ms - 1) ||
              tokens.slice(k + 1, ms).some((x) => x.norm === 'and'))))
      )
        continue;
      // "a man she met once": a pronoun right after a person noun starts a reduced relative clause.
      // Right before the act it is the act's own subject ("when she goes to her mum's he sits
      // outside", "the man she followed").
      // Not after an "if" clause, where a pronoun with "would" or "will" opens the main clause
      // ("if she went to the police he would pay someone to ...").
      if (
        ref.kind === 'pronoun' &&
        k > 0 &&
        k < ms - 1 &&
        tokens[k]?.punct === '' &&
        c.persons.has((tokens[k - 1] as Token).stem) &&
        !afterCondition(tokens, k)
      )
        continue;
      if (reducedRelative(tokens, k, ms, c)) continue;
      if (ref.kind === 'pronoun') return ref;
      // "SUS Dale PRENTICE, another member, asked her out": a person between commas right after
      // another describes that one, who is the subject.
      const g0 = groupStart(tokens, k, c);
      if (
        tokens[ms]?.punct === ',' &&
        k === ms - 1 &&
        g0 > 0 &&
        (tokens[g0] as Token).punct === ',' &&
        personAt(tokens, g0 - 1, c, false) !== null
      )
        continue;
      // "MALE SHE USED TO BE FRIENDS WITH IS HANGING ABOUT": a person left at the end of a
      // reduced relative clause by its preposition is not the subject of the verb after it.
      if (strandedBefore(tokens, k, ms, c)) continue;
      // "a man with binoculars": what a person has with him is his.
      if (tokens[k + 1]?.norm === 'with' && ms - k <= 4 && unbroken(tokens, k + 1, ms)) return ref;
      // "APPROACHED BY MALE SHOUTING + FILMING ON PHONE": the agent of a passive does the -ing
      // acts told right after him, and so does the sender of something ("IG msg from SUS
      // threatening to post her nudes"); not after a verb of seeing ("seen by a witness trailing
      // the victim": the one seen trails).
      const g1 = groupStart(tokens, k, c);
      const afterSeeing = c.perception.has(tokens[g1 - 2]?.stem ?? '');
      // "He was seen by PC Jones sat on the wall watching": the one who saw is not the one seen;
      // the subject of the passive, before it, is.
      if (tokens[g1 - 1]?.norm === 'by' && afterSeeing) continue;
      if (
        (tokens[g1 - 1]?.norm === 'by' || tokens[g1 - 1]?.norm === 'from') &&
        !afterSeeing &&
        actsAfter(tokens, k + 1, ms)
      )
        return ref;
      // "reports about IP to the DWP and her employer, messaging her": a person after a
      // preposition is what the clause is about or aimed at, not who does a later act. Right
      // before the act, with no comma, it may start a clause ("to her and the manager rang her").
      const nextAct = k === ms - 1 && tokens[ms]?.punct !== ',';
      if (!nextAct && afterPreposition(tokens, g1, c)) continue;
      if (isSubjectPosition(tokens, k, c)) return ref;
      // "CCTV shows the male waiting outside", "V reports sus waiting by her car": the one
      // perceived or reported, right before the act, is acting.
      const g = groupStart(tokens, k, c);
      const verb = tokens[g - 1];
      if (
        verb !== undefined &&
        c.perception.has(verb.stem) &&
        ((k === ms - 1 && tokens[ms]?.punct === '') ||
          // "saw her ex-partner using binoculars": what he was doing it with.
          (ms - k <= 5 &&
            (tokens[k + 1] as Token).norm.endsWith('ing') &&
            unbroken(tokens, k + 1, ms)))
      )
        return ref;
      if (verb !== undefined && c.perception.has(verb.stem) && withAfterWhere(tokens, k, ms, c))
        return ref;
      // "the victim noticed the suspect two rows behind, staring at her", "SAW SUSP AT BOTTOM OF
      // HER STREET WITH BINOCULARS LOOKING TOWARDS HER HOUSE": the one perceived does an -ing act
      // told after where he was, with no verb or subject of another clause between; so too a
      // verbless phrase after a comma ("spotted ex lurking in the bus shelter, eyes on her").
      if (
        verb !== undefined &&
        c.perception.has(verb.stem) &&
        k < ms - 1 &&
        ((tokens[ms] as Token | undefined)?.norm.endsWith('ing') === true ||
          verblessAfterComma(tokens, ms, c)) &&
        ((ms - k <= 10 && onlyWhere(tokens, k + 1, ms - 1, c)) ||
          (ms - k <= 16 &&
            (tokens[k + 1] as Token).norm.endsWith('ing') &&
            onlyWhere(tokens, k + 1, ms - 1, c, false, true)))
      )
        return ref;
      // A reported clause can say more of its subject first ("CALLER REPORTING NEIGHBOUR FROM
      // NO 31 IS STOOD IN HER GARDEN", "IP states SUS @ addr x4, banging on door"), so a few
      // words may stand between, with no punctuation before the act's own.
      if (
        verb !== undefined &&
        REPORTING.has(verb.stem) &&
        ms - k <= 8 &&
        unbroken(tokens, k + 1, ms - 1)
      )
        return ref;
    }
    if (t.punct === ';' || t.punct === ':' || (t.punct === '"' && k !== open)) break;
  }
  return null;
}

/** "by X" or "from X" within the match or up to 5 tokens after it. */
export function agentNear(
  tokens: readonly Token[],
  ms: number,
  me: number,
  c: CompiledPack,
): PersonRef | null {
  for (let k = ms + 1; k <= me + 5 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > me && (t.punct === ';' || t.punct === ':' || t.punct === ',')) break;
    if (t.norm !== 'by' && t.norm !== 'from') continue;
    // "waits by the staff exit", "parked by her car": "by" beside a place, not an agent.
    if (t.norm === 'by' && k > 0 && BESIDE_VERBS.has((tokens[k - 1] as Token).stem)) continue;
    // "followed her home from her friends'": "from" after a way home names where, not who.
    if (t.norm === 'from' && k > 0 && ORIGIN_BEFORE.has((tokens[k - 1] as Token).norm)) continue;
    let found: PersonRef | null = null;
    for (let j = k + 1; j <= k + 5 && j < tokens.length && found === null; j++) {
      const obj = tokens[j] as Token;
      const asPron = OBJECT.get(obj.norm);
      // "from her deputy head": a possessive "her" is not the sender; the noun after it is.
      if (asPron !== undefined && !(obj.norm === 'her' && !herIsObject(tokens, j, c)))
        return { kind: 'pronoun', p: asPron, start: obj.s, end: obj.e, text: obj.raw };
      if (asPron !== undefined) continue;
      const ref = personAt(tokens, j, c, false);
      // "tailgating IP from her mum's addr": a person who owns a place after "from" names
      // where, not who.
      if (
        ref !== null &&
        t.norm === 'from' &&
        tokens[j + 1]?.norm === "'s" &&
        HOMES.has(tokens[j + 2]?.norm ?? '')
      )
        break;
      // "a letter from the suspect's solicitors": the one the possessor owns sent it (but "from
      // SUS's IP address" is his).
      if (ref !== null && t.norm === 'from' && tokens[j + 1]?.norm === "'s") {
        const owned = personAt(tokens, j + 2, c, false);
        if (owned?.kind === 'person' && owned.role !== 'victim' && owned.role !== 'suspect')
          return owned;
      }
      if (ref !== null) return ref;
      if (
        !c.skipBeforeNoun.has(obj.norm) &&
        !obj.cap &&
        !/^(?:a|an|the|someone|somebody|person|people|number|man|woman|male|female|unknown|unk|\d+|two|three|four|several)$/.test(
          obj.norm,
        )
      )
        break;
      if (
        /^(?:someone|somebody|man|men|woman|women|male|males|female|females|person|people)$/.test(
          obj.norm,
        )
      ) {
        // "from a man claiming to be ..." is a person whose role the rest of the text decides.
        found = {
          kind: 'person',
          role: 'suspect',
          word: obj.stem,
          modifier: null,
          owner: null,
          start: obj.s,
          end: obj.e,
          text: obj.raw,
        };
      }
    }
    if (found !== null) return found;
    // "followed from the ATM by two males": not a person after "from"; try the next "by".
  }
  return null;
}
