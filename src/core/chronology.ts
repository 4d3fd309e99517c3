/**
 * The chronology: from each sentence's temporal facts and counted behaviours to occasions in text
 * order, so the course of conduct (PHA 1997 s7) can be seen, with what showed it.
 */
import type {
  CountMention,
  FrequencyMention,
  RelSpan,
  TemporalFacts,
  TimeMention,
} from './temporal';
import type { BehaviourId, CourseBasis, Occasion, Period } from './types';
import { periodFromDates } from './period';
import { SAME_DAY_KEY } from './temporal';

/** A course named by its noun ("campaign", "course of conduct", "pattern of behaviour"). */
const COURSE_NOUN_RE = /campaign|course of conduct|pattern/i;

/** A period said as a window ("within a week", "in 14 months"), not as how long something went on. */
const WINDOW_RE = /^(?:in|within)\b/i;

/** One sentence as the chronology sees it: absolute offsets and what was counted in it. */
export interface ChronoSentence {
  start: number;
  end: number;
  facts: TemporalFacts;
  /** Behaviours by the suspect counted in this sentence (after context and actor checks). */
  behaviours: BehaviourId[];
  /** Conduct words without a behaviour rule ("this happened") let a bare count attach. */
  conduct: boolean;
  /** A short verbless fragment ("Four times since June."), whose count belongs to what went before. */
  fragment?: boolean;
  /** The sentence tells the victim's fear or its effect (and no conduct of his). */
  reaction?: boolean;
  /**
   * Where each counted behaviour was found (offsets relative to the sentence, text order), so a
   * count or frequency attaches to the behaviour(s) in its own clause. Absent: every count in the
   * sentence belongs to every behaviour in it.
   */
  acts?: readonly { id: BehaviourId; start: number; end: number; remote?: boolean }[];
  /** Offsets (relative to the sentence) where a new clause starts: ";", ",", "but", "and he". */
  clauses?: readonly number[];
  /** The time a log entry opens with ("2348 REPORT ..."), in minutes after midnight. */
  logClock?: number;
  /** The sentence opens by adding an act to those before ("He has also messaged her"). */
  furtherAct?: boolean;
}

/**
 * Clause openings in a sentence: where a count or frequency stops applying, and where an act of
 * another kind may start ("fitted a tracker to her car & put a listening device in the house").
 */
const CLAUSE_RE =
  /[;:]|,|\s(?:but|while|whereas|although|though|then)\s|\sand (?=(?:he|she|they|also|then|keeps|kept|has|have|had|was|is|now|still|continues|continued)\b)|\s(?:and|&|\+) (?=(?:put|fitted|placed|installed|planted|hid|attached|set up|created|left|followed|tracked)\b)/gi;

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

/**
 * Kinds of act. Acts of one kind in one sentence are usually one episode (following her home and
 * waiting outside), and so is a confrontation told step by step (turned up, shouted threats,
 * damaged the door). Acts of a standalone kind (fitting a tracker, leaving gifts, online acts,
 * contact through others) said beside acts of other kinds with no time given ("put a tracker on
 * her car, left flowers on the windscreen, followed her home") are different occasions. Breach
 * and fear are not acts of their own.
 */
// One bit per kind of act, so kinds are compared without allocating on every keystroke.
const PRESENCE = 1;
const CONTACT = 2;
const ONLINE = 4;
const TRACKING = 8;
const PROXY = 16;
const PROPERTY = 32;
const GIFTS = 64;
/** Contact from afar (a message, a letter, a call): not part of a visit told beside it. */
const REMOTE = 128;
const ACT_KIND: Record<BehaviourId, number> = {
  following: PRESENCE,
  loitering_or_turning_up: PRESENCE,
  watching_or_spying: PRESENCE,
  repeated_contact: CONTACT,
  threats: CONTACT,
  fake_accounts: CONTACT,
  monitoring_online: ONLINE,
  publishing_material: ONLINE,
  tracking_device: TRACKING,
  contacting_third_parties: PROXY,
  interfering_with_property: PROPERTY,
  gifts_or_items: GIFTS,
  breach_of_order: 0,
  fear_alarm_distress: 0,
};

const STANDALONE = TRACKING | GIFTS | ONLINE | PROXY;

/** Is `target` an act of being near, following or watching someone, or of tracking them? */
export function isPresenceAct(target: string): boolean {
  return ((ACT_KIND[target as BehaviourId] ?? 0) & (PRESENCE | TRACKING)) !== 0;
}

/** Are acts of kinds `next`, after acts of kinds `prev` (bit sets), a different occasion? */
function distinctKinds(prev: number, next: number): boolean {
  if (prev === 0 || next === 0 || (prev & next) !== 0) return false;
  return (next & STANDALONE) !== 0 || (prev & ~STANDALONE) === 0;
}

function kindsOf(ids: readonly BehaviourId[]): number {
  let out = 0;
  for (const id of ids) out |= ACT_KIND[id];
  return out;
}

/** The kind of one act, contact from afar told apart from contact face to face. */
function kindOfAct(a: { id: BehaviourId; remote?: boolean }): number {
  return a.remote === true ? REMOTE : ACT_KIND[a.id];
}

/** The kinds of the acts of `ids` in a sentence, with contact from afar told apart. */
function sentenceKinds(sen: ChronoSentence, ids: readonly BehaviourId[]): number {
  if (sen.acts === undefined) return kindsOf(ids);
  let out = 0;
  for (const a of sen.acts) if (ids.includes(a.id)) out |= kindOfAct(a);
  return out;
}

/**
 * A sentence with no count, time or episode link whose clauses name acts of different kinds
 * ("put an AirTag on her car, left a note on her windscreen, and followed her home"): one group
 * per clause that adds a new kind of act, else null.
 */
function splitDistinctActs(sen: ChronoSentence): ActGroup[] | null {
  const f = sen.facts;
  const acts = sen.acts;
  if (acts === undefined || acts.length < 2 || f.sameOccasion || f.single) return null;
  if (f.counts.length + f.frequencies.length + f.periods.length > 0) return null;
  // A time said before the first act may govern them all ("On 14/07 he followed her and sent a
  // text"); one said later belongs to its own clause ("left flowers, sent a request, and on 14/07
  // followed her").
  const firstAct = (acts[0] as { start: number }).start;
  if (f.times.some((t) => t.start < firstAct)) return null;
  if (new Set(f.times.map((t) => t.key)).size > 1) return null;
  const cl = sen.clauses ?? [];
  const groups: ActGroup[] = [];
  let seen = 0;
  let lastClause = -1;
  for (const a of acts) {
    const kind = kindOfAct(a);
    const k = clauseOf(cl, a.start);
    const g = groups[groups.length - 1];
    if (g && (k === lastClause || kind === 0 || !distinctKinds(seen, kind))) {
      if (!g.behaviours.includes(a.id)) g.behaviours.push(a.id);
      seen |= kind;
      continue;
    }
    groups.push({ behaviours: [a.id], counted: [], counts: [], frequencies: [], at: a.start });
    seen |= kind;
    lastClause = k;
  }
  // "then", "while", "on the way" tie what follows them into one episode: with acts of two
  // different kinds before such a word ("flowers, car damaged, hiding outside, then used a key to
  // get in") the list is still a run of occasions, and what follows joins the last of them.
  if (f.linkAt !== null) {
    const before = groups.filter((g) => g.at < (f.linkAt as number));
    if (before.length < 2) return null;
    const last = before[before.length - 1] as ActGroup;
    for (const g of groups.slice(before.length))
      for (const id of g.behaviours) if (!last.behaviours.includes(id)) last.behaviours.push(id);
    return before;
  }
  return groups.length >= 2 ? groups : null;
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
  /** What showed more than one occasion, with where it was said (absolute offsets). */
  basis: { kind: CourseBasis; span: RelSpan }[];
}

const MAX_ESTIMATE = 999;

/**
 * Does a time the text gives start a different occasion from the current one (keyed `a`)? A clock
 * time alone ("at 2130hrs", a log's "2248") or "an hour later" never does: it is a time within
 * the day being told. Neither does the first time given after undated conduct of the same kind
 * (a record's header line, then "On Saturday at 2130 he came to the door"): that is when it was.
 */
function otherDay(a: string | null, t: TimeMention): boolean {
  const b = t.key;
  if (b.startsWith('t:') || t.after === 0) return false;
  if (a === null || a.startsWith('t:')) return false;
  if (SAME_DAY_KEY.test(a) && SAME_DAY_KEY.test(b)) return false;
  return a !== b && !sameMonthDay(a, b);
}

/**
 * A day and the month it may fall in ("In February 2025 ... On 12 February"): not another
 * occasion on their word alone.
 */
function sameMonthDay(a: string, b: string): boolean {
  const x = /^d:([^-]+)-([^-]+)-(.+)$/.exec(a);
  const y = /^d:([^-]+)-([^-]+)-(.+)$/.exec(b);
  if (x === null || y === null || (x[3] !== '?' && y[3] !== '?')) return false;
  return x[2] === y[2] && (x[1] === y[1] || x[1] === '?' || y[1] === '?');
}

/**
 * Hours apart at which two clock times in one record ("1532 ... AT HER ADDRESS", "2348 ... FORCED
 * ENTRY") are two occasions rather than one incident told as it unfolded.
 */
const APART_MINUTES = 3 * 60;

/** Minutes after midnight of a clock-time key ("t:2348", "t:9pm", "t:21:30"), or null. */
function clockMinutes(key: string): number | null {
  const m = /(\d{1,2})[:.]?(\d{2})?\s*(am|pm)?/.exec(key.slice(2));
  if (m === null || (m[2] === undefined && m[3] === undefined)) return null;
  let h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (m[3] === 'pm' && h < 12) h += 12;
  if (m[3] === 'am' && h === 12) h = 0;
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** Minutes between two clock times, round the clock: 2314 and 0005 are 51 minutes apart. */
function minutesApart(a: number, b: number): number {
  const d = Math.abs(a - b);
  return Math.min(d, 24 * 60 - d);
}

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
  /** The clock time the current occasion was told at, in minutes after midnight. */
  let currentClock: number | null = null;
  /** The time of the log entry that told the current occasion. */
  let currentEntryClock: number | null = null;
  let pending: { time: TimeMention; abs: { start: number; end: number } } | null = null;
  let pendingOrdinal: CountMention | null = null;
  // "Previous logs, same suspect.", "He keeps harassing her." before any act is told: the act
  // told next recurs.
  let pendingRepetition: (RelSpan & { kind: 'repetition' | 'habitual' }) | null = null;
  let pendingPeriod: RelSpan | null = null;
  /** The kinds of act each occasion holds, contact from afar told apart. */
  const kindsSeen = new Map<object, number>();
  let frequency: Chronology['frequency'] = null;
  let periodDays: number | null = null;
  let periodText: string | null = null;
  let sinceMonth: number | null = null;
  let since: TimeMention | null = null;
  let docYear: number | null = null;
  const countEvidence: RelSpan[] = [];
  const basis: Chronology['basis'] = [];
  const absolute = (s: RelSpan, base: number): RelSpan => ({
    start: s.start + base,
    end: s.end + base,
    text: s.text,
  });

  for (const sen of sentences) {
    for (const t of sen.facts.times)
      if (t.year !== null) docYear = docYear === null ? t.year : Math.max(docYear, t.year);
  }

  // The time the log entry being read opened with: what follows it in the entry was told then.
  let entryOpened: number | null = null;
  for (const sen of sentences) {
    const f = sen.facts;
    entryOpened = sen.logClock ?? entryOpened;
    // A period counts only where it describes conduct ("for four years" of a relationship does not).
    const periods = sen.behaviours.length > 0 || sen.conduct ? f.periods : [];
    if (since === null && periods === f.periods) since = f.times.find((t) => t.since) ?? null;
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
      // A time said alone dates the conduct told next ("On 3 March. He followed her."); the
      // time of the victim's own reaction ("she stayed at her sister's the following night")
      // dates nothing of his.
      if (time && sen.reaction !== true)
        pending = { time, abs: { start: sen.start, end: sen.end } };
      // "This happened on 6 occasions", "Four times since June.": a bare count after conduct
      // belongs to the current occasion.
      // A fragment's period counts only as the length of the conduct ("For months.", "Since
      // June."), not as a window something else happened in ("Replaced both items within a wk").
      if (current && (sen.conduct || sen.fragment === true))
        applyCounts(
          current,
          sen.conduct ? f : { ...f, periods: f.periods.filter((p) => !WINDOW_RE.test(p.text)) },
          sen.start,
        );
      // "3rd call from this address this month." before the conduct is told: the occasion told
      // next is the third.
      if (current === null) {
        for (const c of f.counts)
          if (c.ordinal === true && (pendingOrdinal === null || c.n > pendingOrdinal.n))
            pendingOrdinal = { ...c, start: c.start + sen.start, end: c.end + sen.start };
        // "He keeps harassing her.", "It carried on." before the acts are told: the first act
        // told is one of several. A course named by its noun alone says nothing of this
        // ("course of conduct query", "an election campaign against her"); with its length it
        // is a period, below.
        const q =
          f.frequencies.find((x) => x.reports === true) ??
          (f.sameOccasion ? undefined : f.frequencies.find((x) => !COURSE_NOUN_RE.test(x.text)));
        const h = q ?? (f.sameOccasion ? undefined : f.habitual[0]);
        if (h && sen.conduct && !f.single && pendingRepetition === null)
          pendingRepetition = {
            kind: q ? 'repetition' : 'habitual',
            text: h.text,
            start: h.start + sen.start,
            end: h.end + sen.start,
          };
        // "A man who has harassed her since 2007.", "Stalked by her ex for four years.": a
        // course said to run over a period, before its acts are told. Not a range of dates
        // ("between December 2020 and March 2023"): that may be when something else was done,
        // such as reporting it.
        const p = f.periods.find(
          (x) => !WINDOW_RE.test(x.text) && !/^(?:between|from)\b/i.test(x.text),
        );
        if (p && sen.conduct && !f.single && pendingPeriod === null)
          pendingPeriod = { start: p.start + sen.start, end: p.end + sen.start, text: p.text };
      }
      // How often something is done, in a sentence that tells none of his acts, is his only when
      // it refers back to them ("This happens every week", "Every day.") and is not her fear:
      // "She walks her dog every morning" and "She is scared every day" are her own.
      if (
        f.frequencies[0] &&
        sen.reaction !== true &&
        (sen.conduct || (current !== null && sen.fragment === true))
      ) {
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
        if (occasions.length > 0) note('dates', d, sen.start);
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
        takeOrdinal(current);
      }
      pending = null;
      currentClock = null;
      currentEntryClock = null;
      if (current) applyCounts(current, f, sen.start);
      if (f.frequencies[0]) {
        if (frequency === null) freqOccasion = current;
        frequency ??= { text: f.frequencies[0].text, perDay: f.frequencies[0].perDay };
      }
      continue;
    }
    let when = time ?? pending?.time ?? null;
    const key = when ? when.key : null;
    const distinct = splitDistinctActs(sen);
    const groups = distinct ?? groupActs(sen);
    const first = groups[0] as ActGroup;
    // Undated conduct of a different kind from the current occasion's, not tied to it ("He put a
    // tracker on her car. He sent flowers to her work."): a different occasion. So is any other
    // kind of act told in a sentence of its own that says it adds to what went before ("He
    // followed her to the bus station. He has also messaged her on Insta.").
    const firstKinds = sentenceKinds(sen, first.behaviours);
    const currentKinds =
      current === null ? 0 : (kindsSeen.get(current) ?? kindsOf(current.behaviours));
    const distinctFromCurrent =
      current !== null &&
      f.linkAt === null &&
      !f.sameOccasion &&
      (distinctKinds(currentKinds, firstKinds) ||
        (sen.furtherAct === true && current.end < sen.start && (currentKinds & firstKinds) === 0) ||
        // A message, letter or call told in a sentence of its own after an undated visit with
        // no contact in it ("He turned up at her house. He sent her a friend request."): a
        // different occasion. Not after a day given ("On Sat he followed her ... He messaged
        // her"), which dates it too, nor after a count said of the visit.
        ((firstKinds & REMOTE) !== 0 &&
          (currentKinds & (CONTACT | REMOTE)) === 0 &&
          current.key === null &&
          current.count === 1));
    // Conduct said to be at another time than the current occasion's ("Previously he sat outside
    // her house", "Since then he has sent a friend request") is a further occasion as "again" is;
    // only "again" with nothing before it implies one the text does not tell.
    const again = f.again ?? f.otherTime;
    const newKind = distinctFromCurrent && time === null && pending === null && again === null;
    const clockMention = when?.key.startsWith('t:')
      ? when
      : f.times.find((t) => t.key.startsWith('t:'));
    // Times said in the text and the times log entries open with are compared each with their
    // own kind: a log entry at 1123 telling of messages at 1700 is one occasion, not two.
    const clock = clockMention ? clockMinutes(clockMention.key) : null;
    const entryClock = entryOpened;
    let newTime = current !== null && when !== null && otherDay(current.key, when);
    // A clock time hours after the current occasion's, in a record that gives no other day for
    // it, is a later occasion.
    if (
      !newTime &&
      current !== null &&
      ((clock !== null &&
        currentClock !== null &&
        minutesApart(clock, currentClock) >= APART_MINUTES) ||
        (clock === null &&
          entryClock !== null &&
          currentEntryClock !== null &&
          minutesApart(entryClock, currentEntryClock) >= APART_MINUTES))
    ) {
      newTime = true;
      when = when ?? clockMention ?? null;
    }
    // Undated conduct, then a day for it: the day the same episode happened, unless the acts are
    // of a different kind, or the day is said to come after it ("A week later he followed her
    // again", "The next day he was outside"): then a different occasion.
    if (
      current !== null &&
      when !== null &&
      current.key === null &&
      !when.key.startsWith('t:') &&
      when.after !== 0
    ) {
      if (distinctFromCurrent || (when.after !== null && when.after > 0)) newTime = true;
      else {
        current.key = when.key;
        current.when = when.text;
        current.date = iso(when.year ?? docYear, when.month, when.day);
      }
    }
    const isNew =
      current === null ||
      newTime ||
      (again !== null &&
        (key === null || key !== current.key || again.start < (when?.start ?? Infinity))) ||
      // Undated conduct with its own count, said of other behaviours than the current occasion's
      // ("He followed me on three occasions. He has sent me 60 texts."): a separate entry.
      (time === null &&
        first.counted.length > 0 &&
        current.counted.length > 0 &&
        !first.behaviours.some((b) => current?.behaviours.includes(b))) ||
      newKind;
    const make = (): (typeof occasions)[number] => ({
      when: when ? when.text : again ? again.text : null,
      date: when ? iso(when.year ?? docYear, when.month, when.day) : null,
      start: when === pending?.time && pending ? pending.abs.start : sen.start,
      end: sen.end,
      behaviours: [],
      count: 1,
      key: key ?? (again ? `again:${sen.start}` : null),
      estimate: false,
      counted: [],
    });
    groups.forEach((g, gi) => {
      if (gi === 0 && !isNew && current) current.end = sen.end;
      else {
        if (occasions.length > 0) {
          // Why this is a further occasion, for the reasons.
          if (gi > 0) noteAct(distinct ? 'distinct_acts' : 'number', sen, g);
          else if (newTime && when)
            note('dates', when, when === pending?.time && pending ? pending.abs.start : sen.start);
          else if (newTime) noteAct('dates', sen, g);
          else if (again !== null) note('again', again, sen.start);
          else noteAct(newKind ? 'distinct_acts' : 'number', sen, g);
        }
        current = make();
        // Acts listed before the time the sentence gives ("left flowers, ..., and on 14/07
        // followed her") are not dated by it.
        const later = groups[gi + 1];
        if (distinct !== null && time !== null && later !== undefined && time.start >= later.at) {
          current.when = null;
          current.date = null;
          current.key = null;
        }
        occasions.push(current);
        takeOrdinal(current);
        // "Outside her house again" with nothing before it: an earlier time the text does not tell.
        if (occasions.length === 1 && gi === 0 && f.again !== null && !f.single) {
          current.count = 2;
          note('again', f.again, sen.start);
        }
      }
      const occ = current as (typeof occasions)[number];
      kindsSeen.set(occ, (kindsSeen.get(occ) ?? 0) | sentenceKinds(sen, g.behaviours));
      for (const b of g.behaviours) if (!occ.behaviours.includes(b)) occ.behaviours.push(b);
      for (const b of g.counted) if (!occ.counted.includes(b)) occ.counted.push(b);
      // Different acts each said once: a plural or habitual belongs to its own act's clause
      // ("sent her abusive tweets; he then came to her door" is many tweets and one visit).
      const next = groups[gi + 1];
      const inGroup = (at: number): boolean =>
        (gi === 0 || at >= g.at) && (next === undefined || at < next.at);
      const own =
        distinct === null
          ? f
          : {
              ...f,
              plurals: f.plurals.filter((p) => inGroup(p.start)),
              habitual: f.habitual.filter((p) => inGroup(p.start)),
            };
      applyCounts(occ, { ...own, counts: g.counts, frequencies: g.frequencies }, sen.start);
      if (g.frequencies[0]) {
        if (frequency === null) freqOccasion = occ;
        frequency ??= { text: g.frequencies[0].text, perDay: g.frequencies[0].perDay };
      }
    });
    if (isNew) {
      currentClock = clock;
      currentEntryClock = entryClock;
    } else {
      currentClock ??= clock;
      currentEntryClock ??= entryClock;
    }
    pending = null;
  }

  /**
   * The first occasion told is the nth one an earlier "3rd call" said it was, or one of many
   * an earlier "previous logs" said there were.
   */
  function takeOrdinal(occ: (typeof occasions)[number]): void {
    if (occasions.length !== 1) return;
    if (pendingRepetition !== null) {
      if (occ.count < 2) occ.count = 2;
      countEvidence.push(pendingRepetition);
      note(pendingRepetition.kind, pendingRepetition, 0);
      pendingRepetition = null;
    }
    if (pendingPeriod !== null) {
      if (occ.count < 2) occ.count = 2;
      note('period', pendingPeriod, 0);
      pendingPeriod = null;
    }
    if (pendingOrdinal === null) return;
    if (pendingOrdinal.n > occ.count) occ.count = pendingOrdinal.n;
    countEvidence.push(pendingOrdinal);
    note('number', pendingOrdinal, 0);
    pendingOrdinal = null;
  }

  function note(kind: CourseBasis, span: RelSpan, base: number): void {
    if (basis.length < 24) basis.push({ kind, span: absolute(span, base) });
  }

  /** Note a further occasion at the first act of group `g` (the sentence, without acts). */
  function noteAct(kind: CourseBasis, sen: ChronoSentence, g: ActGroup): void {
    const a = sen.acts?.find((x) => g.behaviours.includes(x.id));
    const span = a
      ? { start: a.start, end: a.end, text: '' }
      : { start: 0, end: sen.end - sen.start, text: '' };
    note(kind, span, sen.start);
  }

  function applyCounts(occ: (typeof occasions)[number], f: TemporalFacts, base: number): void {
    for (const c of f.counts) {
      // "Six calls within minutes", "rang six times in quick succession", "two messages in one
      // evening": one sitting, one occasion (but "on 4 occasions" still says four).
      // A visit is its own occasion however close the next: "came to her house three times
      // today" is three.
      if (
        f.sameOccasion &&
        (c.kind === 'items' || !/occ|day|night|morning|evening|visit/i.test(c.text)) &&
        !(c.kind === 'occasions' && (kindsOf(occ.behaviours) & PRESENCE) !== 0)
      )
        continue;
      if (c.n > occ.count) occ.count = Math.min(c.n, MAX_ESTIMATE);
      countEvidence.push(absolute(c, base));
      if (c.n >= 2) note(c.vague ? 'quantity' : 'number', c, base);
    }
    for (const q of f.frequencies) {
      if (f.sameOccasion) continue;
      countEvidence.push(absolute(q, base));
      // A frequency says "more than once" even without a number.
      if (occ.count < 2) occ.count = 2;
      note('repetition', q, base);
    }
    // Conduct stated over a period ("for two months he has read her messages", "since June he
    // has texted her") went on for more than one occasion.
    for (const p of f.periods) {
      if (f.single || (p.days !== null && p.days < 7)) continue;
      countEvidence.push(absolute(p, base));
      if (occ.count < 2) occ.count = 2;
      note('period', p, base);
    }
    // "He would wait outside", "he watches her from his window": the habitual recurs.
    if (!f.single && !f.sameOccasion)
      for (const h of f.habitual) {
        if (occ.count < 2) occ.count = 2;
        note('habitual', h, base);
      }
    // "Sent her messages", "left notes": more than one act.
    if (!f.single && !f.sameOccasion)
      for (const p of f.plurals) {
        if (occ.count < 2) occ.count = 2;
        note('plural', p, base);
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

  // Period from the dates: "since 9 January", or the first to the last dated occasion.
  const dated = occasions
    .map((o) => o.date)
    .filter((d): d is string => d !== null)
    .sort();
  const fromDates = periodFromDates(
    since,
    occasions.map((o) => ({ key: o.key, text: o.when })),
    docYear,
  );
  // Dates win over a stated length when they span longer ("for a week", then dates a month
  // apart), and a dated "since 9 January" over an undated "since the break-up"; a stated "since
  // January" already covers the dated occasions after it.
  const statedSince = periodText !== null && /^since\b/i.test(periodText);
  if (
    fromDates &&
    (periodText === null ||
      (since !== null
        ? sinceMonth === null && periodDays === null
        : !statedSince && fromDates.days !== null && fromDates.days > (periodDays ?? -1)))
  ) {
    periodDays = fromDates.days;
    periodText = fromDates.text;
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
    basis,
  };
}

/** "3 weeks", "5 days", "4 months", "3 years": a length in days in plain words. */
export function describeDays(days: number): string {
  if (days >= 730) return `${Math.round(days / 365)} years`;
  if (days >= 60) return `${Math.round(days / 30)} months`;
  if (days >= 14) return `${Math.round(days / 7)} weeks`;
  if (days === 7) return '1 week';
  return `${days} day${days === 1 ? '' : 's'}`;
}
