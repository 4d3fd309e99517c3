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
import { readTemporal, type TemporalFacts } from './temporal';
import { expandShorthand } from './shorthand';
import { tokenise, type Token } from './segment';
import { isIrregularForm } from './stem';
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
  /** A negation or hypothetical cue, or a commercial (other actor) cue, from ConText. */
  modifier: { reason: SuppressionReason; cue: Rel } | null;
  /** How the clause is built around the match. */
  mode: 'active' | 'passive' | 'receive';
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
  /** Object pronouns but "her" inside the match after its first word ("asking them about me"). */
  objects: Pronoun[];
  /** The match is inside quotation marks (words written or said by someone). */
  quoted: boolean;
  /**
   * For a match in a coordinated verb phrase ("She is terrified he will hurt her and has moved
   * out"), the first subject of the sentence, which may be the real subject; else null.
   */
  coSubject: PersonRef | null;
}

export interface SentenceResult {
  /** Length of the sentence in the original text. */
  length: number;
  matches: SentenceMatch[];
  facts: TemporalFacts;
  /** Narrative-level votes: which pronoun is the victim, and whose "I" this is. */
  votes: { she: number; he: number; firstPerson: number; policeI: number };
  /** Names introduced with a role ("her ex-partner Darren SMITH", "the victim, Sarah"). */
  names: { name: string; role: 'suspect' | 'victim' | 'police' | 'third_party' }[];
  /** Words that refer back to conduct ("this has happened", "the incidents"). */
  conduct: boolean;
  /** Indices into `matches` of relationship rules that are not negated. */
  relationships: number[];
  /** The sentence says an incident was the only one ("no other incidents", "the first time"). */
  isolated: boolean;
  /** Person words owned by someone ("SUS's sister" → sister owned by suspect), for proxies. */
  owned: { word: string; owner: NonNullable<Owner> }[];
}

const SUBJECT = new Map<string, Pronoun>([
  ['he', 'he'],
  ['she', 'she'],
  ['they', 'they'],
  ['i', 'i'],
  ['we', 'we'],
  ['you', 'you'],
]);
const OBJECT = new Map<string, Pronoun>([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
  ['me', 'i'],
  ['us', 'we'],
]);
const SKIP_BEFORE_NOUN = new Set([
  'the',
  'a',
  'an',
  'her',
  'his',
  'my',
  'their',
  'our',
  'your',
  'this',
  'that',
  'same',
  'unknown',
  'new',
  'ex',
  'former',
  'previous',
  'other',
  'another',
  'male',
  'female',
  'older',
  'younger',
  'elder',
  'current',
  'estranged',
  'own',
  "'s",
  'named',
  'one',
  'two',
  'some',
  'both',
  'two',
  'several',
  'young',
  'old',
  'local',
  'second',
  'first',
  'mutual',
  'then',
  'late',
]);
const PREPOSITIONS = new Set([
  'to',
  'at',
  'with',
  'from',
  'by',
  'for',
  'of',
  'about',
  'towards',
  'toward',
  'into',
  'near',
  'behind',
  'past',
  'like',
  'than',
  'against',
  'outside',
  'via',
  'through',
  'onto',
  'on',
  'in',
  'around',
  'round',
  'between',
  'among',
  'without',
  'upon',
  'over',
  'under',
  'beside',
  'opposite',
  'inside',
  'across',
  'alongside',
  'beyond',
  'towards',
  'than',
  'except',
]);
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'then',
  'so',
  'that',
  'when',
  'while',
  'whilst',
  'as',
  'because',
  'after',
  'before',
  'since',
  'until',
  'where',
  'who',
  'which',
  'also',
  'or',
  'if',
  'once',
  'although',
  'though',
  'now',
  'later',
  'today',
  'yesterday',
  'again',
  'subsequently',
  'whereby',
  'however',
]);
// Verbs whose object is the one doing a following -ing or place phrase ("saw him waiting outside").
const PERCEPTION = new Set([
  'see',
  'notic',
  'spot',
  'watch',
  'observ',
  'catch',
  'find',
  'hear',
  'show',
  'captur',
  'witness',
  'recogn',
  'clock',
  'sight',
  'record',
  'film',
]);
// Participles after "was" where the person seen is the one doing it ("he was seen outside").
const ACTIVE_PARTICIPLES = new Set([
  'see',
  'spot',
  'observ',
  'notic',
  'catch',
  'find',
  'sight',
  'hear',
  'captur',
  'clock',
  'record',
  'witness',
  // "has been parked outside", "was sat in his car", "was stood at the gate": British usage
  // for the person doing it.
  'park',
  'sat',
  'stood',
]);
const RECEIVE = new Set(['receiv', 'recev']);
const ADVERBS = new Set([
  'again',
  'also',
  'repeatedly',
  'constantly',
  'allegedly',
  'then',
  'now',
  'still',
  'recently',
  'just',
  'regularly',
  'frequently',
  'reportedly',
  'apparently',
  'actually',
  'even',
  'being',
  'never',
  'often',
  'always',
  'previously',
  'since',
  'already',
  'later',
]);
const IRREGULAR_PARTICIPLES = new Set([
  'sent',
  'seen',
  'told',
  'left',
  'taken',
  'found',
  'caught',
  'shown',
  'hidden',
  'stolen',
  'broken',
  'kept',
  'made',
  'given',
  'thrown',
  'written',
  'driven',
  'hit',
  'put',
  'cut',
  'held',
  'bought',
  'brought',
  'rung',
  'met',
  'spoken',
  'got',
  'followed',
]);
const VERBISH = new Set([
  'call',
  'text',
  'messag',
  'email',
  'contact',
  'follow',
  'tell',
  'ask',
  'phon',
  'see',
  'meet',
  'visit',
  'approach',
  'threaten',
  'send',
  'watch',
  'film',
  'photograph',
  'ring',
  'abus',
  'assault',
  'hit',
  'punch',
  'push',
  'grab',
  'block',
  'report',
  'inform',
  'warn',
  'harass',
  'stalk',
  'pester',
  'bombard',
  'bother',
  'wait',
  'find',
  'take',
  'leave',
  'give',
  'speak',
  'tag',
  'track',
  'ask',
  'told',
  'saw',
  'get',
  'drive',
  'rang',
  'hug',
  'kiss',
  'scare',
  'frighten',
  'pay',
  'offer',
  'help',
  'bring',
  'bought',
  'buy',
  'chase',
  'confront',
  'intimidat',
  'harrass',
]);
const POLICE_I_VERBS = new Set([
  'attend',
  'spok',
  'speak',
  'arriv',
  'deploy',
  'conduct',
  'obtain',
  'complet',
  'review',
  'establish',
  'request',
  'search',
  'check',
  'explain',
  'advis',
  'inform',
  'mad',
  'make',
  'pc',
  'oic',
  'officer',
  'dispatch',
  'record',
  'note',
  'creat',
  'rais',
  'submit',
  'tasked',
  'task',
  'contact',
  'carry',
  'carri',
  'arrest',
  'interview',
  'caution',
  'issu',
  'refer',
  'undertak',
  'updat',
]);

// Words that can follow an object "her" ("followed her home", "texted her again"); before
// anything else "her" is a possessive ("her route", "her bank").
const AFTER_OBJECT_HER = new Set([
  'home',
  'back',
  'to',
  'from',
  'up',
  'down',
  'again',
  'at',
  'on',
  'in',
  'into',
  'around',
  'round',
  'off',
  'out',
  'with',
  'by',
  'for',
  'about',
  'and',
  'but',
  'or',
  'that',
  'if',
  'when',
  'while',
  'as',
  'because',
  'repeatedly',
  'constantly',
  'every',
  'daily',
  'all',
  'the',
  'a',
  'an',
  'over',
  'through',
  'across',
  'outside',
  'near',
  'behind',
  'after',
  'before',
  'since',
  'until',
  'via',
  'using',
  'saying',
  'asking',
  'telling',
  'twice',
  'once',
  'several',
  'many',
  'multiple',
  'throughout',
  'too',
  'so',
  'then',
  'there',
  'whilst',
  'despite',
  'more',
  'go',
  'going',
  'leave',
  'leaving',
  'alone',
  'is',
  'was',
  'has',
  'had',
  'x',
  'over',
  'nightly',
  'most',
  'almost',
  'each',
]);

function herIsObject(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    next === undefined ||
    next.punct !== '' ||
    AFTER_OBJECT_HER.has(next.norm) ||
    /^\d/.test(next.norm)
  );
}

const PARTICLES = new Set(['up', 'back', 'out', 'down', 'round', 'over', 'again']);

function isVerbish(t: Token): boolean {
  if (VERBISH.has(t.stem)) return true;
  if (t.norm.length > 4 && t.norm.endsWith('ed')) return true;
  return IRREGULAR_PARTICIPLES.has(t.norm);
}

/** "was followed", "have been contacted by": a passive verb group inside the match itself. */
function passiveInside(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.norm === 'being' || (t.stem !== 'be' && t.stem !== 'get')) continue;
    let j = k + 1;
    while (
      j <= last &&
      (ADVERBS.has((tokens[j] as Token).norm) || (tokens[j] as Token).stem === 'be')
    )
      j++;
    const v = tokens[j];
    if (j <= last && v !== undefined && isParticiple(v) && !ACTIVE_PARTICIPLES.has(v.stem))
      return true;
  }
  return false;
}

function isParticiple(t: Token): boolean {
  return (t.norm.length > 3 && t.norm.endsWith('ed')) || IRREGULAR_PARTICIPLES.has(t.norm);
}

// Capitalised words that start sentences or name things, not people.
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'on',
  'at',
  'in',
  'he',
  'she',
  'they',
  'i',
  'we',
  'it',
  'this',
  'that',
  'there',
  'when',
  'while',
  'after',
  'before',
  'since',
  'then',
  'later',
  'today',
  'yesterday',
  'last',
  'her',
  'his',
  'my',
  'their',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'christmas',
  'easter',
  'facebook',
  'instagram',
  'snapchat',
  'whatsapp',
  'tiktok',
  'twitter',
  'x',
  'messenger',
  'linkedin',
  'google',
  'apple',
  'airtag',
  'tile',
  'life360',
  'find',
  'my',
  'if',
  'as',
  'also',
  'both',
  'during',
  'between',
  'following',
  'further',
  'police',
  'officers',
  'officer',
  'crime',
  'victim',
  'suspect',
  'no',
  'not',
  'yes',
  'all',
  'some',
  'each',
  'every',
  'one',
  'two',
  'since',
  'approximately',
  'around',
  'about',
  'statement',
  'summary',
  'update',
  'note',
  'notes',
  'details',
  'ref',
  'reference',
  'occurrence',
  'incident',
  'report',
  'initial',
  'account',
  'background',
  'circumstances',
  'risk',
  'dash',
  'sdash',
  'vna',
  'spo',
  'oic',
  'pc',
  'ps',
  'dc',
  'ds',
  'sgt',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'street',
  'road',
  'lane',
  'avenue',
  'court',
  'close',
  'drive',
  'way',
  'park',
  'tesco',
  'asda',
  'aldi',
  'lidl',
  'sainsbury',
  'sainsburys',
  'morrisons',
  'costa',
  'starbucks',
  'uk',
  'england',
  'wales',
  'london',
  'bail',
  'cctv',
  'ring',
  'dob',
  'ip',
  'ap',
  'vic',
  'susp',
  'suspects',
  'victims',
  'please',
  'advice',
  'what',
  'how',
  'why',
  'where',
  'who',
  'which',
  'do',
  'does',
  'did',
  'can',
  'could',
  'would',
  'should',
  'will',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'be',
  'been',
  'being',
  'nothing',
  'something',
  'everything',
  'anyone',
  'someone',
  'nobody',
  'everyone',
  'any',
  'other',
  'others',
  'such',
  'these',
  'those',
  'so',
  'but',
  'and',
  'or',
  'nor',
  'yet',
  'for',
  'of',
  'to',
  'from',
  'with',
  'by',
  'up',
  'out',
  'over',
  'under',
  'again',
  'still',
  'never',
  'always',
  'often',
  'sometimes',
  'recently',
  'currently',
  'previously',
  'overnight',
  'morning',
  'evening',
  'night',
  'afternoon',
  'week',
  'weekend',
  'month',
  'year',
  'bank',
  'hmrc',
  'amazon',
  'royal',
  'mail',
  'dpd',
  'evri',
  'hermes',
  'nhs',
  'gp',
  'council',
]);

/** A person reference at token k (and its span), or null. */
function personAt(
  tokens: readonly Token[],
  k: number,
  c: CompiledPack,
  sentenceStartToken: boolean,
): PersonRef | null {
  const t = tokens[k];
  if (t === undefined) return null;
  const pr = SUBJECT.get(t.norm);
  if (pr !== undefined) return { kind: 'pronoun', p: pr, start: t.s, end: t.e, text: t.raw };
  const role = c.persons.get(t.stem);
  if (role !== undefined) {
    const prev = tokens[k - 1]?.norm ?? null;
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
    !NOT_NAMES.has(t.norm)
  ) {
    // A sentence-initial capital is a name only when a verb-like word follows.
    if (
      !sentenceStartToken ||
      (tokens[k + 1] !== undefined &&
        (isVerbish(tokens[k + 1] as Token) ||
          tokens[k + 1]?.cap === true ||
          /^(has|had|is|was|kept|keeps|then|also|again|would|will|continued|continues|sent|came|turned|left|went)$/.test(
            tokens[k + 1]?.norm ?? '',
          )))
    ) {
      return { kind: 'name', name: t.norm, start: t.s, end: t.e, text: t.raw };
    }
  }
  return null;
}

/**
 * The owner of the person word at k: "SUS's mother & sister" → suspect, "his friend" → he,
 * "Gareth's sister" → gareth. Looks back over a short list of people joined by "and"/"&".
 */
function ownerOf(tokens: readonly Token[], k: number, c: CompiledPack): Owner {
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
    if (t.norm === 'his' || t.norm === 'her' || t.norm === 'their' || t.norm === 'my') {
      const p = t.norm === 'his' ? 'he' : t.norm === 'her' ? 'she' : t.norm === 'my' ? 'i' : 'they';
      return { kind: 'pronoun', p };
    }
    if (t.norm === 'and' || SKIP_BEFORE_NOUN.has(t.norm) || c.persons.has(t.stem)) {
      j--;
      continue;
    }
    break;
  }
  return null;
}

/** Index of the first token of the noun group ending at k (skipping "the", "her", "ex-" ...). */
function groupStart(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > 0) {
    const prev = tokens[j - 1] as Token;
    if (tokens[j]?.punct) break;
    if (SKIP_BEFORE_NOUN.has(prev.norm)) j--;
    else if (prev.cap && tokens[j]?.cap && !NOT_NAMES.has(prev.norm))
      j--; // "Darren SMITH"
    else if (tokens[j]?.norm === "'s") j--;
    else break;
  }
  return j;
}

/** Is the person at k the subject of its clause (not an object after a verb or preposition)? */
// Words that can follow a subject noun: auxiliaries, adverbs and apposition.
const AFTER_SUBJECT = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'do',
  'also',
  'then',
  'now',
  'just',
  'again',
  'never',
  'still',
  'not',
  'repeatedly',
  'constantly',
  'allegedly',
  'who',
  'himself',
  'herself',
  'themselves',
  'always',
  'often',
  'recently',
  'later',
  'subsequently',
  'may',
  'might',
  'should',
  'must',
  'keeps',
  'kept',
  'continues',
  'started',
  'began',
]);

/** Is the token after the noun group at k something a subject can be followed by? */
function followedLikeSubject(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  // "Darren SMITH", "the man in the car": skip a surname or a short name run.
  while (tokens[j]?.cap === true && tokens[j]?.punct === '' && j < k + 3) j++;
  const t = tokens[j];
  if (t === undefined) return true;
  if (t.punct !== '') return true;
  if (AFTER_SUBJECT.has(t.norm) || isVerbish(t) || isIrregularForm(t.norm)) return true;
  // "a man she met", "the male who", "the woman that": a relative clause follows the subject.
  if (SUBJECT.has(t.norm) || t.norm === 'whom' || t.norm === 'that' || t.norm === 'which')
    return true;
  return (
    (t.norm.endsWith('s') && t.stem !== t.norm && !t.norm.endsWith("'s")) ||
    t.norm.endsWith('ing') ||
    t.norm.endsWith('ed')
  );
}

function isSubjectPosition(tokens: readonly Token[], k: number): boolean {
  // "the victim's workplace": a possessor is never the subject of what follows.
  if (tokens[k + 1]?.norm === "'s") return false;
  // "on every occasion IP there": a subject is followed by its verb.
  if (!followedLikeSubject(tokens, k)) return false;
  const g = groupStart(tokens, k);
  if (g === 0) return true;
  const first = tokens[g] as Token;
  if (first.punct !== '') return true;
  const prev = tokens[g - 1] as Token;
  if (CLAUSE_OPENERS.has(prev.norm)) return true;
  if (PREPOSITIONS.has(prev.norm)) return false;
  if (isVerbish(prev)) {
    // "said", "stated", "reports" open reported speech: what follows is a subject.
    return /^(say|state|report|explain|allege|claim|disclos|describ|believ|think|know|feel|fear|worri|add|confirm|mention|inform|told|tell|advis)/.test(
      prev.stem,
    ) && !/^(told|tell|inform|advis)/.test(prev.stem)
      ? true
      : false;
  }
  return true;
}

/**
 * The subject of the clause ending before token `ms`: the nearest subject pronoun, or person in
 * subject position, scanning back at most 15 tokens and not across `;`, `:` or a quote boundary.
 */
function subjectBefore(tokens: readonly Token[], ms: number, c: CompiledPack): PersonRef | null {
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
  if (quotes % 2 === 1 && open >= 0) from = open - 1;
  for (let k = from, steps = 0; k >= 0 && steps < 15; k--, steps++) {
    const t = tokens[k] as Token;
    const ref = personAt(tokens, k, c, k === 0);
    if (ref !== null) {
      const prev = tokens[k - 1]?.norm;
      // "a man whom she knows by sight, leaving a note": the relative clause has its own subject.
      if (ref.kind === 'pronoun' && (prev === 'whom' || prev === 'who' || prev === 'that'))
        continue;
      // "a man she met once": a pronoun right after a person noun starts a reduced relative clause.
      if (
        ref.kind === 'pronoun' &&
        k > 0 &&
        tokens[k]?.punct === '' &&
        c.persons.has((tokens[k - 1] as Token).stem)
      )
        continue;
      if (ref.kind === 'pronoun') return ref;
      if (isSubjectPosition(tokens, k)) return ref;
      // "CCTV shows the male waiting outside": the one perceived, right before the act, is acting.
      const g = groupStart(tokens, k);
      const verb = tokens[g - 1];
      if (verb !== undefined && PERCEPTION.has(verb.stem) && k === ms - 1) return ref;
    }
    if (t.punct === ';' || t.punct === ':' || (t.punct === '"' && k !== open)) break;
  }
  return null;
}

/** "by X" or "from X" within the match or up to 5 tokens after it. */
function agentNear(
  tokens: readonly Token[],
  ms: number,
  me: number,
  c: CompiledPack,
): PersonRef | null {
  for (let k = ms + 1; k <= me + 5 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k > me && (t.punct === ';' || t.punct === ':' || t.punct === ',')) break;
    if (t.norm !== 'by' && t.norm !== 'from') continue;
    let found: PersonRef | null = null;
    for (let j = k + 1; j <= k + 5 && j < tokens.length && found === null; j++) {
      const obj = tokens[j] as Token;
      const asPron = OBJECT.get(obj.norm);
      // "from her deputy head": a possessive "her" is not the sender; the noun after it is.
      if (asPron !== undefined && !(obj.norm === 'her' && !herIsObject(tokens, j)))
        return { kind: 'pronoun', p: asPron, start: obj.s, end: obj.e, text: obj.raw };
      if (asPron !== undefined) continue;
      const ref = personAt(tokens, j, c, false);
      if (ref !== null) return ref;
      if (
        !SKIP_BEFORE_NOUN.has(obj.norm) &&
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

const ISOLATED_RE =
  /\b(?:no (?:other|previous|prior|further) incidents|no incidents (?:before|since)|(?:a |the )?first (?:time|incident)(?: this has happened| between them)?|one-off|isolated incident|single incident|not happened before)\b/;

const CONDUCT_RE =
  /\b(?:(?:has |have |had )?been going on|going on for|(?:this|it|that|these|they|he|she) (?:has |have |had )?(?:happened|occurred|continued|happens|occurs|carried on|gone on))\b|\b(?:this|the|these|such) (?:behaviour|conduct|incidents?|contact|calls|messages|visits)\b|\boccasions\b/;

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
  const tokens = expandShorthand(tokenise(norm.text, c.stem), c.shorthand, c.stem);
  const lower = norm.text.toLowerCase();
  const facts = readTemporal(lower, (s, e) => mapBack(norm, original.length, s, e), original);
  const rel = (first: number, last: number): Rel =>
    relSpan(norm, original, (tokens[first] as Token).s, (tokens[last] as Token).e);

  // One pass over the tokens for every pattern in the pack.
  const raw = c.index.matchAll(tokens);
  const cues: Cue[] = [];
  const vetoes: { rule: number; first: number; last: number }[] = [];
  // Longest match per (rule, first token).
  // Keyed by rule and first token as one number (first < 2^20: sentences are capped far below).
  const best = new Map<number, { rule: number; first: number; last: number }>();
  for (let i = 0; i < raw.length; i += 3) {
    const term = c.terms[raw[i] as number];
    const first = raw[i + 1] as number;
    const last = raw[i + 2] as number;
    if (term === undefined) continue;
    if (term.type === 'context') cues.push({ context: term.context, first, last });
    else if (term.type === 'unless') vetoes.push({ rule: term.rule, first, last });
    else {
      const key = term.rule * 1_048_576 + first;
      const prev = best.get(key);
      if (!prev || last > prev.last) best.set(key, { rule: term.rule, first, last });
    }
  }
  let found = [...best.values()].filter(
    (m) => !vetoes.some((v) => v.rule === m.rule && v.first <= m.last && m.first <= v.last),
  );
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
    // Perception: "saw him waiting outside", "CCTV shows the suspect following her".
    const before = tokens[m.first - 1];
    const before2 = tokens[m.first - 2];
    if (
      before &&
      before2 &&
      PERCEPTION.has(before2.stem) &&
      (OBJECT.has(before.norm) || personAt(tokens, m.first - 1, c, false))
    ) {
      const asPron = OBJECT.get(before.norm);
      subject =
        asPron !== undefined
          ? { kind: 'pronoun', p: asPron, start: before.s, end: before.e, text: before.raw }
          : personAt(tokens, m.first - 1, c, false);
    } else {
      let k = m.first - 1;
      while (k >= 0 && k >= m.first - 3 && ADVERBS.has((tokens[k] as Token).norm)) k--;
      const aux = tokens[k];
      const isAux =
        aux !== undefined && (aux.stem === 'be' || aux.stem === 'get') && aux.norm !== 'being';
      if (RECEIVE.has(firstTok.stem)) mode = 'receive';
      else if (isAux && isParticiple(firstTok) && !ACTIVE_PARTICIPLES.has(firstTok.stem))
        mode = 'passive';
      else if (passiveInside(tokens, m.first, m.last)) mode = 'passive';
      // A match that starts with its own subject ("SUS o/s IP addr") names the actor itself,
      // unless it is quoted words ("'I am watching you'"), whose speaker comes before the quote.
      let quoteMarks = 0;
      for (let k = 0; k <= m.first; k++) if (tokens[k]?.punct === '"') quoteMarks++;
      const own = quoteMarks % 2 === 1 ? null : personAt(tokens, m.first, c, m.first === 0);
      subject =
        own !== null && (own.kind === 'pronoun' || isSubjectPosition(tokens, m.first))
          ? own
          : subjectBefore(tokens, m.first, c);
    }
    const agent = agentNear(tokens, m.first, m.last, c);
    // The direct object: a pronoun right after the verb ("followed her", "sent her messages").
    let object: Pronoun | null = null;
    for (let k = m.first + 1; k <= m.first + 2 && k <= m.last + 1 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      // Only right after the verb, or after a particle ("rang her", "picked her up", "called back her").
      if (k === m.first + 2 && !PARTICLES.has((tokens[m.first + 1] as Token).norm)) break;
      const o = OBJECT.get(t.norm);
      if (o !== undefined && (o !== 'she' || herIsObject(tokens, k))) {
        object = o;
        break;
      }
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
      if (k > 0 && (tokens[k] as Token).norm === 'and') {
        for (let j = 0; j < k; j++) {
          const ref = personAt(tokens, j, c, j === 0);
          if (ref !== null && (ref.kind === 'pronoun' || isSubjectPosition(tokens, j))) {
            coSubject = ref;
            break;
          }
        }
      }
    }
    let quotes = 0;
    for (let k = 0; k <= m.first; k++) if (tokens[k]?.punct === '"') quotes++;
    return {
      quoted: quotes % 2 === 1,
      rule: m.rule,
      start: span.start,
      end: span.end,
      modifier: mod ? { reason: mod.reason, cue: rel(mod.cue.first, mod.cue.last) } : null,
      mode,
      subject: fixRef(norm, original, subject),
      agent: fixRef(norm, original, agent),
      object,
      victimInside,
      objects,
      coSubject: fixRef(norm, original, coSubject),
    };
  });

  // Narrative-level votes and names.
  const votes = { she: 0, he: 0, firstPerson: 0, policeI: 0 };
  const names: SentenceResult['names'] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if ((t.norm === 'her' || t.norm === 'his' || t.norm === 'my') && next) {
      const role = c.persons.get(next.stem);
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
      if (v && POLICE_I_VERBS.has(v.stem)) votes.policeI++;
    }
    const role = c.persons.get(t.stem);
    if (role === 'victim') {
      // "IP states she ...", "IP has cut contact with her son": the victim's pronoun.
      for (let j = k + 1; j <= k + 6 && j < tokens.length; j++) {
        const w = (tokens[j] as Token).norm;
        // A possessive ("IP and her children") is clearer than a subject ("IP states he ...").
        if (w === 'she' || w === 'her' || w === 'herself') {
          votes.she += w === 'she' ? 1 : 2;
          break;
        }
        if (w === 'he' || w === 'his' || w === 'himself') {
          votes.he += w === 'he' ? 1 : 2;
          break;
        }
        if (SUBJECT.has(w) || c.persons.has((tokens[j] as Token).stem)) break;
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
          if (sur && sur.cap && !NOT_NAMES.has(sur.norm))
            names.push({ name: sur.norm, role: role === 'relation' ? 'suspect' : role });
          break;
        }
        if (
          !SKIP_BEFORE_NOUN.has((tokens[j] as Token).norm) &&
          (tokens[j] as Token).norm !== 'is' &&
          (tokens[j] as Token).norm !== 'named'
        )
          break;
      }
    }
  }
  const owned: SentenceResult['owned'] = [];
  for (let k = 0; k < tokens.length; k++) {
    const role = c.persons.get((tokens[k] as Token).stem);
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
    }
  });
  return {
    length: end - start,
    matches,
    facts,
    votes,
    names,
    conduct: CONDUCT_RE.test(lower),
    relationships,
    owned,
    isolated: ISOLATED_RE.test(lower),
  };
}
