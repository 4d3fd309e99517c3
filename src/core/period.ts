/**
 * The period the conduct covers, from the dates the text gives: "since 9 January 2026" runs from
 * that date (to the last dated occasion, where there is one); otherwise the first to the last
 * dated occasion. Dates without a year take the latest year the text names, else one notional
 * year that moves on when the written dates go back by more than half a year ("20 December …
 * 3 January"). The text is the dates as written.
 */
import type { Period } from './types';

/** A date as the text gives it, from a time mention's key (`d:2026-1-9`, `d:?-3-4`). */
export interface DatedMention {
  key: string | null;
  /** As written ("9 January 2026", "14/03"). */
  text: string | null;
}

const KEY_RE = /^d:(\d{4}|\?)-(\d+)-(\d+)$/;

/**
 * The period from `since` (the first date said with "since", or null) and the occasions' dates
 * in written order. Null when the dates say nothing about a period.
 */
export function periodFromDates(
  since: DatedMention | null,
  occasions: readonly DatedMention[],
  docYear: number | null,
): Period | null {
  // Any non-leap year will do where the text names none: only differences are used.
  let year = docYear ?? 2001;
  let prev = -Infinity;
  let start: [number, string] | undefined;
  let first: [number, string] | undefined;
  let last: [number, string] | undefined;
  for (const m of since ? [since, ...occasions] : occasions) {
    const k = KEY_RE.exec(m.key ?? '');
    if (!k || !m.text) continue;
    const at = (y: number) => Date.UTC(y, Number(k[2]) - 1, Number(k[3])) / 864e5;
    let day = at(k[1] === '?' ? year : Number(k[1]));
    if (k[1] === '?') {
      if (prev - day > 183) day = at(++year);
      prev = day;
    }
    const d: [number, string] = [day, m.text];
    if (m === since) start = d;
    else {
      if (!first || day < first[0]) first = d;
      if (!last || day > last[0]) last = d;
    }
  }
  if (start) {
    return {
      text: `since ${start[1]}`,
      days: last && last[0] > start[0] ? last[0] - start[0] : null,
    };
  }
  return first && last && last[0] > first[0]
    ? { text: `${first[1]} to ${last[1]}`, days: last[0] - first[0] }
    : null;
}
