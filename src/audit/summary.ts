import { PROMPT_IDS } from '../prompts/types';
import type { BehaviourId } from '../core/types';
import type { PromptId, PromptState, VnaStepId } from '../prompts/types';
import type { AuditEvent } from './schema';

/**
 * Pure functions behind the supervisor view (reference.md section 8 point 6): per record, which
 * prompts were shown, where they ended up, who set them and why; the Victims' Code support-referral
 * time limit; and overall counts. No I/O: the dashboard and tests feed events in.
 */

/** A prompt or a VNA sub-step, as the audit log names it. */
export type PromptRef = PromptId | `vna.${VnaStepId}`;

/**
 * Prompts treated as mandatory when policy names none: classification, risk screening, victim
 * needs and SPO consideration. Each matches a concern or finding of the stalking super-complaint
 * (report, September 2024): misidentification, inconsistent risk identification, victims not
 * consistently referred to support, and failure to offer or apply for SPOs (reference.md 5.2-5.3).
 */
export const DEFAULT_MANDATORY_PROMPTS: readonly PromptId[] = [
  'classification',
  'risk_screening',
  'vna',
  'spo',
];

/** Victims' Code: referral to a support service within 2 working days of reporting (ref. 4.5). */
export const VNA_REFERRAL_LIMIT_WORKING_DAYS = 2;

/** Working days are counted on the calendar of England and Wales. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

export interface PromptSummary {
  promptId: PromptRef;
  /** A `prompt_shown` event exists for it. */
  shown: boolean;
  firstShownAt: number | null;
  /** Latest state from `prompt_shown` or `prompt_state`, in the order they happened (see inOrder). */
  state: PromptState;
  /** Officer id on the event that set the latest state. */
  setBy: string;
  setAt: number;
  /** `officer` for an officer's action, `record` when the record's fields satisfied it. */
  source: 'officer' | 'record';
  /**
   * False while the latest event only showed the prompt: nobody set it, so `setBy` is who it was
   * shown to and `source` says nothing about a decision.
   */
  set: boolean;
  /** Latest reason given (kept while the state stays not_applicable). */
  reason: string | null;
  mandatory: boolean;
  /** Mandatory and still open or snoozed, or set not_applicable without a reason. */
  outstanding: boolean;
}

export type VnaReferralStatus =
  'not_shown' | 'met' | 'late' | 'pending' | 'overdue' | 'not_applicable';

export interface VnaReferralCheck {
  status: VnaReferralStatus;
  /** First `prompt_shown` of `vna`. */
  startAt: number | null;
  /** First time `vna.support_referral` was done. */
  doneAt: number | null;
  /** Working days from the start day to the done day (or to now while not done). */
  workingDays: number | null;
  /** Exclusive: the start of the day after the last working day allowed. */
  deadline: number | null;
  limit: number;
  reason: string | null;
}

export interface RecordSummary {
  recordRef: string;
  officerIds: string[];
  firstAt: number;
  lastAt: number;
  eventCount: number;
  prompts: PromptSummary[];
  /** Prompt ids of outstanding mandatory prompts. */
  openMandatory: PromptRef[];
  /** From the latest `indicators` event (the narrative as last analysed), or null if none. */
  stalkingLikely: boolean | null;
  maxScore: number | null;
  /** Every behaviour seen on the record, with the highest count seen. */
  behaviours: { id: BehaviourId; count: number }[];
  vnaReferral: VnaReferralCheck;
  /** Events of this record, in the order they happened (for the timeline). */
  events: AuditEvent[];
}

export interface SummaryOptions {
  /** "Now" for pending/overdue checks (ms since epoch). */
  now: number;
  mandatory?: readonly PromptRef[];
  timeZone?: string;
  /** Demo events are left out unless asked for: a demo must never count as real work. */
  includeDemo?: boolean;
}

const DAY_MS = 86_400_000;

/** A log folded into record summaries, with the events that name no record counted. */
export interface LogSummary {
  records: RecordSummary[];
  /** Events with no crime reference (and not demo unless asked for): listed under no record. */
  unreferenced: number;
}

/**
 * Summaries per crime reference, most recent activity first, in one pass over the events. Each
 * event is read once: a team view holds 100,000 of them, and reading them a second time (to group,
 * then to fold) costs as much as the folding. A record whose events did not arrive in the order
 * they happened (see inOrder) is folded again from its sorted events, so the result is always
 * what `summariseRecord` gives.
 */
export function summariseLog(events: readonly AuditEvent[], options: SummaryOptions): LogSummary {
  const mandatory = new Set<string>(options.mandatory ?? DEFAULT_MANDATORY_PROMPTS);
  const folds = new Map<string, RecordFold>();
  let unreferenced = 0;
  let last: RecordFold | undefined;
  for (const e of events) {
    if (e.demo && !options.includeDemo) continue;
    const ref = e.recordRef;
    if (ref === null) {
      unreferenced++;
      continue;
    }
    // Consecutive events often share a record (one officer's log): skip the lookup then.
    let fold = last !== undefined && last.recordRef === ref ? last : folds.get(ref);
    if (fold === undefined) {
      fold = new RecordFold(ref, mandatory);
      folds.set(ref, fold);
    }
    fold.add(e);
    last = fold;
  }
  const now = options.now;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const records: RecordSummary[] = [];
  for (const fold of folds.values()) {
    if (fold.inOrder()) {
      records.push(fold.finish(now, timeZone));
    } else {
      const again = new RecordFold(fold.recordRef, mandatory);
      for (const e of inOrder(fold.events)) again.add(e);
      records.push(again.finish(now, timeZone));
    }
  }
  records.sort((a, b) => b.lastAt - a.lastAt || a.recordRef.localeCompare(b.recordRef));
  return { records, unreferenced };
}

/** Summaries per crime reference, most recent activity first. Events without a reference are left
 * out (they cannot be tied to a record); count them with `countUnreferenced`. */
export function summariseRecords(
  events: readonly AuditEvent[],
  options: SummaryOptions,
): RecordSummary[] {
  return summariseLog(events, options).records;
}

/** Events with no crime reference (and not demo unless asked). */
export function countUnreferenced(events: readonly AuditEvent[], includeDemo = false): number {
  return events.filter((e) => e.recordRef === null && (includeDemo || !e.demo)).length;
}

/** Summary of one record's events (any order). */
export function summariseRecord(
  recordRef: string,
  events: readonly AuditEvent[],
  options: SummaryOptions,
): RecordSummary {
  const fold = new RecordFold(
    recordRef,
    new Set<string>(options.mandatory ?? DEFAULT_MANDATORY_PROMPTS),
  );
  for (const e of inOrder(events)) fold.add(e);
  return fold.finish(options.now, options.timeZone ?? DEFAULT_TIME_ZONE);
}

/**
 * The support-referral facts of a record, gathered event by event in the order they happened:
 * when the VNA prompt was first shown, when the referral was first done, its latest state and
 * reason.
 */
class VnaFold {
  startAt: number | null = null;
  doneAt: number | null = null;
  lastState: PromptState | null = null;
  reason: string | null = null;

  add(e: AuditEvent): void {
    if (e.kind !== 'prompt_shown' && e.kind !== 'prompt_state') return;
    if (e.promptId === 'vna' && e.kind === 'prompt_shown' && this.startAt === null) {
      this.startAt = e.at;
    }
    if (e.promptId === 'vna.support_referral') {
      if (e.state === 'done' && this.doneAt === null) this.doneAt = e.at;
      this.lastState = e.state;
      if (e.kind === 'prompt_state' && e.reason) this.reason = e.reason;
      else if (e.state !== 'not_applicable') this.reason = null;
    }
  }

  finish(now: number, timeZone: string): VnaReferralCheck {
    const limit = VNA_REFERRAL_LIMIT_WORKING_DAYS;
    const { startAt, doneAt, reason } = this;
    if (startAt === null) {
      return {
        status: 'not_shown',
        startAt,
        doneAt,
        workingDays: null,
        deadline: null,
        limit,
        reason,
      };
    }
    const deadline = workingDayDeadline(startAt, limit, timeZone);
    if (doneAt !== null) {
      const workingDays = workingDaysBetween(startAt, doneAt, timeZone);
      return {
        status: workingDays <= limit ? 'met' : 'late',
        startAt,
        doneAt,
        workingDays,
        deadline,
        limit,
        reason,
      };
    }
    const workingDays = workingDaysBetween(startAt, Math.max(startAt, now), timeZone);
    const status: VnaReferralStatus =
      this.lastState === 'not_applicable'
        ? 'not_applicable'
        : now >= deadline
          ? 'overdue'
          : 'pending';
    return { status, startAt, doneAt, workingDays, deadline, limit, reason };
  }
}

/**
 * One record's summary, built event by event. Events must be added in the order they happened;
 * `inOrder()` says afterwards whether they were (the one-pass summary cannot know in advance
 * whether a record has one officer's events, ordered by seq, or several, ordered by time).
 */
class RecordFold {
  readonly events: AuditEvent[] = [];
  private readonly prompts = new Map<PromptRef, PromptSummary>();
  private readonly officers = new Set<string>();
  private readonly behaviours = new Map<BehaviourId, number>();
  private readonly vna = new VnaFold();
  private stalkingLikely: boolean | null = null;
  private maxScore: number | null = null;
  private lastAt = 0;
  private lastOfficer: string | null = null;
  /** Every event came after the one before it by seq / by time then seq. */
  private bySeq = true;
  private byTime = true;

  constructor(
    readonly recordRef: string,
    private readonly mandatory: ReadonlySet<string>,
  ) {}

  inOrder(): boolean {
    return this.officers.size <= 1 ? this.bySeq : this.byTime;
  }

  add(e: AuditEvent): void {
    const prev = this.events[this.events.length - 1];
    if (prev !== undefined) {
      if (prev.seq > e.seq) this.bySeq = false;
      if (prev.at > e.at || (prev.at === e.at && prev.seq > e.seq)) this.byTime = false;
    }
    this.events.push(e);
    if (e.at > this.lastAt) this.lastAt = e.at;
    if (e.officerId !== this.lastOfficer) {
      this.officers.add(e.officerId);
      this.lastOfficer = e.officerId;
    }
    this.vna.add(e);
    if (e.kind === 'prompt_shown' || e.kind === 'prompt_state') {
      // Updated in place: a team view folds 100,000 events, and one object per prompt is enough.
      let p = this.prompts.get(e.promptId);
      if (!p) {
        p = {
          promptId: e.promptId,
          shown: false,
          firstShownAt: null,
          state: e.state,
          setBy: e.officerId,
          setAt: e.at,
          source: 'record',
          set: false,
          reason: null,
          mandatory: this.mandatory.has(e.promptId),
          outstanding: false,
        };
        this.prompts.set(e.promptId, p);
      }
      p.reason =
        e.kind === 'prompt_state' && e.reason !== undefined && e.reason.trim() !== ''
          ? e.reason.trim()
          : e.state === 'not_applicable'
            ? p.reason
            : null;
      if (e.kind === 'prompt_shown') {
        p.firstShownAt ??= e.at;
        p.shown = true;
      }
      p.state = e.state;
      p.setBy = e.officerId;
      p.setAt = e.at;
      p.source = e.kind === 'prompt_state' && !e.automatic ? 'officer' : 'record';
      p.set = e.kind === 'prompt_state';
      p.outstanding = p.mandatory && isOutstanding(p);
    } else if (e.kind === 'indicators') {
      this.stalkingLikely = e.stalkingLikely;
      this.maxScore = Math.max(this.maxScore ?? 0, e.score);
      for (const b of e.behaviours) {
        this.behaviours.set(b.id, Math.max(this.behaviours.get(b.id) ?? 0, b.count));
      }
    }
  }

  finish(now: number, timeZone: string): RecordSummary {
    const promptList = [...this.prompts.values()].sort((a, b) =>
      promptOrder(a.promptId, b.promptId),
    );
    // The VNA prompt counts as complete once every step shown was resolved, even if no event set
    // the parent itself to done, so it is not reported open while the overall count calls it
    // complete.
    const vna = this.prompts.get('vna');
    if (vna?.outstanding && stepsResolved(promptList)) vna.outstanding = false;
    return {
      recordRef: this.recordRef,
      officerIds: [...this.officers].sort(),
      firstAt: this.events[0]?.at ?? 0,
      lastAt: this.lastAt,
      eventCount: this.events.length,
      prompts: promptList,
      openMandatory: promptList.filter((p) => p.outstanding).map((p) => p.promptId),
      stalkingLikely: this.stalkingLikely,
      maxScore: this.maxScore,
      behaviours: [...this.behaviours].map(([id, count]) => ({ id, count })),
      vnaReferral: this.vna.finish(now, timeZone),
      events: this.events,
    };
  }
}

function isOutstanding(p: PromptSummary): boolean {
  return p.state === 'open' || p.state === 'snoozed' || (p.state === 'not_applicable' && !p.reason);
}

const PROMPT_ORDER: readonly string[] = PROMPT_IDS;

/** Catalogue order, with each VNA step straight after `vna`. */
function promptOrder(a: string, b: string): number {
  const rank = (id: string) => PROMPT_ORDER.indexOf(id.startsWith('vna.') ? 'vna' : id);
  return rank(a) - rank(b) || (a === 'vna' ? -1 : b === 'vna' ? 1 : 0);
}

/**
 * Support referral against the 2-working-day limit: from the first time the VNA prompt was shown
 * to the first time `vna.support_referral` was done. Working days skip Saturday and Sunday only;
 * bank holidays are NOT counted as non-working days (they differ between England and Wales and
 * from year to year), so a limit spanning a bank holiday is checked one day stricter than the Code.
 */
export function vnaReferralCheck(
  events: readonly AuditEvent[],
  now: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): VnaReferralCheck {
  const fold = new VnaFold();
  for (const e of inOrder(events)) fold.add(e);
  return fold.finish(now, timeZone);
}

/**
 * A record's events in the order they happened. One officer's log is ordered by seq (its chain;
 * a clock change cannot reorder it). A team view merges several officers' logs, whose seqs are
 * unrelated, so there the order is by time, then seq. Not copied when already in order.
 */
function inOrder(events: readonly AuditEvent[]): readonly AuditEvent[] {
  const one = events.every((e) => e.officerId === events[0]!.officerId);
  const before = one
    ? (a: AuditEvent, b: AuditEvent) => a.seq - b.seq
    : (a: AuditEvent, b: AuditEvent) => a.at - b.at || a.seq - b.seq;
  for (let i = 1; i < events.length; i++) {
    if (before(events[i - 1]!, events[i]!) > 0) return [...events].sort(before);
  }
  return events;
}

/** Zone offsets change only on quarter-hour boundaries, so the day is the same within one. */
const QUARTER_HOUR = 900_000;
const dayCache = new Map<string, Map<number, number>>();

/** Calendar day (days since 1970-01-01) of an instant in a time zone. */
export function localDayNumber(ms: number, timeZone: string): number {
  // formatToParts is the slow part of a team view's working-day checks: remember each quarter.
  let zone = dayCache.get(timeZone);
  if (!zone) dayCache.set(timeZone, (zone = new Map()));
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let day = zone.get(quarter);
  if (day === undefined) {
    const p = zonedParts(ms, timeZone);
    day = Date.UTC(p.year, p.month - 1, p.day) / DAY_MS;
    if (zone.size > 100_000) zone.clear();
    zone.set(quarter, day);
  }
  return day;
}

function isWeekend(dayNumber: number): boolean {
  const weekday = new Date(dayNumber * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * Working days after the start's calendar day, up to and including the end's calendar day
 * (Saturdays and Sundays skipped; bank holidays counted as working days). Monday to Wednesday is 2;
 * Friday to Monday is 1; the same day is 0.
 */
export function workingDaysBetween(
  start: number,
  end: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): number {
  const from = localDayNumber(start, timeZone);
  const to = localDayNumber(end, timeZone);
  let count = 0;
  for (let d = from + 1; d <= to; d++) if (!isWeekend(d)) count++;
  return count;
}

/**
 * The instant by which something started at `start` must be done to be within `days` working days:
 * the local midnight that ends the `days`-th working day after the start day. Monday 10:00 with 2
 * days gives Thursday 00:00; Friday gives Wednesday 00:00; Saturday gives Wednesday 00:00.
 */
export function workingDayDeadline(
  start: number,
  days: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): number {
  let d = localDayNumber(start, timeZone);
  let left = days;
  while (left > 0) {
    d++;
    if (!isWeekend(d)) left--;
  }
  return startOfLocalDay(d + 1, timeZone);
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zonedParts(ms: number, timeZone: string): ZonedParts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Local wall-clock time minus UTC at an instant, in ms (e.g. +3 600 000 in British Summer Time). */
function zoneOffset(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - (ms - (((ms % 1000) + 1000) % 1000));
}

const midnightCache = new Map<string, number>();

/** The instant of local midnight starting a calendar day (UTC day number) in a time zone. */
function startOfLocalDay(dayNumber: number, timeZone: string): number {
  const key = `${timeZone}|${dayNumber}`;
  let instant = midnightCache.get(key);
  if (instant === undefined) {
    instant = computeStartOfLocalDay(dayNumber, timeZone);
    if (midnightCache.size > 100_000) midnightCache.clear();
    midnightCache.set(key, instant);
  }
  return instant;
}

function computeStartOfLocalDay(dayNumber: number, timeZone: string): number {
  const wallMidnight = dayNumber * DAY_MS;
  let instant = wallMidnight - zoneOffset(wallMidnight, timeZone);
  // The offset at the guess can differ from the offset at the answer across a clock change.
  const corrected = wallMidnight - zoneOffset(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return instant;
}

/** A count out of a total, with a rounded percentage (null when there is nothing to count). */
export interface Ratio {
  count: number;
  of: number;
  pct: number | null;
}

export interface OverallCounts {
  records: number;
  stalkingLikely: number;
  /** Out of records where stalking is likely. */
  spoDecisionRecorded: Ratio;
  riskScreeningDone: Ratio;
  vnaComplete: Ratio;
  recordsWithOpenMandatory: number;
  vnaReferral: Record<VnaReferralStatus, number>;
  /** Reasons given for not_applicable (latest state only), most frequent first. */
  notApplicableReasons: { reason: string; count: number; prompts: PromptRef[] }[];
}

function ratio(count: number, of: number): Ratio {
  return { count, of, pct: of === 0 ? null : Math.round((count * 100) / of) };
}

/**
 * A recorded SPO decision is the prompt done (decision field filled) or set not applicable with a
 * reason: "not applying, because ..." is itself the rationale the guidance asks for.
 */
export function spoDecisionRecorded(r: RecordSummary): boolean {
  const spo = r.prompts.find((p) => p.promptId === 'spo');
  return !!spo && (spo.state === 'done' || (spo.state === 'not_applicable' && !!spo.reason));
}

/** VNA complete: the VNA prompt is done, or every VNA step shown was done or reasoned away. */
export function vnaComplete(r: RecordSummary): boolean {
  const vna = r.prompts.find((p) => p.promptId === 'vna');
  if (vna?.state === 'done') return true;
  return stepsResolved(r.prompts);
}

function stepsResolved(prompts: readonly PromptSummary[]): boolean {
  const steps = prompts.filter((p) => p.promptId.startsWith('vna.'));
  return (
    steps.length > 0 &&
    steps.every((s) => s.state === 'done' || (s.state === 'not_applicable' && !!s.reason))
  );
}

/** Overall counts for the supervisor view. Percentages are of records where stalking is likely. */
export function overallCounts(records: readonly RecordSummary[]): OverallCounts {
  const likely = records.filter((r) => r.stalkingLikely === true);
  const vnaReferral: Record<VnaReferralStatus, number> = {
    not_shown: 0,
    met: 0,
    late: 0,
    pending: 0,
    overdue: 0,
    not_applicable: 0,
  };
  const reasons = new Map<string, { reason: string; count: number; prompts: Set<PromptRef> }>();
  for (const r of records) {
    vnaReferral[r.vnaReferral.status]++;
    for (const p of r.prompts) {
      if (p.state !== 'not_applicable' || !p.reason) continue;
      // Tally case- and space-insensitively, showing the first wording met.
      const key = p.reason.toLowerCase().replace(/\s+/g, ' ');
      const entry = reasons.get(key) ?? { reason: p.reason, count: 0, prompts: new Set() };
      entry.count++;
      entry.prompts.add(p.promptId);
      reasons.set(key, entry);
    }
  }
  const done = (id: PromptRef) => (r: RecordSummary) =>
    r.prompts.some((p) => p.promptId === id && p.state === 'done');
  return {
    records: records.length,
    stalkingLikely: likely.length,
    spoDecisionRecorded: ratio(likely.filter(spoDecisionRecorded).length, likely.length),
    riskScreeningDone: ratio(likely.filter(done('risk_screening')).length, likely.length),
    vnaComplete: ratio(likely.filter(vnaComplete).length, likely.length),
    recordsWithOpenMandatory: records.filter((r) => r.openMandatory.length > 0).length,
    vnaReferral,
    notApplicableReasons: [...reasons.values()]
      .map((e) => ({ reason: e.reason, count: e.count, prompts: [...e.prompts].sort() }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
  };
}
