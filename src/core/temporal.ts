/**
 * Temporal facts of one sentence: dates, relative times, counts ("on 4 occasions", "40
 * messages"), frequencies and repetition words ("daily", "constantly", "bombarded"), "again", and
 * periods ("since March", "over three weeks"). `readTemporal` is sentence-local, so its result is
 * cached with the sentence; `chronology.ts` turns the facts into occasions.
 */
import { MONTH_FORMS } from './calendar';

/** A span relative to the start of the sentence it was read from. */
export interface RelSpan {
  start: number;
  end: number;
  text: string;
}

export interface TimeMention extends RelSpan {
  /** Identity used to tell occasions apart ("d:2024-03-04", "w:monday", "r:next day"). */
  key: string;
  /** Resolved parts, where the text gives them. */
  day: number | null;
  month: number | null;
  year: number | null;
  /** Days after the previous occasion ("two days later"), when that is what it says. */
  after: number | null;
  /** A date the conduct runs from ("since 9 January"): the start of the period, for `period`. */
  since?: true;
}

export interface CountMention extends RelSpan {
  n: number;
  /** `occasions`: "on 4 occasions", "twice"; `items`: "40 messages". */
  kind: 'occasions' | 'items';
  /** Said with a quantity word ("dozens of", "numerous", "a barrage of"), not a number. */
  vague: boolean;
  /** "The third time", "3rd call": this occasion is the nth, so n so far. */
  ordinal?: true;
}

export interface FrequencyMention extends RelSpan {
  /** Occasions per day where the words say ("daily" 1, "three times a week" 3/7), else null. */
  perDay: number | null;
  /** Earlier reports of the conduct ("previous logs"), not a word for the conduct itself. */
  reports?: true;
}

export interface PeriodMention extends RelSpan {
  days: number | null;
  /** For "since March": the month (1-12), to resolve against the latest date in the text. */
  sinceMonth: number | null;
}

/** Everything temporal found in one sentence. Offsets are relative to the sentence start. */
export interface TemporalFacts {
  times: TimeMention[];
  counts: CountMention[];
  frequencies: FrequencyMention[];
  periods: PeriodMention[];
  /** "again", "another occasion", "returned": this sentence is a further occasion. */
  again: RelSpan | null;
  /**
   * "previously", "since then", "not long after": this sentence's conduct was at another time than
   * the conduct told before it, without saying when. Unlike "again", it does not say there was an
   * occasion before the first one told.
   */
  otherTime: RelSpan | null;
  /** "the first time", "a single message", "one-off": the words say this happened once. */
  single: boolean;
  /** Acts named in the plural without a number ("sent her messages", "left gifts"). */
  plurals: RelSpan[];
  /** The habitual: "he would wait", "used to turn up", "he now watches her from his window". */
  habitual: RelSpan[];
  /**
   * "within minutes", "in one evening", "in quick succession": what the sentence counts happened
   * on one occasion, so its counts and plurals are not separate occasions.
   */
  sameOccasion: boolean;
  /**
   * Where "then", "while", "when", "on the way" first tie the sentence's acts into one episode
   * (relative to the sentence), so different acts in it (or in it and the sentence before) are
   * not different occasions; null when nothing does.
   */
  linkAt: number | null;
}

const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(MONTH_FORMS);
export const MONTH_RE = MONTH_FORMS.map(([m]) => m).join('|');

/** Words before a "would" that make it reported speech or a condition: its clause, to its end. */
const REPORTED_BEFORE =
  /\b(?:said|say|says|saying|told|tell|tells|telling|threaten\w*|warn\w*|if|unless|promised|wrote|texted|messaged|claimed|stated|states|thought|think|knew|know|worried|feared|afraid)\b[^.;:!?]*$/;

/** Weekday short forms that are also English words ("sat", "sun", "wed"). */
const AMBIGUOUS_WEEKDAYS = /^(?:sat|sun|wed)$/;

/** Number words that say exactly how many. */
const EXACT_NUMBERS: Record<string, number> = {
  one: 1,
  a: 1,
  an: 1,
  once: 1,
  two: 2,
  twice: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  'a couple of': 2,
  'a couple': 2,
  'a thousand': 1000,
  'a dozen': 12,
  dozen: 12,
};

/** Quantity words: "numerous", "dozens of", "a barrage of". A count said with one is vague. */
const QUANTITY_WORDS: Record<string, number> = {
  'a few': 3,
  few: 3,
  several: 3,
  multiple: 2,
  // Police shorthand for "multiple" and "several" ("on mult occs", "sev msgs").
  mult: 2,
  sev: 3,
  numerous: 3,
  many: 3,
  countless: 10,
  dozens: 24,
  'dozens of': 24,
  hundreds: 100,
  'hundreds of': 100,
  'a number of': 2,
  thousands: 1000,
  'thousands of': 1000,
  'scores of': 40,
  'loads of': 10,
  'lots of': 10,
  'a lot of': 10,
  'a barrage of': 10,
  'a stream of': 5,
  'a string of': 3,
  'a flood of': 10,
  'a torrent of': 10,
  'a deluge of': 10,
  'a series of': 3,
  'a spate of': 3,
  'a volley of': 5,
  'a succession of': 3,
  'reams of': 10,
  endless: 10,
  umpteen: 10,
  innumerable: 10,
  'heaps of': 10,
  'a handful of': 3,
  various: 2,
  'more than': 2,
  over: 2,
  'at least': 1,
};

const NUMBER_WORDS: Record<string, number> = { ...EXACT_NUMBERS, ...QUANTITY_WORDS };

/** The nouns of quantity that take "of" before what is counted ("hundreds", "loads", "a barrage"). */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set(
  Object.keys(QUANTITY_WORDS)
    .filter((k) => k.endsWith(' of'))
    .map((k) => k.split(' ').at(-2) as string),
);
export const NUM_RE =
  '\\d{1,4}\\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of|hundreds|a couple of|a few|several|sev|multiple|mult|numerous|many|countless|dozens of|a dozen|a number of|various|thousands of|thousands|a thousand|scores of|loads of|lots of|a lot of|(?:a )?(?:barrage|stream|string|flood|torrent|deluge|series|spate|volley|succession) of|reams of|endless|umpteen|innumerable|heaps of|a handful of';

/** Is a count's number word a vague quantity ("dozens of", "numerous") rather than a number? */
function isVague(raw: string): boolean {
  return Object.hasOwn(QUANTITY_WORDS, numberKey(raw));
}

/** How many facts have been read: a pattern that added one has taken its span. */
function factCount(f: TemporalFacts): number {
  return (
    f.times.length +
    f.counts.length +
    f.frequencies.length +
    f.periods.length +
    f.plurals.length +
    f.habitual.length +
    (f.again ? 1 : 0) +
    (f.otherTime ? 1 : 0)
  );
}

function addCount(
  f: TemporalFacts,
  s: RelSpan,
  n: number,
  kind: CountMention['kind'],
  vague: boolean,
  ordinal = false,
): void {
  const c: CountMention = { start: s.start, end: s.end, text: s.text, n, kind, vague };
  if (ordinal) c.ordinal = true;
  f.counts.push(c);
}

/** A number phrase as NUMBER_WORDS keys it ("series of" and "a series of" are one). */
function numberKey(raw: string): string {
  const t = raw.trim().replace(/\s+/g, ' ');
  return /^(?:barrage|stream|string|flood|torrent|deluge|series|spate|volley|succession) of$/.test(
    t,
  )
    ? `a ${t}`
    : t;
}

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const t = numberKey(s);
  if (/^\d+\+?$/.test(t)) return parseInt(t, 10);
  if (t === 'a hundred') return 100;
  return Object.hasOwn(NUMBER_WORDS, t) ? (NUMBER_WORDS[t] as number) : null;
}

/**
 * Not right after a denial: "rather than a one-off", "not a one-off" say the opposite. Shared by
 * the single-incident readings here and in sentence.ts.
 */
/**
 * Earlier reports of the conduct: "previous logs", "prior incidents", "prev report on system same
 * sus". More than one occasion before the one told, unless denied ("no previous incidents").
 */
export const EARLIER_REPORTS =
  '(?<!\\bno )(?:(?:previous|prev|prior|earlier|linked|multiple|numerous|repeated|repeat|several|many) (?:police )?(?:logs|reports|incidents|incs|occurrences|occs|complaints)|(?:previous|prev|prior|earlier) (?:police )?(?:log|report|incident|inc|occurrence|complaint) (?:on (?:the )?system|re|about|involving|linked|same)|repeat (?:victim|vic|caller|location|address))';

export const NOT_DENIED = '(?<!\\b(?:than|not|never|no) (?:a |an |just a |merely a )?)';

/** A four-digit clock time, as logs write it ("2312", "0041"). */
export const HHMM = '(?:[01]\\d|2[0-3])[0-5]\\d';
const LOG_TIME_RE = new RegExp(`^${HHMM}$`);

/** Ordinal words from "second"; "2nd" to "10th" are read as numbers. */
const ORDINALS = [
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
/** The ordinals "the 4th time" may hold, for the temporal sources. */
export const ORDINAL_RE = `${ORDINALS.join('|')}|2nd|3rd|[4-9]th|10th`;

const UNIT_DAYS: Record<string, number> = {
  day: 1,
  days: 1,
  night: 1,
  nights: 1,
  week: 7,
  weeks: 7,
  fortnight: 14,
  fortnights: 14,
  month: 30,
  months: 30,
  year: 365,
  years: 365,
  wk: 7,
  wks: 7,
  mth: 30,
  mths: 30,
  mnths: 30,
  yr: 365,
  yrs: 365,
};

interface PatternDef {
  /**
   * Index of its regular expression in the pack's `temporal` sources (temporal-sources.ts), and
   * of its gate (a cheap test on the whole sentence; the pattern runs only when it passes) among
   * the gate sources after them.
   */
  re: number;
  on: (
    m: RegExpExecArray,
    f: TemporalFacts,
    span: RelSpan,
    readers: TemporalPatterns['readers'],
  ) => void;
}

interface Pattern extends Omit<PatternDef, 're'> {
  re: RegExp;
  /** Its gate (see {@link compileGates}): the pattern runs on a sentence only when it passes. */
  gate: Int32Array;
}

/**
 * Whole-sentence tests, compiled from the pack's temporal sources after the patterns, in this
 * order (their sources: `READER_SOURCES` in temporal-sources.ts). Each reads a lower-case text.
 */
export const READER_IDS = [
  'single',
  'sameOccasion',
  'clockWindow',
  'linked',
  'isolated',
  'conduct',
  'orderOutcome',
  'orderMade',
  'afterOrder',
  'narrator',
  'reporter',
  'furtherAct',
  'leadWord',
  'earlierReports',
  'relationshipLength',
  'remoteContact',
  'unlistedAct',
] as const;
export type ReaderId = (typeof READER_IDS)[number];

/**
 * The temporal reader's patterns and the whole-sentence readers, compiled from a pack's sources
 * by {@link compileTemporal}.
 */
export interface TemporalPatterns {
  readonly patterns: readonly Pattern[];
  readonly readers: Readonly<Record<ReaderId, RegExp>>;
  /** Each reader's gate, for the readers asked of every sentence (see {@link reads}). */
  readonly readerGates: Readonly<Record<ReaderId, Int32Array>>;
  /** The gates' automaton (see {@link compileGates}). */
  readonly gates: Gates;
}

/**
 * "They were together for 3 years", "married for 20 years": how long they knew each other, not
 * how long the conduct went on (the pack's `relationshipLength` reader, on the words before).
 */
function lengthOfRelationship(m: RegExpExecArray, readers: TemporalPatterns['readers']): boolean {
  return readers.relationshipLength.test(m.input.slice(Math.max(0, m.index - 40), m.index));
}

const PATTERNS: PatternDef[] = [
  // A range is a period, not two occasions: "between 20/10 and 27/10", "from 5 to 19 January",
  // "4-27 Feb", "15/09-14/12".
  {
    re: 0,
    on: (m, f, s) => {
      // "4-27 Feb", "between 4 and 27 Feb": the first day is in the second's month, or the month
      // before ("28 to 3 Feb").
      const b = parseDate((m[2] ?? m[4] ?? m[6] ?? m[8]) as string);
      const day = Number(m[3] ?? m[5]);
      const from = m[1] ?? m[7];
      const a = from
        ? parseDate(from)
        : {
            day,
            month: b && b.month !== null ? (day > b.day ? b.month - 1 || 12 : b.month) : null,
          };
      let days: number | null = null;
      if (a && b && a.month !== null && b.month !== null) {
        const y = 2001;
        days = Math.round(
          (Date.UTC(y, b.month - 1, b.day) - Date.UTC(y, a.month - 1, a.day)) / 86_400_000,
        );
        if (days < 0) days += 365;
      }
      f.periods.push({ start: s.start, end: s.end, text: s.text, days, sinceMonth: null });
    },
  },
  // 4 March 2024, 4th of March, 4 March
  {
    re: 1,
    on: (m, f, s) =>
      addDate(f, s, Number(m[1]), MONTHS[m[2] as string] ?? null, m[3] ? Number(m[3]) : null),
  },
  // March 4th 2024, March 4 (not "may 2", "sep 2 months", "mar 3": shorthand and verbs)
  {
    re: 2,
    on: (m, f, s) =>
      addDate(f, s, Number(m[2]), MONTHS[m[1] as string] ?? null, m[3] ? Number(m[3]) : null),
  },
  // 04/03/2024, 4.3.24, 04-03-2024 (UK day first)
  {
    re: 3,
    on: (m, f, s) => {
      const y = Number(m[3]);
      addDate(f, s, Number(m[1]), Number(m[2]), y < 100 ? 2000 + y : y);
    },
  },
  // 14/03, 02/11 (UK day first, no year); not 24/7 or a fraction
  {
    re: 4,
    on: (m, f, s) => {
      if (m[0] === '24/7') return;
      addDate(f, s, Number(m[1]), Number(m[2]), null);
    },
  },
  // the 12th (of the month)
  {
    re: 5,
    on: (m, f, s) => addDate(f, s, Number(m[1]), null, null),
  },
  // weekdays: on Monday, last Tuesday, Friday night
  {
    re: 6,
    on: (m, f, s) => {
      // "She has sat on my doorstep", "in the sun": these short forms are words too, so written
      // in lower case with nothing around them they are not days.
      if (
        m[1] === undefined &&
        m[3] === undefined &&
        AMBIGUOUS_WEEKDAYS.test(m[2] as string) &&
        s.text.slice(0, 3) === m[2]
      )
        return;
      const w = (m[2] as string).slice(0, 3);
      addTime(f, s, `w:${m[1] === 'last' ? 'last-' : ''}${w}${m[3] ? '-' + m[3] : ''}`, null);
    },
  },
  // relative days
  {
    re: 7,
    on: (m, f, s) => {
      const t = m[1] as string;
      const after = /next|following|day after|night after|later/.test(t)
        ? t.includes('week')
          ? 7
          : t.includes('later')
            ? 0
            : 1
        : null;
      addTime(f, s, `r:${t}`, after);
    },
  },
  // two days later, a week later, three weeks ago
  {
    re: 8,
    on: (m, f, s) => {
      const n = num(m[1]) ?? 1;
      const unit = m[2] as string;
      const days = unit.startsWith('hour') ? 0 : n * (UNIT_DAYS[unit] ?? 1);
      addTime(f, s, `r:${s.text}`, m[3] === 'ago' ? null : days);
    },
  },
  // clock times: at 2100 hrs, at 9pm, 21:30
  {
    re: 9,
    on: (_m, f, s) => addTime(f, s, `t:${s.text.replace(/\s+/g, '')}`, null),
  },
  // on 4 occasions, four times, twice, x4
  {
    re: 10,
    on: (m, f, s) => {
      const raw = (m[1] as string).replace(
        /^(over|more than|at least|approx(?:imately)?|about|around) /,
        '',
      );
      let n = num(raw);
      // "on more than one occasion", "over one time": at least two.
      if (n === 1 && /^(?:over|more than) /.test(m[1] as string)) n = 2;
      if (n !== null && n >= 1) addCount(f, s, n, 'occasions', isVague(raw));
    },
  },
  // "this is the third time", "for the 4th time", "3rd call this month", "Incident 3:": that many
  // occasions so far
  {
    re: 11,
    on: (m, f, s) => {
      // "Breach 2: ..." numbers the occasions as a list does.
      const w = (m[1] ?? m[2] ?? m[3]) as string;
      const n = /^\d/.test(w) ? parseInt(w, 10) : ORDINALS.indexOf(w) + 2;
      if (n >= 2) addCount(f, s, n, 'occasions', false, true);
    },
  },
  {
    re: 12,
    on: (m, f, s) => {
      // "several x", "mult x": shorthand for a vague number of times.
      if (m[3]) {
        const v = num(m[3]);
        if (v !== null) addCount(f, s, Math.max(2, v), 'occasions', true);
        return;
      }
      // "turned up at both viewings": one act at each of two.
      const n = m[1] ? num(m[1]) : m[5] ? 2 : Number(m[2] ?? m[4]);
      if (n !== null && n >= 2) addCount(f, s, n, 'occasions', false);
    },
  },
  // 40 messages, dozens of calls, 27 missed calls
  {
    re: 13,
    on: (m, f, s) => {
      const raw = (m[1] as string).replace(
        /^(over|more than|at least|approx(?:imately)?|about|around|up to) /,
        '',
      );
      const n = num(raw);
      // "in 2019 but clarifies calls": a year, not a count of calls.
      if (/^(?:19|20)\d\d$/.test(raw) && m[0].trim().split(/\s+/).length > 2) return;
      // "0941 BOTH CALLS", "2215 MORE TXTS" with words between: a log's clock time, not a count.
      if (LOG_TIME_RE.test(raw) && (raw[0] === '0' || m[0].trim().split(/\s+/).length > 2)) return;
      if (n !== null && n >= 2) addCount(f, s, n, 'items', isVague(raw));
    },
  },
  // frequencies
  {
    re: 14,
    on: (m, f, s) =>
      f.frequencies.push({
        start: s.start,
        end: s.end,
        text: s.text,
        perDay: perDay(m[1] as string),
      }),
  },
  {
    re: 15,
    on: (m, f, s) => {
      const unit = m[2] === 'wk' ? 'week' : (m[2] as string);
      f.frequencies.push({
        start: s.start,
        end: s.end,
        text: s.text,
        perDay: Number(m[1]) / (UNIT_DAYS[unit] ?? 1),
      });
    },
  },
  {
    re: 16,
    on: (_m, f, s) =>
      f.frequencies.push({ start: s.start, end: s.end, text: s.text, perDay: null }),
  },
  // Repetition said in other words: "constant calls", "bombarded her", "he would turn up",
  // "a campaign", "day after day", "increasingly", "previous logs": more than once, with no
  // number.
  {
    re: 17,
    on: (_m, f, s) =>
      f.frequencies.push({ start: s.start, end: s.end, text: s.text, perDay: null }),
  },
  // The habitual: "he would wait outside", "used to turn up", "he now watches her", "SUS texts
  // her": conduct that recurs, said by the verb form.
  {
    re: 18,
    on: (m, f, s) => {
      // "He said he would send the pictures", "if she did not reply he would come round": a
      // threat or a condition, not a habit.
      if (m[0].startsWith('would') && REPORTED_BEFORE.test(m.input.slice(0, m.index))) return;
      f.habitual.push(s);
    },
  },
  // The perfect progressive of acts that take a moment ("has been texting her", "has been turning
  // up at her work") says they were done again and again. Verbs of a state or a stretch of time
  // ("has been sitting outside for an hour") are left out: that is one occasion. The passive of
  // conduct that is itself a course says it recurs too ("she is being harassed", "has been
  // stalked"), but not that of an act that can be one walk ("she was being followed").
  {
    re: 19,
    on: (_m, f, s) => {
      f.habitual.push(s);
    },
  },
  // Starting an act that takes a moment ("started turning up at her work", "began texting her")
  // starts a habit; so does taking to any act ("took to waiting outside"). "Started following
  // her" is left out: that can be one walk.
  {
    re: 20,
    on: (_m, f, s) => {
      f.habitual.push(s);
    },
  },
  // "He is always asking them about me", "always turning up": always, with the progressive.
  {
    re: 21,
    on: (_m, f, s) => {
      f.habitual.push(s);
    },
  },
  // Dec 98 - Jun 99, from March to June, between May and August: a period of months.
  {
    re: 22,
    on: (m, f, s) => {
      const a = MONTHS[m[1] as string];
      const b = MONTHS[m[3] as string];
      if (a === undefined || b === undefined) return;
      const ya = m[2] ? Number(m[2]) % 100 : null;
      const yb = m[4] ? Number(m[4]) % 100 : null;
      let months =
        b - a + (ya !== null && yb !== null ? ((yb - ya + 100) % 100) * 12 : b < a ? 12 : 0);
      if (months <= 0) return;
      months = Math.min(months, 240);
      f.periods.push({
        start: s.start,
        end: s.end,
        text: s.text,
        days: months * 30,
        sinceMonth: null,
      });
    },
  },
  // periods: for three weeks, over the past 6 months, the last fortnight
  {
    re: 23,
    on: (m, f, s, readers) => {
      const n = m[1] === undefined || m[1] === 'the' ? 1 : num(m[1]);
      const unit = m[2] as string;
      if (n === null) return;
      if (lengthOfRelationship(m, readers)) return;
      // "over a period of months", "for several weeks": a length the text does not give.
      const vague =
        m[1] === undefined ||
        /^(several|a few|few|many|numerous|multiple|various|a number of)$/.test(m[1]);
      f.periods.push({
        start: s.start,
        end: s.end,
        text: s.text,
        days: vague && /s$/.test(unit) ? null : n * (UNIT_DAYS[unit] ?? 1),
        sinceMonth: null,
      });
    },
  },
  {
    re: 24,
    on: (m, f, s, readers) => {
      if (lengthOfRelationship(m, readers)) return;
      f.periods.push({ start: s.start, end: s.end, text: s.text, days: null, sinceMonth: null });
    },
  },
  // "the campaign lasted about a year", "a two-year campaign", "an 18-month ordeal", "has spent
  // five years posting", "around two years now", "pursued him 6 yrs since"
  {
    re: 25,
    on: (m, f, s) => {
      const n = num(m[1] ?? m[3] ?? m[5] ?? m[7]);
      const unit = (m[2] ?? m[4] ?? m[6] ?? m[8]) as string;
      const vague = /^(several|a few|many|numerous|multiple|various|a number of)$/.test(
        m[1] ?? m[3] ?? m[5] ?? m[7] ?? '',
      );
      f.periods.push({
        start: s.start,
        end: s.end,
        text: s.text,
        days: n === null || vague ? null : n * (UNIT_DAYS[unit] ?? UNIT_DAYS[`${unit}s`] ?? 1),
        sinceMonth: null,
      });
    },
  },
  // since 2023, since early 2019, since his release, since she blocked him
  {
    re: 26,
    on: (_m, f, s) =>
      f.periods.push({ start: s.start, end: s.end, text: s.text, days: null, sinceMonth: null }),
  },
  // since March, since 4 March, since the relationship ended
  {
    re: 27,
    on: (m, f, s) =>
      f.periods.push({
        start: s.start,
        end: s.end,
        text: s.text,
        days: null,
        sinceMonth: MONTHS[m[1] as string] ?? null,
      }),
  },
  // since we split up in January, since the break-up in March: the month is the anchor
  {
    re: 28,
    on: (m, f, s) => {
      const month = s.text.slice(s.text.length - (m[1] as string).length);
      f.periods.push({
        start: s.start,
        end: s.end,
        text: `since ${month}`,
        days: null,
        sinceMonth: MONTHS[m[1] as string] ?? null,
      });
    },
  },
  {
    re: 29,
    on: (_m, f, s) =>
      f.periods.push({ start: s.start, end: s.end, text: s.text, days: null, sinceMonth: null }),
  },
  // Acts in the plural with no number: "sent her messages", "left gifts", "made calls".
  {
    re: 30,
    on: (m, f, s) => {
      // "no further msgs or contact", "not had any calls": acts said not to have happened.
      if (NEGATED_BEFORE.test(m.input.slice(Math.max(0, m.index - 28), m.index))) return;
      f.plurals.push(s);
    },
  },
  // again
  {
    re: 31,
    on: (_m, f, s) => {
      if (f.again === null) f.again = s;
    },
  },
  // previously, the last time he did this, since then, not long after
  {
    re: 32,
    on: (_m, f, s) => {
      if (f.otherTime === null) f.otherTime = s;
    },
  },
  // "at her home and at her work", "outside her house, her mum's and her gym": one person is not
  // at two places at once, so the act said of them is more than one.
  {
    re: 33,
    on: (m, f, s) => {
      if (m[1] === m[2]) return;
      if (NEGATED_BEFORE.test(m.input.slice(Math.max(0, m.index - 28), m.index))) return;
      f.plurals.push(s);
    },
  },
  // A record's headline present ("Ex texting IP despite NMO", "SUS hanging around her street"):
  // with no auxiliary and no time, it tells what he has been doing, not one moment. Said with a
  // time, or "now", it is the moment ("MALE WATCHING HER NOW").
  {
    re: 34,
    on: (_m, f, s) => {
      if (f.times.length > 0 || f.single) return;
      f.habitual.push(s);
    },
  },
  // A month of a year: "in November 2021", "Jun 23" is a day, but "10/15" (no month 15) is
  // October 2015. Later than the dates, so "4 March 2024" stays a day.
  {
    re: 35,
    on: (m, f, s) => {
      const month = m[1] ? (MONTHS[m[1]] ?? null) : Number(m[3]);
      const yy = Number(m[4]);
      const year = m[2] ? Number(m[2]) : yy < 50 ? 2000 + yy : 1900 + yy;
      if (month === null) return;
      f.times.push({ ...s, key: `d:${year}-${month}-?`, day: null, month, year, after: null });
    },
  },
];

/*
 * The gates are tested together. One regular expression per gate would scan the sentence once per
 * gate, and fifty-odd scans cost more than the rest of the reader. A gate is a few sets of strings
 * (letters, spaces, apostrophes and `\d` for any digit): it passes when the sentence holds a string
 * of every set. One pass of an Aho-Corasick automaton over the sentence finds every set that a
 * string of it ends in, as a bit set; a gate is then a few bit tests. The sets are worked out
 * from each expression where the pack is built (temporal-sources.ts), so a sentence a gate turns
 * away is one its expression cannot match.
 */

/** The automaton's alphabet: 0 for a character no gate string has, a-z, space, `'`, any digit. */
const SYMBOLS = 30;
const DIGIT_SYMBOL = 29;
const SYMBOL_OF = new Uint8Array(128);
for (let c = 97; c <= 122; c++) SYMBOL_OF[c] = c - 96;
SYMBOL_OF[32] = 27;
SYMBOL_OF[39] = 28;
for (let c = 48; c <= 57; c++) SYMBOL_OF[c] = DIGIT_SYMBOL;

interface Gates {
  /** Per gate (patterns', then readers'), pairs of a word of the bit set and the set bits wanted. */
  readonly of: readonly Int32Array[];
  /** Words of the bit set: one bit per distinct set of strings. */
  readonly words: number;
  /**
   * The automaton as a table: `next[state * SYMBOLS + symbol]` is the next state, and
   * `out[state * words + w]` the bits of the sets a string of which ends at that state.
   */
  readonly next: Uint16Array | Int32Array;
  readonly out: Int32Array;
  /** 1 for a state that ends some string. */
  readonly ends: Uint8Array;
}

/**
 * Gates written `a|b|\d&c|d` (sets joined by `&`); '' is a gate that always passes. A character
 * outside the alphabet stands for any such character ("24/7" also passes "24-7").
 */
function compileGates(sources: readonly string[]): Gates {
  const bitOf = new Map<string, number>();
  for (const source of sources)
    for (const set of source === '' ? [] : source.split('&'))
      if (!bitOf.has(set)) bitOf.set(set, bitOf.size);
  const words = Math.max(1, Math.ceil(bitOf.size / 32));
  const of = sources.map((source) => {
    const pairs: number[] = [];
    for (const set of source === '' ? [] : source.split('&')) {
      const bit = bitOf.get(set) as number;
      let k = 0;
      while (k < pairs.length && pairs[k] !== bit >>> 5) k += 2;
      if (k === pairs.length) pairs.push(bit >>> 5, 0);
      pairs[k + 1] = (pairs[k + 1] as number) | (1 << (bit & 31));
    }
    return Int32Array.from(pairs);
  });
  // The trie of every string, -1 where it has no move.
  const next: number[] = new Array<number>(SYMBOLS).fill(-1);
  const out: number[] = new Array<number>(words).fill(0);
  for (const [set, bit] of bitOf)
    for (const string of set.split('|')) {
      let state = 0;
      for (let i = 0; i < string.length; i++) {
        let sym = SYMBOL_OF[string.charCodeAt(i)] as number;
        // "\d": any digit.
        if (string.charCodeAt(i) === 92) [sym, i] = [DIGIT_SYMBOL, i + 1];
        let to = next[state * SYMBOLS + sym] as number;
        if (to < 0) {
          to = out.length / words;
          for (let w = 0; w < words; w++) out.push(0);
          for (let k = 0; k < SYMBOLS; k++) next.push(-1);
          next[state * SYMBOLS + sym] = to;
        }
        state = to;
      }
      const w = state * words + (bit >>> 5);
      out[w] = (out[w] as number) | (1 << (bit & 31));
    }
  // Breadth first, each state's failure link (its longest proper suffix that is in the trie):
  // a missing move is the move of the failure state, and a state ends every string its failure
  // state ends.
  const fail: number[] = new Array<number>(out.length / words).fill(0);
  const queue: number[] = [];
  for (let sym = 0; sym < SYMBOLS; sym++) {
    const to = next[sym] as number;
    if (to < 0) next[sym] = 0;
    else queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    const f = fail[state] as number;
    for (let w = 0; w < words; w++)
      out[state * words + w] = (out[state * words + w] as number) | (out[f * words + w] as number);
    for (let sym = 0; sym < SYMBOLS; sym++) {
      const to = next[state * SYMBOLS + sym] as number;
      const viaFail = next[f * SYMBOLS + sym] as number;
      if (to < 0) next[state * SYMBOLS + sym] = viaFail;
      else {
        fail[to] = viaFail;
        queue.push(to);
      }
    }
  }
  return {
    of,
    words,
    next: fail.length < 65536 ? Uint16Array.from(next) : Int32Array.from(next),
    out: Int32Array.from(out),
    ends: Uint8Array.from(fail, (_f, state) =>
      out.slice(state * words, (state + 1) * words).some((bits) => bits !== 0) ? 1 : 0,
    ),
  };
}

/** The sets of the pack's gates that `lower` passes, as a bit set for {@link passes}. */
export function passedGates(lower: string, { gates }: TemporalPatterns): Int32Array {
  const { next, out, words, ends } = gates;
  const passed = new Int32Array(words);
  let state = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    state = next[state * SYMBOLS + (c < 128 ? (SYMBOL_OF[c] as number) : 0)] as number;
    // Most states end no string.
    if (ends[state] === 1)
      for (let w = 0; w < words; w++)
        passed[w] = (passed[w] as number) | (out[state * words + w] as number);
  }
  return passed;
}

/** Whether `passed` holds every set of `gate`. */
function passes(passed: Int32Array, gate: Int32Array): boolean {
  for (let k = 0; k < gate.length; k += 2) {
    const want = gate[k + 1] as number;
    if (((passed[gate[k] as number] as number) & want) !== want) return false;
  }
  return true;
}

/** A whole-sentence reader's test of `lower`, skipped where its gate turns the sentence away. */
export function reads(
  t: TemporalPatterns,
  id: ReaderId,
  lower: string,
  passed: Int32Array,
): boolean {
  return passes(passed, t.readerGates[id]) && t.readers[id].test(lower);
}

function parseDate(t: string): { day: number; month: number | null } | null {
  const slash = /^(\d{1,2})\/(\d{1,2})/.exec(t);
  if (slash) return { day: Number(slash[1]), month: Number(slash[2]) };
  const named = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_RE})`).exec(t);
  if (named) return { day: Number(named[1]), month: MONTHS[named[2] as string] ?? null };
  return null;
}

function perDay(t: string): number | null {
  if (
    /^(daily|nightly|on a daily basis|day and night)$/.test(t) ||
    /^(every|each|most) (single )?(day|night|morning|evening)s?$/.test(t)
  )
    return 1;
  if (t === 'hourly' || t === 'every hour') return 24;
  if (
    /^(weekly|every week|each week|every weekend|each weekend|most weekends)$/.test(t) ||
    /^(every|most|on) \w+days?$/.test(t)
  )
    return 1 / 7;
  if (t === 'every other day') return 0.5;
  if (t === 'every few days') return 1 / 3;
  const m =
    new RegExp(
      `^(${NUM_RE}|twice|thrice|once) times? (?:a|per|each|every) (day|night|week|month)$`,
    ).exec(t) ?? /^(twice|thrice|once) (?:a|per|every) (day|night|week|month)$/.exec(t);
  if (m) {
    const n = num(m[1]) ?? 1;
    const unit = m[2] as string;
    return n / (UNIT_DAYS[unit] ?? 1);
  }
  return null;
}

function addDate(
  f: TemporalFacts,
  s: RelSpan,
  day: number,
  month: number | null,
  year: number | null,
): void {
  if (!(day >= 1 && day <= 31) || (month !== null && !(month >= 1 && month <= 12))) return;
  if (year !== null && !(year >= 1950 && year <= 2100)) return;
  const key = `d:${year ?? '?'}-${month ?? '?'}-${day}`;
  f.times.push({ start: s.start, end: s.end, text: s.text, key, day, month, year, after: null });
}

function addTime(f: TemporalFacts, s: RelSpan, key: string, after: number | null): void {
  f.times.push({
    start: s.start,
    end: s.end,
    text: s.text,
    key,
    day: null,
    month: null,
    year: null,
    after,
  });
}

// A clause that opens with an -ing word: "staring in, driving past, parking up outside", also after
// a header's colon ("reports: standing staring in, ...").
const ING_CLAUSE = /(?:^(?:[^\s,;]+ ){0,5}|[,;:] ?|\band )([a-z]+ing)\b/g;
const AUXILIARY = /\b(?:was|were|is|are|am|been|be|i'm|he's|she's|they're)\b/;

/**
 * Three or more clauses that each open with an -ing act and no auxiliary before them ("Neighbour
 * staring in through her windows, driving slowly past, parking up outside"): a record's way of
 * saying what someone keeps doing. With an auxiliary ("he was shouting, swearing, banging on the
 * door") it is one scene told as it happened. Returns the list's span, or null.
 */
function actsListed(lower: string, readers: TemporalPatterns['readers']): [number, number] | null {
  ING_CLAUSE.lastIndex = 0;
  let first = -1;
  let last = -1;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = ING_CLAUSE.exec(lower)) !== null) {
    const w = m[1] as string;
    if (readers.unlistedAct.test(w)) continue;
    const at = m.index + m[0].length - w.length;
    if (first < 0) first = at;
    last = at + w.length;
    n++;
  }
  if (n < 3 || first < 0 || AUXILIARY.test(lower.slice(0, first))) return null;
  return [first, last];
}

/**
 * Compile the pack's temporal sources (one per pattern above, in order, global). Throws when the
 * pack has the wrong number: a pack that loaded (src/rules/load.ts) always has the right one.
 */
export function compileTemporal(sources: readonly string[] | undefined): TemporalPatterns {
  const needed = 2 * (PATTERNS.length + READER_IDS.length);
  if (sources?.length !== needed)
    throw new Error(
      `the pack's temporal patterns: ${sources?.length ?? 0} given, ${needed} needed`,
    );
  const gateAt = PATTERNS.length + READER_IDS.length;
  const gates = compileGates(sources.slice(gateAt));
  return {
    patterns: PATTERNS.map((p) => ({
      ...p,
      re: new RegExp(sources[p.re] as string, 'g'),
      gate: gates.of[p.re] as Int32Array,
    })),
    readers: Object.fromEntries(
      READER_IDS.map((id, k) => [id, new RegExp(sources[PATTERNS.length + k] as string)]),
    ) as Record<ReaderId, RegExp>,
    readerGates: Object.fromEntries(
      READER_IDS.map((id, k) => [id, gates.of[PATTERNS.length + k] as Int32Array]),
    ) as Record<ReaderId, Int32Array>,
    gates,
  };
}

/**
 * Read the temporal facts of one sentence. `lower` is the sentence's normalised text in lower
 * case; `toOriginal` maps a `[start, end)` span of it to original offsets relative to the sentence
 * (see normalise.ts); `original` is the sentence's original text. Overlapping mentions of the
 * same kind keep the first (longest-leftmost) one.
 */
export function readTemporal(
  lower: string,
  toOriginal: (s: number, e: number) => [number, number],
  original: string,
  patterns: TemporalPatterns,
  passed = passedGates(lower, patterns),
): TemporalFacts {
  const f: TemporalFacts = {
    times: [],
    counts: [],
    frequencies: [],
    periods: [],
    again: null,
    otherTime: null,
    single: reads(patterns, 'single', lower, passed),
    plurals: [],
    habitual: [],
    sameOccasion:
      reads(patterns, 'sameOccasion', lower, passed) ||
      reads(patterns, 'clockWindow', lower, passed),
    linkAt: null,
  };
  const link = passes(passed, patterns.readerGates.linked)
    ? patterns.readers.linked.exec(lower)
    : null;
  if (link !== null) f.linkAt = toOriginal(link.index, link.index + link[0].length)[0];
  const listed =
    lower.includes(',') && lower.includes('ing') ? actsListed(lower, patterns.readers) : null;
  if (listed) {
    const [os, oe] = toOriginal(listed[0], listed[1]);
    f.habitual.push({ start: os, end: oe, text: original.slice(os, oe) });
  }
  const taken: [number, number][] = [];
  for (const p of patterns.patterns) {
    // Most sentences name no time, count or repetition: most patterns' gates turn them away.
    if (!passes(passed, p.gate)) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(lower)) !== null) {
      let a = m.index;
      const b = m.index + m[0].length;
      if (b === a) {
        p.re.lastIndex++;
        continue;
      }
      while (a < b && lower.charCodeAt(a) === 32) a++;
      // Dates and times must not be read twice (e.g. "4 March" inside "4 March 2024"). A match
      // that runs into one already read is tried again one character on: "+ 1426 two msgs" still
      // has "two msgs" after the time.
      if (taken.some(([x, y]) => a < y && b > x)) {
        p.re.lastIndex = m.index + 1;
        continue;
      }
      const [os, oe] = toOriginal(a, b);
      const span: RelSpan = { start: os, end: oe, text: original.slice(os, oe) };
      const before = factCount(f);
      p.on(m, f, span, patterns.readers);
      if (factCount(f) > before) taken.push([a, b]);
      // A match its reader turned down may hold a shorter one: "0837 SEVERAL BREACHES" is a log
      // time, not 837 breaches, and still says several.
      else p.re.lastIndex = m.index + 1;
    }
  }
  for (const t of f.times) {
    if (t.day !== null && SINCE_BEFORE.test(original.slice(Math.max(0, t.start - 14), t.start))) {
      t.since = true;
    }
  }
  if (!f.sameOccasion && oneSitting(f)) f.sameOccasion = true;
  for (const q of f.frequencies)
    if (patterns.readers.earlierReports.test(q.text.toLowerCase())) q.reports = true;
  return f;
}

/** Relative times that all mean the day of the report: one occasion, however it is worded. */
export const SAME_DAY_KEY =
  /^r:(?:today|tonight|this (?:morning|afternoon|evening|eve)|last night|earlier today|(?:later|earlier) that (?:day|night|evening|morning|afternoon))$/;

/**
 * "Two msgs tonight at 2240 and 2255", "sent V two txts approx 2140 + 2205 Sat": things counted
 * within one evening, or between two clock times of one day, were sent in one sitting. A count
 * of occasions, a frequency or a period says otherwise.
 */
function oneSitting(f: TemporalFacts): boolean {
  if (f.counts.length === 0 || f.frequencies.length > 0 || f.periods.length > 0) return false;
  // "Rang her six times last night" is six calls in one evening; "on three occasions" and "three
  // visits" say more than one.
  if (f.counts.some((c) => c.kind !== 'items' && !/\btimes?\b/i.test(c.text))) return false;
  let clocks = 0;
  let day: string | null = null;
  for (const t of f.times) {
    if (t.key.startsWith('t:')) clocks++;
    else if (day === null) day = t.key;
    else if (day !== t.key) return false;
  }
  return (day !== null && SAME_DAY_KEY.test(day)) || clocks >= 2;
}

/** A negation a word or two before a plural act ("no further msgs", "not had any calls"). */
const NEGATED_BEFORE = /\b(?:no|not|nor|never|without|any)(?: [a-z']+){0,2} $/;

/** "since ", "ever since the " just before a date. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
