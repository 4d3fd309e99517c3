/**
 * Word lists for reading one sentence (sentence.ts) and working out who its words refer to
 * (persons.ts). Entries are lower-case token norms, or stems where the list is matched against
 * `Token.stem` (see segment.ts and stem.ts).
 */
import type { Pronoun } from './sentence';
import { stem } from './stem';

export const SUBJECT = new Map<string, Pronoun>([
  ['he', 'he'],
  ['she', 'she'],
  ['they', 'they'],
  ['i', 'i'],
  ['we', 'we'],
  ['you', 'you'],
]);
export const OBJECT = new Map<string, Pronoun>([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they'],
  ['me', 'i'],
  ['us', 'we'],
]);
// Verbs of reporting whose object, right before an act, is the one doing it ("V reports sus
// waiting by her car", "CALLER STATES EX DRIVING UP AND DOWN"): the reporter is not the actor.
// A log's "caller advises that he rang her mum" reports too.
export const REPORTING = new Set([
  'report',
  'stat',
  'say',
  'alleg',
  'claim',
  'describ',
  'confirm',
  'advis',
]);
// Verbs of telling someone something ("told her the boy was following them"): after the one
// told comes what was said, with a subject of its own.
export const TELLING = new Set(['tell', 'told', 'warn', 'inform']);
// Words for the state something was left in, read like a past participle after "be" or a verb of
// finding ("both tyres were down", "came home to find her underwear gone"): done by someone
// other than the one who found it.
export const RESULT_STATES = new Set(['down', 'flat', 'gone', 'missing']);
// Participles after "was" where the person seen is the one doing it ("he was seen outside").
export const ACTIVE_PARTICIPLES = new Set([
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
// With the shorthand forms of logs ("rec'd", "recvd", "rcvd").
export const RECEIVE = new Set(['receiv', 'recev', 'reciev', 'recd', 'recvd', 'rcvd']);
// Verbs of finding what someone else had done ("found a camera pointed at her window").
export const DISCOVERY = new Set(['find', 'discover', 'notic', 'spot', 'uncover', 'detect', 'see']);
/** Time words that may stand between the one seen and the act ("saw him earlier stood outside"). */
export const SEEN_WHEN = new Set([
  'earlier',
  'again',
  'later',
  'today',
  'yesterday',
  'tonight',
  'once',
  'twice',
  'recently',
  'previously',
]);

/** How the one seen was placed, between them and where ("saw him stood in the doorway"). */
export const SEEN_POSTURE = new Set(['stood', 'sat', 'standing', 'sitting', 'parked', 'crouched']);

export const PARTICLES = new Set(['up', 'back', 'out', 'down', 'round', 'over', 'again']);

/** Vehicle words: "his car parked outside" is his act, and "her car" is hers to be done to. */
export const VEHICLES = new Set(['car', 'vehicle', 'van', 'veh', 'bus', 'bike', 'motorbike']);

/** What is said to "say" quoted words: a note, card, letter, message or sign. */
export const WRITTEN_THINGS = new Set([
  'note',
  'card',
  'letter',
  'message',
  'msg',
  'text',
  'txt',
  'sign',
  'graffiti',
  'post',
  'comment',
  'email',
  'voicemail',
  'placard',
  'banner',
]);
/** Words that introduce what a written thing says: "a card reading '...'", "notes saying '...'". */
export const SAYING = new Set(['say', 'saying', 'read', 'reading', 'stating', 'state', 'with']);
/** Stems of sending or writing: "she sent him a text saying ..." is the sender's words. */
export const SENDING = new Set([
  'send',
  'writ',
  'write',
  'leav',
  'post',
  'put',
  'reply',
  'text',
  'email',
]);

/** Verbs of being somewhere, after which "by" means beside ("waits by the exit"). */
export const BESIDE_VERBS = new Set(
  [
    'wait',
    'stand',
    'stood',
    'sit',
    'sat',
    'park',
    'hid',
    'hide',
    'hidden',
    'loiter',
    'lurk',
    'linger',
    'stay',
    'wander',
    'hover',
    'lie',
    'lay',
  ].map((w) => stem(w)),
);

/** Auxiliaries after which a word before them is a clause's subject ("JAMIE WAS SAT"). */
export const AUX_AFTER_SUBJECT = new Set([
  'was',
  'is',
  'were',
  'are',
  'has',
  'had',
  'have',
  'keeps',
  'kept',
]);
/** Words that are never a clause's own subject here. */
export const NOT_SUBJECT = new Set([
  'am',
  'be',
  'been',
  'being',
  'do',
  'did',
  'does',
  'will',
  'would',
  'can',
  'could',
  'to',
  'and',
  'or',
  'but',
  'also',
  'still',
]);

/** Words that make a verbless clause of the word before them ("KEV OUTSIDE ADDRESS"). */
export const LOCATIVE = new Set(['outside', 'opposite', 'near', 'behind', 'nearby']);

/**
 * Stems of the words a record uses for the one it accuses (not "male" or "man", which a scam
 * report uses for the caller too).
 */
export const SUSPECT_DESIGNATIONS = new Set([
  'suspect',
  'susp',
  'offender',
  'perpetrator',
  'accus',
  'defendant',
  'respondent',
  'stalker',
  'ex',
]);

/** People at an incident because of it, not because of the victim. */
export const BYSTANDERS = new Set([
  'witness',
  'security',
  'guard',
  'paramedic',
  'passer',
  'passerby',
]);

/** Prepositions that can end a reduced relative clause ("the man she was friends with"). */
export const STRANDED = new Set(['with', 'for', 'to', 'of', 'about', 'from']);

/** Words after which "from" says where a journey began ("home from", "back from"). */
export const ORIGIN_BEFORE = new Set(['home', 'back', 'away', 'way', 'out', 'route', 'journey']);
