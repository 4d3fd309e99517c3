/**
 * Occasions and period: dates, relative times, counts ("on 4 occasions", "40 messages"),
 * frequencies ("daily", "every day for three weeks"), "again", and periods ("since March", "over
 * three weeks"). `readTemporal` reads one sentence (cacheable); `buildChronology` turns the
 * sentences' findings into occasions in text order, so the course of conduct can be seen.
 */
import type { BehaviourId, Occasion, Period } from './types';

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
}

export interface CountMention extends RelSpan {
  n: number;
  /** `occasions`: "on 4 occasions", "twice"; `items`: "40 messages". */
  kind: 'occasions' | 'items';
}

export interface FrequencyMention extends RelSpan {
  /** Occasions per day where the words say ("daily" 1, "three times a week" 3/7), else null. */
  perDay: number | null;
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
  /** "the first time", "a single message", "one-off": the words say this happened once. */
  single: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH_RE =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
// Month names that may start "March 4"; "may", "mar" and "sep" are left out (verbs, shorthand).
const MONTH_DAY_RE =
  'january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|oct|nov|dec';
const DATE_RE = `\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_RE})(?: \\d{4})?`;
const WEEKDAY_RE =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun';

const NUMBER_WORDS: Record<string, number> = {
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
  'a few': 3,
  few: 3,
  several: 3,
  multiple: 2,
  numerous: 3,
  many: 3,
  countless: 10,
  dozens: 24,
  'dozens of': 24,
  hundreds: 100,
  'hundreds of': 100,
  'a number of': 2,
  'a dozen': 12,
  dozen: 12,
  various: 2,
  'more than': 2,
  over: 2,
  'at least': 1,
};
const NUM_RE =
  '\\d{1,4}\\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a hundred|hundreds of|hundreds|a couple of|a few|several|multiple|numerous|many|countless|dozens of|a dozen|a number of|various';

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const t = s.trim().replace(/\s+/g, ' ');
  if (/^\d+\+?$/.test(t)) return parseInt(t, 10);
  if (t === 'a hundred') return 100;
  return NUMBER_WORDS[t] ?? null;
}

const SINGLE_RE =
  /\b(?:the first time|the only time|one-off|one off|a single (?:occasion|incident|message|text|txt|call|voicemail|visit|msg|dm)|single (?:txt|text|msg|message|voicemail|call|dm|abusive)|only once|once only|isolated incident|one msg|one message)\b/;

const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
};

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
};

// Counted things that are each an act of contact or a visit.
const ITEM_RE =
  'messages|msgs|texts|txts|calls|voicemails|emails|letters|cards|notes|visits|dms|friend requests|requests|comments|posts|transfers|parcels|deliveries|gifts|accounts|accts|profiles|numbers|nos|adds|whatsapps|snaps';

interface Pattern {
  re: RegExp;
  /** A cheap test on the whole sentence; the pattern runs only when it passes. */
  gate?: RegExp;
  on: (m: RegExpExecArray, f: TemporalFacts, span: RelSpan) => void;
}

const R = (src: string): RegExp => new RegExp(src, 'g');
const DIGIT_GATE = /\d/;
const ITEM_GATE =
  /\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|hundred|dozen|several|multiple|numerous|many|countless|couple|few|number|various/;

const PATTERNS: Pattern[] = [
  // A range is a period, not two occasions: "between 20/10 and 27/10", "from 5 to 19 January".
  {
    re: R(`\\b(?:between|betw|from) (${DATE_RE}) ?(?:and|to|-|until|till|&) ?(${DATE_RE})`),
    gate: DIGIT_GATE,
    on: (m, f, s) => {
      const a = parseDate(m[1] as string);
      const b = parseDate(m[2] as string);
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
    re: R(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTH_RE})\\b(?:,? (\\d{4}))?`),
    gate: DIGIT_GATE,
    on: (m, f, s) =>
      addDate(f, s, Number(m[1]), MONTHS[m[2] as string] ?? null, m[3] ? Number(m[3]) : null),
  },
  // March 4th 2024, March 4 (not "may 2", "sep 2 months", "mar 3": shorthand and verbs)
  {
    re: R(
      `\\b(${MONTH_DAY_RE}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?! (?:days|weeks|months|years|times|occasions|mins|minutes|hours|hrs))(?:,? (\\d{4}))?`,
    ),
    gate: DIGIT_GATE,
    on: (m, f, s) =>
      addDate(f, s, Number(m[2]), MONTHS[m[1] as string] ?? null, m[3] ? Number(m[3]) : null),
  },
  // 04/03/2024, 4.3.24, 04-03-2024 (UK day first)
  {
    re: R(`\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b`),
    gate: DIGIT_GATE,
    on: (m, f, s) => {
      const y = Number(m[3]);
      addDate(f, s, Number(m[1]), Number(m[2]), y < 100 ? 2000 + y : y);
    },
  },
  // 14/03, 02/11 (UK day first, no year); not 24/7 or a fraction
  {
    re: R(`(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?![\\d/])`),
    gate: DIGIT_GATE,
    on: (m, f, s) => {
      if (m[0] === '24/7') return;
      addDate(f, s, Number(m[1]), Number(m[2]), null);
    },
  },
  // the 12th (of the month)
  {
    re: R(`\\b(?:on )?the (\\d{1,2})(?:st|nd|rd|th)\\b(?! of (?:${MONTH_RE}))`),
    gate: DIGIT_GATE,
    on: (m, f, s) => addDate(f, s, Number(m[1]), null, null),
  },
  // weekdays: on Monday, last Tuesday, Friday night
  {
    re: R(
      `\\b(?:(last|this|next|on|the following|the next|that|following) )?(${WEEKDAY_RE})(?:day)?\\b(?: (morning|afternoon|evening|night))?`,
    ),
    gate: /mon|tue|wed|thu|fri|sat|sun/,
    on: (m, f, s) => {
      const w = (m[2] as string).slice(0, 3);
      addTime(f, s, `w:${m[1] === 'last' ? 'last-' : ''}${w}${m[3] ? '-' + m[3] : ''}`, null);
    },
  },
  // relative days
  {
    re: R(
      `\\b(yesterday|today|tonight|this (?:morning|afternoon|evening)|last night|earlier today|(?:later|earlier) that (?:day|night|evening|morning|afternoon)|the (?:next|following) (?:day|morning|evening|night|week|weekend)|the day after|the night after|the previous (?:day|night|week)|the day before|(?:last|this|that|the same) (?:week|weekend|month)|last (?:year|christmas)|new year'?s (?:eve|day)|christmas (?:eve|day))\\b`,
    ),
    gate: /yesterday|today|tonight|morning|afternoon|evening|night|next|following|previous|day|week|month|year|christmas/,
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
    re: R(
      `\\b(${NUM_RE}|a|an) (day|days|week|weeks|month|months|fortnight|hour|hours) (later|after(?:wards)?|ago)\\b`,
    ),
    gate: /later|after|ago/,
    on: (m, f, s) => {
      const n = num(m[1]) ?? 1;
      const unit = m[2] as string;
      const days = unit.startsWith('hour') ? 0 : n * (UNIT_DAYS[unit] ?? 1);
      addTime(f, s, `r:${s.text}`, m[3] === 'ago' ? null : days);
    },
  },
  // clock times: at 2100 hrs, at 9pm, 21:30
  {
    re: R(
      `\\b(?:at |about |around |approx(?:imately)? )(\\d{3,4}) ?(?:hrs|hours)\\b|\\b(\\d{1,2})(?::(\\d{2}))? ?(am|pm)\\b|\\b(\\d{1,2}):(\\d{2})\\b`,
    ),
    gate: DIGIT_GATE,
    on: (_m, f, s) => addTime(f, s, `t:${s.text.replace(/\s+/g, '')}`, null),
  },
  // on 4 occasions, four times, twice, x4
  {
    re: R(
      `\\b(?:on )?((?:over |more than |at least |approx(?:imately)? |about |around )?(?:${NUM_RE})) (?:separate |different |other |further |more |occasions? )?(occasions|occasion|occs|occ|times|days|nights|mornings|evenings|lunchtimes|weekends|visits|nights running|days running)\\b(?! (?:a|per|each|every) )`,
    ),
    gate: /occ|time|day|night|morning|evening|lunchtime|weekend|visit/,
    on: (m, f, s) => {
      const raw = (m[1] as string).replace(
        /^(over|more than|at least|approx(?:imately)?|about|around) /,
        '',
      );
      const n = num(raw);
      if (n !== null && n >= 1)
        f.counts.push({ start: s.start, end: s.end, text: s.text, n, kind: 'occasions' });
    },
  },
  // "this is the third time", "for the 4th time": that many occasions so far
  {
    re: R(`\\b(?:the|a) (second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) time\\b`),
    gate: / time/,
    on: (m, f, s) => {
      const n = ORDINALS[m[1] as string];
      if (n !== undefined)
        f.counts.push({ start: s.start, end: s.end, text: s.text, n, kind: 'occasions' });
    },
  },
  {
    re: R(`\\b(twice|thrice)\\b(?! (?:a|per|each|every) )|(?:^|\\s)x ?(\\d{1,3})\\b`),
    gate: /twice|thrice|\dx|x ?\d/,
    on: (m, f, s) => {
      const n = m[1] ? num(m[1]) : Number(m[2]);
      if (n !== null && n >= 2)
        f.counts.push({ start: s.start, end: s.end, text: s.text, n, kind: 'occasions' });
    },
  },
  // 40 messages, dozens of calls, 27 missed calls
  {
    re: R(
      `\\b((?:over |more than |at least |approx(?:imately)? |about |around |up to )?(?:${NUM_RE}))(?! of)(?: [a-z0-9'/-]+){0,2}? (${ITEM_RE})\\b`,
    ),
    gate: ITEM_GATE,
    on: (m, f, s) => {
      const raw = (m[1] as string).replace(
        /^(over|more than|at least|approx(?:imately)?|about|around|up to) /,
        '',
      );
      const n = num(raw);
      if (n !== null && n >= 2)
        f.counts.push({ start: s.start, end: s.end, text: s.text, n, kind: 'items' });
    },
  },
  // frequencies
  {
    re: R(
      `\\b(daily|nightly|hourly|weekly|every (?:single )?(?:day|night|morning|evening|week|weekend|hour|few days|other day)|each (?:day|night|morning|evening|week)|most (?:days|nights|mornings|evenings|weekends)|on a daily basis|day and night|(?:${NUM_RE}) times (?:a|per|each|every) (?:day|night|week|month)|(?:twice|thrice|once) (?:a|per|every) (?:day|night|week|month))\\b`,
    ),
    gate: /daily|nightly|hourly|weekly|every|each|most|basis|day and night|times|twice|thrice|once/,
    on: (m, f, s) =>
      f.frequencies.push({
        start: s.start,
        end: s.end,
        text: s.text,
        perDay: perDay(m[1] as string),
      }),
  },
  {
    re: R(
      `\\b(\\d{1,3})(?:-\\d{1,3})? ?(?:x|times|calls|msgs|messages|texts|txts)? ?(?:/|a |per )(day|night|wk|week)\\b`,
    ),
    gate: DIGIT_GATE,
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
    re: R(
      `\\b(constantly|repeatedly|continually|continuously|persistently|incessantly|relentlessly|regularly|frequently|non-?stop|all the time|again and again|over and over|time after time|time and again|on a regular basis|every time|whenever|on each occ(?:asion)?|each time|every occ(?:asion)?|keeps? (?:on )?\\w+ing|kept (?:on )?\\w+ing|continues to|continued to|has continued|still (?:\\w+ing|sends|calls|texts|messages|turns|comes|waits|follows))\\b`,
    ),
    gate: /constant|repeated|continu|persist|incessant|relentless|regular|frequent|non|all the time|again|over and over|time|whenever|each|every|keep|kept|still/,
    on: (_m, f, s) =>
      f.frequencies.push({ start: s.start, end: s.end, text: s.text, perDay: null }),
  },
  // periods: for three weeks, over the past 6 months, the last fortnight
  {
    re: R(
      `\\b(?:for|over|during|in|within|throughout) (?:the )?(?:(?:past|last|previous|following|next) )?(?:about |around |approx(?:imately)? |nearly |almost |over |more than |at least )?(${NUM_RE}|a|an|the)? ?(days|weeks|months|years|day|week|month|year|fortnight)\\b`,
    ),
    gate: /day|week|month|year|fortnight/,
    on: (m, f, s) => {
      const n = m[1] === undefined || m[1] === 'the' ? 1 : num(m[1]);
      const unit = m[2] as string;
      if (n === null) return;
      const vague = /^(several|a few|many|numerous|multiple|various|a number of)$/.test(m[1] ?? '');
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
    re: R(`\\b(?:for|over) (days|weeks|months|years)\\b|\\b(weeks|months|years) of\\b`),
    gate: /day|week|month|year/,
    on: (_m, f, s) =>
      f.periods.push({ start: s.start, end: s.end, text: s.text, days: null, sinceMonth: null }),
  },
  // since March, since 4 March, since the relationship ended
  {
    re: R(`\\bsince (?:the (?:start|beginning|end) of |early |mid |late |mid-)?(${MONTH_RE})\\b`),
    gate: /since/,
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
    re: R(
      `\\bsince (?:(?:they|the relationship|she|he|the couple|we|i) (?:split|separated|broke up|ended|left|finished|moved out)(?: up)?|the (?:break[ -]?up|split|separation)) (?:in|during|around|at the (?:start|beginning|end) of|(?:early|mid|late) ?-?) ?(?:(?:early|mid|late) )?(${MONTH_RE})\\b`,
    ),
    gate: /since/,
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
    re: R(
      `\\bsince (?:they|the relationship|she|he|the couple|we|i) (?:split|separated|broke up|ended|left|finished)|since the (?:break[ -]?up|split|separation|relationship ended)|since (?:last )?(?:christmas|the summer|the new year|last year)\\b`,
    ),
    gate: /since/,
    on: (_m, f, s) =>
      f.periods.push({ start: s.start, end: s.end, text: s.text, days: null, sinceMonth: null }),
  },
  // again
  {
    re: R(
      `\\b(again|once more|once again|another (?:time|occasion|message|call|visit)|on another occasion|a second time|a third time|returned|came back|back again|yet again|a further (?:occasion|time|message|call|visit))\\b`,
    ),
    on: (_m, f, s) => {
      if (f.again === null) f.again = s;
    },
  },
];

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
  if (/^(weekly|every week|each week|every weekend|most weekends)$/.test(t)) return 1 / 7;
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
): TemporalFacts {
  const f: TemporalFacts = {
    times: [],
    counts: [],
    frequencies: [],
    periods: [],
    again: null,
    single: SINGLE_RE.test(lower),
  };
  if (
    !/[0-9]|day|night|week|month|year|time|occasion|again|since|ly\b|every|each|constant|repeat|keep|kept|contin|still|carr|return|came back|another|further|second|third|twice|messages|calls|texts|emails|letters|visits|ago|later|after|morning|evening|tonight|christmas|keeps|still/.test(
      lower,
    )
  ) {
    return f;
  }
  const taken: [number, number][] = [];
  for (const p of PATTERNS) {
    if (p.gate !== undefined && !p.gate.test(lower)) continue;
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
      // Dates and times must not be read twice (e.g. "4 March" inside "4 March 2024").
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      const [os, oe] = toOriginal(a, b);
      const span: RelSpan = { start: os, end: oe, text: original.slice(os, oe) };
      const before =
        f.times.length +
        f.counts.length +
        f.frequencies.length +
        f.periods.length +
        (f.again ? 1 : 0);
      p.on(m, f, span);
      const after =
        f.times.length +
        f.counts.length +
        f.frequencies.length +
        f.periods.length +
        (f.again ? 1 : 0);
      if (after > before) taken.push([a, b]);
    }
  }
  return f;
}

/** One sentence as the chronology sees it: absolute offsets and what was counted in it. */
export interface ChronoSentence {
  start: number;
  end: number;
  facts: TemporalFacts;
  /** Behaviours by the suspect counted in this sentence (after context and actor checks). */
  behaviours: BehaviourId[];
  /** Conduct words without a behaviour rule ("this happened") let a bare count attach. */
  conduct: boolean;
  /**
   * Where each counted behaviour was found (offsets relative to the sentence, text order), so a
   * count or frequency attaches to the behaviour(s) in its own clause. Absent: every count in the
   * sentence belongs to every behaviour in it.
   */
  acts?: readonly { id: BehaviourId; start: number; end: number }[];
  /** Offsets (relative to the sentence) where a new clause starts: ";", ",", "but", "and he". */
  clauses?: readonly number[];
}

/** Clause openings in a sentence: where a count or frequency stops applying. */
const CLAUSE_RE =
  /[;:]|,|\s(?:but|while|whereas|although|though|then)\s|\sand (?=(?:he|she|they|also|then|keeps|kept|has|have|had|was|is|now|still|continues|continued)\b)/gi;

/** Offsets (relative to `sentence`) where a new clause starts. */
export function clauseStarts(sentence: string): number[] {
  const out: number[] = [];
  CLAUSE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_RE.exec(sentence)) !== null) out.push(m.index);
  return out;
}

/** Index of the clause of `at`, given the clause openings `cl` (ascending). */
function clauseOf(cl: readonly number[], at: number): number {
  let k = 0;
  while (k < cl.length && (cl[k] as number) <= at) k++;
  return k;
}

/** Characters between two spans (0 when they overlap). */
function gap(a: { start: number; end: number }, m: { start: number; end: number }): number {
  return m.end <= a.start ? a.start - m.end : a.end <= m.start ? m.start - a.end : 0;
}

/** One group of a sentence's behaviours with the counts and frequencies that belong to them. */
interface ActGroup {
  behaviours: BehaviourId[];
  /** Behaviours the group's counts were said of (the rest only share the clause or sentence). */
  counted: BehaviourId[];
  counts: CountMention[];
  frequencies: FrequencyMention[];
  at: number;
}

/**
 * Split a sentence's behaviours into groups, one per count or frequency said of different
 * behaviours: "followed me on three occasions. ... sent me 60 texts" keeps 3 with following and 60
 * with contact. A mention belongs to the behaviours in its own clause, else to the nearest one;
 * behaviours no mention belongs to join the nearest group. Without mentions, one group.
 */
function groupActs(sen: ChronoSentence): ActGroup[] {
  const f = sen.facts;
  const acts = sen.acts;
  const all: ActGroup = {
    behaviours: [...sen.behaviours],
    counted: [],
    counts: f.counts,
    frequencies: f.frequencies,
    at: 0,
  };
  const mentionCount = f.counts.length + f.frequencies.length;
  if (mentionCount > 0) all.counted = [...sen.behaviours];
  if (acts === undefined || acts.length < 2 || mentionCount === 0) return [all];
  const ids = new Set(acts.map((a) => a.id));
  if (ids.size < 2) return [all];
  const cl = sen.clauses ?? [];
  const actClause = acts.map((a) => clauseOf(cl, a.start));
  // Behaviours each mention is said of.
  const said: { m: CountMention | FrequencyMention; isCount: boolean; ids: Set<BehaviourId> }[] =
    [];
  const mentions: [CountMention | FrequencyMention, boolean][] = [
    ...f.counts.map((c): [CountMention, boolean] => [c, true]),
    ...f.frequencies.map((q): [FrequencyMention, boolean] => [q, false]),
  ];
  for (const [m, isCount] of mentions) {
    const k = clauseOf(cl, m.start);
    const own = new Set<BehaviourId>();
    acts.forEach((a, i) => {
      if (actClause[i] === k) own.add(a.id);
    });
    if (own.size === 0) {
      let best = 0;
      for (let i = 1; i < acts.length; i++)
        if (gap(acts[i] as (typeof acts)[number], m) < gap(acts[best] as (typeof acts)[number], m))
          best = i;
      own.add((acts[best] as (typeof acts)[number]).id);
    }
    said.push({ m, isCount, ids: own });
  }
  // Join mentions said of overlapping behaviours.
  const groups: ActGroup[] = [];
  for (const x of said) {
    let g = groups.find((y) => y.counted.some((id) => x.ids.has(id)));
    if (!g) {
      g = { behaviours: [], counted: [], counts: [], frequencies: [], at: x.m.start };
      groups.push(g);
    }
    for (const id of x.ids) if (!g.counted.includes(id)) g.counted.push(id);
    if (x.isCount) g.counts.push(x.m as CountMention);
    else g.frequencies.push(x.m as FrequencyMention);
    g.at = Math.min(g.at, x.m.start);
  }
  // Merge groups that came to share a behaviour.
  for (let i = 0; i < groups.length; i++)
    for (let j = groups.length - 1; j > i; j--) {
      const a = groups[i] as ActGroup;
      const b = groups[j] as ActGroup;
      if (b.counted.some((id) => a.counted.includes(id))) {
        for (const id of b.counted) if (!a.counted.includes(id)) a.counted.push(id);
        a.counts.push(...b.counts);
        a.frequencies.push(...b.frequencies);
        a.at = Math.min(a.at, b.at);
        groups.splice(j, 1);
      }
    }
  if (groups.length < 2) {
    all.counted = groups[0]?.counted ?? all.counted;
    return [all];
  }
  for (const g of groups) g.behaviours.push(...g.counted);
  // Behaviours no mention was said of join the group nearest to where they were found.
  for (const a of acts) {
    if (groups.some((g) => g.behaviours.includes(a.id))) continue;
    let best = groups[0] as ActGroup;
    for (const g of groups) if (Math.abs(g.at - a.start) < Math.abs(best.at - a.start)) best = g;
    best.behaviours.push(a.id);
  }
  groups.sort((a, b) => a.at - b.at);
  for (const g of groups)
    g.behaviours.sort((x, y) => sen.behaviours.indexOf(x) - sen.behaviours.indexOf(y));
  return groups;
}

export interface Chronology {
  occasions: Occasion[];
  total: number;
  /** Text says the conduct is repeated without a number ("daily", "repeatedly", "continues to"). */
  frequency: { text: string; perDay: number | null } | null;
  period: Period | null;
  /** Where each counted number came from, for reasons ("on 4 occasions"). */
  countEvidence: RelSpan[];
  /** Per occasion: the behaviours its count was said of ([] when no count was stated). */
  counted: BehaviourId[][];
}

const MAX_ESTIMATE = 999;

function iso(y: number | null, m: number | null, d: number | null): string | null {
  if (y === null || m === null || d === null) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Build the chronology. A sentence with suspect conduct starts a new occasion when it names a
 * different time from the current occasion or says "again"; otherwise it adds to the current one.
 * A time stated in a sentence without conduct carries to the next conduct sentence. Counts
 * ("on 4 occasions", "40 messages") set the current occasion's count; a frequency with a period
 * ("every day for three weeks") is estimated as frequency × days. Linear in the sentences.
 */
export function buildChronology(sentences: readonly ChronoSentence[]): Chronology {
  const occasions: (Occasion & {
    key: string | null;
    estimate: boolean;
    /** Behaviours the occasion's count was said of ([] when none was). */
    counted: BehaviourId[];
  })[] = [];
  let freqOccasion: (typeof occasions)[number] | null = null;
  let current: (typeof occasions)[number] | null = null;
  let pending: { time: TimeMention; abs: { start: number; end: number } } | null = null;
  let frequency: Chronology['frequency'] = null;
  let periodDays: number | null = null;
  let periodText: string | null = null;
  let sinceMonth: number | null = null;
  let docYear: number | null = null;
  const countEvidence: RelSpan[] = [];
  const absolute = (s: RelSpan, base: number): RelSpan => ({
    start: s.start + base,
    end: s.end + base,
    text: s.text,
  });

  for (const sen of sentences) {
    for (const t of sen.facts.times)
      if (t.year !== null) docYear = docYear === null ? t.year : Math.max(docYear, t.year);
  }

  for (const sen of sentences) {
    const f = sen.facts;
    // A period counts only where it describes conduct ("for four years" of a relationship does not).
    const periods = sen.behaviours.length > 0 || sen.conduct ? f.periods : [];
    for (const p of periods) {
      if (p.days !== null && (periodDays === null || p.days > periodDays)) {
        periodDays = p.days;
        periodText = p.text;
      } else if (periodText === null) periodText = p.text;
      // An explicit time ("since January") says more than an event ("since we split").
      if (p.sinceMonth !== null) {
        if (sinceMonth === null && periodDays === null) periodText = p.text;
        sinceMonth = p.sinceMonth;
      }
    }
    const time = f.times[0] ?? null;
    const hasConduct = sen.behaviours.length > 0;
    if (!hasConduct) {
      if (time) pending = { time, abs: { start: sen.start, end: sen.end } };
      // "This happened on 6 occasions": a bare count after conduct belongs to the current occasion.
      if (current && sen.conduct) applyCounts(current, f, sen.start);
      if (f.frequencies[0] && (current || sen.conduct)) {
        if (frequency === null) freqOccasion = current;
        frequency ??= { text: f.frequencies[0].text, perDay: f.frequencies[0].perDay };
      }
      continue;
    }
    // "att IP addr 01/10, 04/10 & 09/10": one occasion per date named with the conduct.
    const named = f.times.filter(
      (t, i, all) => t.key.startsWith('d:') && all.findIndex((u) => u.key === t.key) === i,
    );
    // "On Saturday 14/03" is one date: weekdays count only when no calendar date is given.
    const dates =
      named.length > 0
        ? named
        : f.times.filter(
            (t, i, all) => t.key.startsWith('w:') && all.findIndex((u) => u.key === t.key) === i,
          );
    if (dates.length >= 2) {
      for (const d of dates) {
        if (current && current.key === d.key) continue;
        current = {
          when: d.text,
          date: iso(d.year ?? docYear, d.month, d.day),
          start: sen.start,
          end: sen.end,
          behaviours: [...sen.behaviours],
          count: 1,
          key: d.key,
          estimate: false,
          counted: f.counts.length + f.frequencies.length > 0 ? [...sen.behaviours] : [],
        };
        occasions.push(current);
      }
      pending = null;
      if (current) applyCounts(current, f, sen.start);
      if (f.frequencies[0]) {
        if (frequency === null) freqOccasion = current;
        frequency ??= { text: f.frequencies[0].text, perDay: f.frequencies[0].perDay };
      }
      continue;
    }
    const when = time ?? pending?.time ?? null;
    const key = when ? when.key : null;
    const groups = groupActs(sen);
    const first = groups[0] as ActGroup;
    const isNew =
      current === null ||
      (key !== null && key !== current.key) ||
      (f.again !== null &&
        (key === null || key !== current.key || f.again.start < (when?.start ?? Infinity))) ||
      // Undated conduct with its own count, said of other behaviours than the current occasion's
      // ("He followed me on three occasions. He has sent me 60 texts."): a separate entry.
      (time === null &&
        first.counted.length > 0 &&
        current.counted.length > 0 &&
        !first.behaviours.some((b) => current?.behaviours.includes(b)));
    const make = (): (typeof occasions)[number] => ({
      when: when ? when.text : f.again ? f.again.text : null,
      date: when ? iso(when.year ?? docYear, when.month, when.day) : null,
      start: when === pending?.time && pending ? pending.abs.start : sen.start,
      end: sen.end,
      behaviours: [],
      count: 1,
      key: key ?? (f.again ? `again:${sen.start}` : null),
      estimate: false,
      counted: [],
    });
    groups.forEach((g, gi) => {
      if (gi === 0 && !isNew && current) current.end = sen.end;
      else {
        current = make();
        occasions.push(current);
      }
      const occ = current as (typeof occasions)[number];
      for (const b of g.behaviours) if (!occ.behaviours.includes(b)) occ.behaviours.push(b);
      for (const b of g.counted) if (!occ.counted.includes(b)) occ.counted.push(b);
      applyCounts(occ, { ...f, counts: g.counts, frequencies: g.frequencies }, sen.start);
      if (g.frequencies[0]) {
        if (frequency === null) freqOccasion = occ;
        frequency ??= { text: g.frequencies[0].text, perDay: g.frequencies[0].perDay };
      }
    });
    pending = null;
  }

  function applyCounts(occ: (typeof occasions)[number], f: TemporalFacts, base: number): void {
    for (const c of f.counts) {
      if (c.n > occ.count) occ.count = Math.min(c.n, MAX_ESTIMATE);
      countEvidence.push(absolute(c, base));
    }
    for (const q of f.frequencies) {
      countEvidence.push(absolute(q, base));
      // A frequency says "more than once" even without a number.
      if (occ.count < 2) occ.count = 2;
    }
    // Conduct stated over a period ("for two months he has read her messages", "since June he
    // has texted her") went on for more than one occasion.
    for (const p of f.periods) {
      if (f.single || (p.days !== null && p.days < 7)) continue;
      countEvidence.push(absolute(p, base));
      if (occ.count < 2) occ.count = 2;
    }
  }

  // Frequency × period ("every day for three weeks" → 21).
  if (frequency && frequency.perDay !== null && periodDays !== null) {
    const est = Math.min(MAX_ESTIMATE, Math.round(frequency.perDay * periodDays));
    const target =
      freqOccasion ?? occasions.find((o) => o.count >= 2) ?? occasions[occasions.length - 1];
    if (target && est > target.count) {
      target.count = est;
      target.estimate = true;
    }
  }

  // Period from the dates, when the text gives two or more resolvable dates.
  const dated = occasions
    .map((o) => o.date)
    .filter((d): d is string => d !== null)
    .sort();
  if (dated.length >= 2) {
    const first = Date.parse(dated[0] as string);
    const last = Date.parse(dated[dated.length - 1] as string);
    const span = Math.round((last - first) / 86_400_000);
    if (span > 0 && (periodDays === null || span > periodDays)) {
      periodDays = span;
      periodText = `${dated[0]} to ${dated[dated.length - 1]}`;
    }
  }
  if (periodDays === null && sinceMonth !== null && dated.length > 0) {
    const last = dated[dated.length - 1] as string;
    const y = Number(last.slice(0, 4));
    const lastMonth = Number(last.slice(5, 7));
    const startYear = sinceMonth <= lastMonth ? y : y - 1;
    const days = Math.round(
      (Date.parse(last) - Date.UTC(startYear, sinceMonth - 1, 1)) / 86_400_000,
    );
    if (days > 0) periodDays = days;
  }

  const total = occasions.reduce((sum, o) => sum + o.count, 0);
  const period: Period | null =
    periodText !== null || periodDays !== null
      ? { text: periodText ?? describeDays(periodDays ?? 0), days: periodDays }
      : null;
  return {
    occasions: occasions.map((o) => ({
      when: o.when,
      date: o.date,
      start: o.start,
      end: o.end,
      behaviours: o.behaviours,
      count: o.count,
    })),
    total,
    frequency,
    period,
    countEvidence,
    counted: occasions.map((o) => o.counted),
  };
}

/** "3 weeks", "5 days", "4 months": a length in days in plain words. */
export function describeDays(days: number): string {
  if (days >= 60) return `${Math.round(days / 30)} months`;
  if (days >= 14) return `${Math.round(days / 7)} weeks`;
  if (days === 7) return '1 week';
  return `${days} day${days === 1 ? '' : 's'}`;
}
