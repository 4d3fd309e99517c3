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

/** Summaries per crime reference, most recent activity first. Events without a reference are left
 * out (they cannot be tied to a record); count them with `countUnreferenced`. */
export function summariseRecords(
  events: readonly AuditEvent[],
  options: SummaryOptions,
): RecordSummary[] {
  const byRecord = new Map<string, AuditEvent[]>();
  for (const e of events) {
    if (e.recordRef === null || (e.demo && !options.includeDemo)) continue;
    const list = byRecord.get(e.recordRef);
    if (list) list.push(e);
    else byRecord.set(e.recordRef, [e]);
  }
  const out: RecordSummary[] = [];
  for (const [recordRef, list] of byRecord) {
    out.push(summariseRecord(recordRef, list, options));
  }
  out.sort((a, b) => b.lastAt - a.lastAt || a.recordRef.localeCompare(b.recordRef));
  return out;
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
  const sorted = inOrder(events);
  const mandatory = new Set<string>(options.mandatory ?? DEFAULT_MANDATORY_PROMPTS);
  const prompts = new Map<PromptRef, PromptSummary>();
  const officers = new Set<string>();
  const behaviours = new Map<BehaviourId, number>();
  let stalkingLikely: boolean | null = null;
  let maxScore: number | null = null;

  for (const e of sorted) {
    officers.add(e.officerId);
    if (e.kind === 'prompt_shown' || e.kind === 'prompt_state') {
      // Updated in place: a team view folds 100,000 events, and one object per prompt is enough.
      let p = prompts.get(e.promptId);
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
          mandatory: mandatory.has(e.promptId),
          outstanding: false,
        };
        prompts.set(e.promptId, p);
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
      stalkingLikely = e.stalkingLikely;
      maxScore = Math.max(maxScore ?? 0, e.score);
      for (const b of e.behaviours) {
        behaviours.set(b.id, Math.max(behaviours.get(b.id) ?? 0, b.count));
      }
    }
  }

  const promptList = [...prompts.values()].sort((a, b) => promptOrder(a.promptId, b.promptId));
  // The VNA prompt counts as complete once every step shown was resolved, even if no event set the
  // parent itself to done, so it is not reported open while the overall count calls it complete.
  const vna = prompts.get('vna');
  if (vna?.outstanding && stepsResolved(promptList)) vna.outstanding = false;
  return {
    recordRef,
    officerIds: [...officers].sort(),
    firstAt: sorted[0]?.at ?? 0,
    lastAt: sorted.reduce((m, e) => Math.max(m, e.at), 0),
    eventCount: sorted.length,
    prompts: promptList,
    openMandatory: promptList.filter((p) => p.outstanding).map((p) => p.promptId),
    stalkingLikely,
    maxScore,
    behaviours: [...behaviours].map(([id, count]) => ({ id, count })),
    vnaReferral: vnaReferralCheck(sorted, options.now, options.timeZone ?? DEFAULT_TIME_ZONE),
    events: [...sorted],
  };
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
  const limit = VNA_REFERRAL_LIMIT_WORKING_DAYS;
  let startAt: number | null = null;
  let doneAt: number | null = null;
  let lastState: PromptState | null = null;
  let reason: string | null = null;
  for (const e of inOrder(events)) {
    if (e.kind !== 'prompt_shown' && e.kind !== 'prompt_state') continue;
    if (e.promptId === 'vna' && e.kind === 'prompt_shown' && startAt === null) startAt = e.at;
    if (e.promptId === 'vna.support_referral') {
      if (e.state === 'done' && doneAt === null) doneAt = e.at;
      lastState = e.state;
      if (e.kind === 'prompt_state' && e.reason) reason = e.reason;
      else if (e.state !== 'not_applicable') reason = null;
    }
  }
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
    lastState === 'not_applicable' ? 'not_applicable' : now >= deadline ? 'overdue' : 'pending';
  return { status, startAt, doneAt, workingDays, deadline, limit, reason };
}

/** Calendar date of an instant in a time zone, as a UTC day number (days since 1970-01-01). */
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
