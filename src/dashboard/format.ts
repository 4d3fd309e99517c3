import type { AuditEvent } from '../audit/schema';
import type { PromptRef, VnaReferralCheck } from '../audit/summary';
import type { PromptState } from '../prompts/types';
import { BEHAVIOUR_IDS, type BehaviourId } from '../core/types';
import { PROMPT_IDS, VNA_STEP_IDS, type PromptId, type VnaStepId } from '../prompts/types';
import { language, t } from '../i18n/runtime';

/** Plain-words labels and date formatting for the dashboard (in the active language). */

/**
 * Readable name of a prompt or VNA step, from the message table: the catalogue's names, as in the
 * panel and the summary.
 */
export function promptLabel(id: PromptRef | string): string {
  if ((PROMPT_IDS as readonly string[]).includes(id)) return t(`prompt.${id as PromptId}.title`);
  const step = id.startsWith('vna.') ? id.slice(4) : '';
  if ((VNA_STEP_IDS as readonly string[]).includes(step))
    return `${t('prompt.vna.title')}: ${t(`vna.${step as VnaStepId}.title`)}`;
  return id;
}

export function stateLabel(state: PromptState): string {
  return t(`state.${state}`);
}

/** Readable name of a behaviour, from the message table, as in the panel and the summary. */
export function behaviourLabel(id: string): string {
  return (BEHAVIOUR_IDS as readonly string[]).includes(id)
    ? t(`behaviour.${id as BehaviourId}`)
    : idLabel(id);
}

/** `repeated_contact` → `Repeated contact`. */
export function idLabel(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function kindLabel(kind: AuditEvent['kind']): string {
  return t(`kind.${kind}`);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `2 Nov 2026, 09:00` in the given time zone. */
export function formatDateTime(ms: number, timeZone: string): string {
  const key = `${language()} ${timeZone}`;
  let f = dateTimeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(`${language()}-GB`, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    });
    dateTimeFormats.set(key, f);
  }
  return f.format(ms);
}

const eventTimeFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * `2 December 2026 at 22:41:07 GMT`: when an event happened, to the second, in the given zone.
 * The words match the summary block the panel's review reads ("2 December 2026 at 22:41 GMT"),
 * with the seconds a timeline needs to tell events a few seconds apart.
 */
export function formatEventTime(ms: number, timeZone: string): string {
  let f = eventTimeFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone,
      timeZoneName: 'short',
    });
    eventTimeFormats.set(timeZone, f);
  }
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of f.formatToParts(ms)) p[part.type] = part.value;
  // Assembled from parts: ICU versions differ in the words and commas between them.
  return `${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute}:${p.second} ${p.timeZoneName}`;
}

/** `Wed 4 Nov 2026` in the given time zone. */
export function formatDay(ms: number, timeZone: string): string {
  const key = `${language()} ${timeZone}`;
  let f = dayFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(`${language()}-GB`, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone,
    });
    dayFormats.set(key, f);
  }
  // Assembled from parts: ICU versions disagree on the comma after the weekday.
  const parts = Object.fromEntries(f.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

function days(n: number): string {
  return t('vna.workingDays', { count: n });
}

/** Short status for the records table. */
export function vnaShort(check: VnaReferralCheck): string {
  switch (check.status) {
    case 'not_shown':
    case 'met':
    case 'late':
    case 'pending':
    case 'overdue':
    case 'not_applicable':
      return t(`referral.${check.status}`);
  }
}

/** One sentence for the record review. */
export function vnaSentence(check: VnaReferralCheck, timeZone: string): string {
  const due =
    check.deadline === null
      ? ''
      : t('referral.endOf', { day: formatDay(check.deadline - 1, timeZone) });
  const words = { limit: days(check.limit), due, taken: days(check.workingDays ?? 0) };
  switch (check.status) {
    case 'not_shown':
    case 'met':
    case 'late':
    case 'pending':
    case 'overdue':
      return t(`referral.sentence.${check.status}`, words);
    case 'not_applicable':
      return check.reason
        ? t('referral.sentence.not_applicable', { reason: check.reason })
        : t('referral.sentence.not_applicable.none');
  }
}

/**
 * `yyyy-mm-dd` from a date input → local midnight (ms) of that day plus `addDays`, or null when
 * empty or invalid. Calendar arithmetic, so a day with a clock change still ends at midnight.
 */
export function parseDateInput(value: string, addDays = 0): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays).getTime();
  return Number.isNaN(t) ? null : t;
}

/**
 * Bidirectional controls (embeddings, overrides, isolates and marks). In free text they make a
 * crime reference or reason display in another order than it was written (an RTL override can
 * make "CR/12/26" read as something else), so the dashboard shows each one as a visible code.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text from the log as the dashboard shows it: bidi controls made visible, nothing else changed. */
export function plainText(text: string): string {
  return text.replace(
    BIDI_CONTROLS,
    (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`,
  );
}
