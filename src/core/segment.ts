/**
 * Sentence and token splitting. Sentences are found on the original text (so their offsets are
 * original offsets); tokens are found on the normalised copy of one sentence and carry offsets
 * into that copy, which `sentence.ts` maps back to the original.
 */
import { MONTH_SHORT, WEEKDAY_SHORT } from './calendar';

/** A sentence: `[start, end)` in the original text, trimmed of surrounding white space. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Longest sentence the later steps will see; longer runs are cut at white space (bounded work). */
export const MAX_SENTENCE_CHARS = 1200;

/** Months and days: abbreviations that end a sentence when a capital follows. */
const DATE_ABBREVIATIONS = new Set([...MONTH_SHORT.map(([m]) => m), ...WEEKDAY_SHORT]);

/**
 * Record words that end a sentence when a capital letter follows ("att IP addr. SUS left", "not
 * to contact V. New FB acct made"), though a full stop after them need not end one.
 */
const RECORD_ABBREVIATIONS = new Set([
  'addr',
  'occ',
  'hrs',
  'mins',
  'rd',
  'ave',
  'a.m',
  'p.m',
  'etc',
  'oic',
  'vic',
  'susp',
  'v',
]);

// Words that end with a full stop without ending a sentence. Lower case, without the stop.
const ABBREVIATIONS = new Set([
  ...DATE_ABBREVIATIONS,
  ...RECORD_ABBREVIATIONS,
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'pc',
  'ps',
  'dc',
  'ds',
  'di',
  'dci',
  'sgt',
  'insp',
  'supt',
  'st',
  'approx',
  'appx',
  'no',
  'nos',
  'tel',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'vs',
  'ref',
  'incl',
  'dob',
  'co',
  'ltd',
  'dept',
]);

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    c === 0x202f
  );
}

function isUpperOrDigitStart(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 34 ||
    c === 39 ||
    c === 40 ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 45 ||
    c === 42 ||
    c === 8226 ||
    c >= 0xc0
  );
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46;
}

/** The word (letters, digits and inner full stops) that ends just before `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1)) && dot - i < 12) i--;
  return text.slice(i, dot).toLowerCase();
}

/**
 * A " / " at `slash` with a four-digit time after it, or a date and a time ("... / 1121 EX ...",
 * "... / 29/08 1410 VIC CALLS ...").
 */
function logEntryAt(text: string, slash: number): boolean {
  return (
    slash > 0 &&
    text.charCodeAt(slash - 1) === 32 &&
    LOG_ENTRY_AFTER_SLASH.test(text.slice(slash + 1, slash + 20))
  );
}
const LOG_ENTRY_AFTER_SLASH = /^ (?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})? )?\d{4}(?![^ /\n])/;

/**
 * Split `text` into sentences, starting at `from` (which must be 0 or the start of a sentence that
 * an earlier call returned: the splitter carries no state across a sentence start, so splitting
 * from there gives the same sentences as splitting the whole text).
 *
 * Boundaries: `.`, `!`, `?` (not after a known abbreviation or a single initial, and only when
 * white space and a capital, digit, quote or the end follow), any line break, " / " before a
 * four-digit log time, and a hard cut at
 * {@link MAX_SENTENCE_CHARS}. Guarantees: sentences are non-empty, in order, do not overlap and
 * lie within the text. Linear time.
 */
export function splitSentences(text: string, from = 0): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let i = from;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let end = -1;
    let lastSpace = -1;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
        end = i;
        break;
      }
      if (isSpace(c)) lastSpace = i;
      // "... WANTS ADVICE / 1121 EX KEEPS ...": a log pasted onto one line, its entries joined by
      // " / " before each four-digit time, is one sentence per entry.
      if (c === 47 && logEntryAt(text, i)) {
        end = i;
        i++;
        break;
      }
      if (c === 46 || c === 33 || c === 63) {
        let j = i + 1;
        // A run of terminators and closing quotes or brackets stays with this sentence.
        while (j < n) {
          const d = text.charCodeAt(j);
          if (
            d === 46 ||
            d === 33 ||
            d === 63 ||
            d === 34 ||
            d === 39 ||
            d === 41 ||
            d === 0x201d ||
            d === 0x2019
          )
            j++;
          else break;
        }
        if (j >= n) {
          end = n;
          i = n;
          break;
        }
        if (!isSpace(text.charCodeAt(j))) {
          i = j - 1;
          continue;
        }
        let k = j;
        while (k < n && isSpace(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
        if (k < n && text.charCodeAt(k) !== 10 && !isUpperOrDigitStart(text.charCodeAt(k))) {
          i = j - 1;
          continue;
        }
        if (c === 46) {
          const w = wordBefore(text, i);
          // A month or day ends a sentence when a capital follows ("since she left him in Jan.
          // SUSP turned up"), and so does a record word ("V." is the victim, not an initial);
          // other abbreviations ("Mr. Smith") do not.
          const dated =
            (DATE_ABBREVIATIONS.has(w) || RECORD_ABBREVIATIONS.has(w)) &&
            isUpper(text.charCodeAt(k));
          if (!dated && (ABBREVIATIONS.has(w) || (w.length === 1 && /[a-z]/i.test(w)))) {
            i = j - 1;
            continue;
          }
        }
        end = j;
        i = j;
        break;
      }
      if (i - start >= MAX_SENTENCE_CHARS) {
        // Cut a run-on line at its last space, or hard-cut a line with none (binary noise).
        end = lastSpace > start + MAX_SENTENCE_CHARS / 2 ? lastSpace : i;
        i = end;
        break;
      }
    }
    if (end < 0) end = n;
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    // Never end between the two halves of a surrogate pair.
    if (e < n && e > start && (text.charCodeAt(e) & 0xfc00) === 0xdc00) e = e + 1 <= n ? e + 1 : e;
    if (e > start) out.push({ start, end: e });
    if (i < e) i = e;
  }
  return out;
}

/** A token of a normalised sentence. Offsets index the normalised text of that sentence. */
export interface Token {
  /** Offset in the normalised sentence, inclusive. */
  s: number;
  /** Offset in the normalised sentence, exclusive. */
  e: number;
  /** The token as written (case kept). */
  raw: string;
  /** Lower case form used for exact and prefix matching. */
  norm: string;
  /** Light stem used for word matching (`followed` → `follow`). */
  stem: string;
  /** Punctuation between the previous token and this one (`,` `;` `:` `"` `(` `)` `-`), or ''. */
  punct: string;
  /** Starts with a capital letter as written. */
  cap: boolean;
  /**
   * Quote marks between the previous token and this one. Usually 0 or 1; 2 where one quotation
   * closes and the next opens ("signed 'R': 'I know where you live'"), which `punct` alone
   * cannot tell from a single mark.
   */
  quotes: number;
}

// Maps, not object literals: a word such as "constructor" must not find Object.prototype members,
// and a Map lookup needs no string internalisation (this runs for every word).
const CLITICS = new Map<string, string>([
  ['ll', 'will'],
  ['d', 'would'],
  ['ve', 'have'],
  ['re', 'are'],
  ['m', 'am'],
  ['s', "'s"],
]);

/** Words after which 'd is "would" or "had" ("I'd", "who'd"); after any other word it is a past tense. */
const D_PRONOUNS = new Set([
  'i',
  'you',
  'u',
  'he',
  'she',
  'we',
  'they',
  'it',
  'who',
  'that',
  'there',
  'what',
  'where',
  'how',
  'why',
  'someone',
  'somebody',
  'nobody',
  'everyone',
  'everybody',
  'one',
]);

// Contractions typed without the apostrophe, common in quick typing and in victims' messages.
const BARE_NEGATIONS = new Map<string, [string, string]>([
  ['dont', ['do', 'not']],
  ['didnt', ['did', 'not']],
  ['doesnt', ['does', 'not']],
  ['cant', ['can', 'not']],
  ['couldnt', ['could', 'not']],
  ['wouldnt', ['would', 'not']],
  ['shouldnt', ['should', 'not']],
  ['hasnt', ['has', 'not']],
  ['havent', ['have', 'not']],
  ['hadnt', ['had', 'not']],
  ['isnt', ['is', 'not']],
  ['wasnt', ['was', 'not']],
  ['werent', ['were', 'not']],
  ['aint', ['is', 'not']],
  ['wont', ['will', 'not']],
]);

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
function isAlpha(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Tokens longer than this are noise (hashes, binary, URLs) and are skipped: bounded work. */
export const MAX_TOKEN_CHARS = 40;

/**
 * Split a normalised sentence into word tokens. Contractions are split the Penn Treebank way
 * (`didn't` → `did` + `not`, `he'll` → `he` + `will`); a short letters/letters token such as
 * `s/m` is kept whole so shorthand can expand it; other punctuation is recorded on the next
 * token's `punct`. `stem` is filled by the caller's stemmer.
 */
export function tokenise(t: string, stem: (w: string) => string): Token[] {
  const out: Token[] = [];
  const n = t.length;
  let punct = '';
  let quotes = 0;
  // A single quote opened and not yet closed: a later "s'" closes it rather than being possessive.
  let singleOpen = false;
  let i = 0;
  const add = (s: number, e: number, raw: string, norm: string): void => {
    const c0 = raw.charCodeAt(0);
    out.push({ s, e, raw, norm, stem: stem(norm), punct, cap: c0 >= 65 && c0 <= 90, quotes });
    punct = '';
    quotes = 0;
  };
  while (i < n) {
    const c = t.charCodeAt(i);
    if (!isAlnum(c)) {
      // "SUS @ addr", "seen @addr": a free-standing @ is the word "at" (not one inside an email).
      if (c === 64 && (i === 0 || !isAlnum(t.charCodeAt(i - 1)))) {
        add(i, i + 1, '@', 'at');
        i++;
        continue;
      }
      // "calls & texts", "GRABBED ARM + THROAT": a free-standing "&" or "+" is the word "and"
      // (not one inside "M&S" or after a number, "40+ calls").
      if (
        (c === 38 || c === 43) &&
        (i === 0 || t.charCodeAt(i - 1) === 32) &&
        (i + 1 === n || t.charCodeAt(i + 1) === 32)
      ) {
        add(i, i + 1, c === 38 ? '&' : '+', 'and');
        i++;
        continue;
      }
      if (c === 44 || c === 59 || c === 58 || c === 34 || c === 40 || c === 41) {
        if (punct === '' || c === 34) punct = String.fromCharCode(c);
        if (c === 34) quotes++;
      } else if (c === 45 && i > 0 && t.charCodeAt(i - 1) === 32) {
        if (punct === '') punct = '-';
      } else if (c === 47 && i > 0 && t.charCodeAt(i - 1) === 32) {
        // "RP CALLING / MALE OUTSIDE AGAIN": a free-standing slash parts a log's entries as a
        // semicolon would.
        if (punct === '' || punct === ',') punct = ';';
      } else if (c === 39 && (i === 0 || !isAlnum(t.charCodeAt(i - 1)))) {
        // An opening single quote, as in: he said 'you will regret this'.
        if (i + 1 < n && isAlpha(t.charCodeAt(i + 1))) {
          punct = '"';
          quotes++;
          singleOpen = true;
        }
      } else if (
        c === 39 &&
        !singleOpen &&
        (t.charCodeAt(i - 1) | 32) === 115 &&
        (i + 1 === n || t.charCodeAt(i + 1) === 32)
      ) {
        // "her parents' house": a plural possessive, read like "'s", not a closing quote.
        add(i, i + 1, "'", "'s");
      } else if (c === 39 && i + 1 < n && !isAlnum(t.charCodeAt(i + 1))) {
        if (punct === '') punct = '"';
        quotes++;
        singleOpen = false;
      }
      i++;
      continue;
    }
    let j = i;
    while (j < n && isAlnum(t.charCodeAt(j))) j++;
    if (j - i > MAX_TOKEN_CHARS) {
      i = j;
      continue;
    }
    let word = t.slice(i, j);
    let lower = word.toLowerCase();
    // Contraction with an apostrophe.
    if (j + 1 < n && t.charCodeAt(j) === 39 && isAlpha(t.charCodeAt(j + 1))) {
      let k = j + 1;
      while (k < n && isAlpha(t.charCodeAt(k))) k++;
      const clitic = t.slice(j + 1, k).toLowerCase();
      if (clitic === 't' && lower.endsWith('n') && lower.length > 1) {
        const head = lower.slice(0, -1);
        add(
          i,
          j - 1,
          word.slice(0, -1),
          head === 'wo' ? 'will' : head === 'ca' ? 'can' : head === 'sha' ? 'shall' : head,
        );
        add(j - 1, k, t.slice(j - 1, k), 'not');
        i = k;
        continue;
      }
      // "msg'd", "rec'd": after a word that is not a pronoun, 'd marks the past tense, so the
      // word is kept whole without the apostrophe for shorthand to expand ("msgd" → "messaged").
      if (clitic === 'd' && !D_PRONOUNS.has(lower)) {
        add(i, k, t.slice(i, k), `${lower}d`);
        i = k;
        continue;
      }
      const mapped = CLITICS.get(clitic);
      if (mapped !== undefined) {
        add(i, j, word, lower);
        add(j, k, t.slice(j, k), mapped);
        i = k;
        continue;
      }
      // O'Brien and the like: one token.
      word = t.slice(i, k);
      lower = word.toLowerCase();
      j = k;
    } else if (
      j + 1 < n &&
      t.charCodeAt(j) === 47 &&
      j - i <= 3 &&
      isAlpha(t.charCodeAt(i)) &&
      isAlpha(t.charCodeAt(j + 1))
    ) {
      let k = j + 1;
      while (k < n && isAlnum(t.charCodeAt(k))) k++;
      if (k - j - 1 <= 3) {
        word = t.slice(i, k);
        lower = word.toLowerCase();
        j = k;
      }
    }
    const bare = BARE_NEGATIONS.get(lower);
    if (bare !== undefined) {
      // The written split is before the final "nt": did|nt, wo|nt, ca|nt.
      const split = j - 2;
      add(i, split, word.slice(0, split - i), bare[0]);
      add(split, j, word.slice(split - i), bare[1]);
      i = j;
      continue;
    }
    add(i, j, word, lower);
    i = j;
  }
  return out;
}
