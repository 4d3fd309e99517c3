/**
 * What each dashboard chart shows, as plain rows (label, value): the chart draws them and the
 * table behind it lists the same rows, so the two cannot disagree.
 */
import {
  DEFAULT_TIME_ZONE,
  localDayNumber,
  spoDecisionRecorded,
  type RecordSummary,
  type VnaReferralStatus,
} from '../audit/summary';
import { vnaShort } from './format';
import { language, t } from '../i18n/runtime';

export interface ChartRow {
  label: string;
  value: number;
  /** Out of how many, for charts of shares; the value is then a percentage. */
  of?: number;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** What the numbers count, for the table's header and the bars' labels. */
  unit: string;
  rows: ChartRow[];
  /** Percentages: the axis runs to 100. */
  percent?: boolean;
}

const DAY_MS = 86_400_000;

/** Records by how many mandatory prompts are still outstanding (0, 1, 2, 3 or more). */
export function outstandingPerRecord(records: readonly RecordSummary[]): ChartSpec {
  const buckets = [0, 0, 0, 0];
  for (const r of records) buckets[Math.min(r.openMandatory.length, 3)]!++;
  return {
    id: 'outstanding',
    title: t('chart.outstanding'),
    unit: t('chart.unit.records'),
    rows: [t('chart.none'), '1', '2', t('chart.threeOrMore')].map((label, i) => ({
      label,
      value: buckets[i]!,
    })),
  };
}

/**
 * Share of mandatory prompts followed (done, or not applicable with a reason) by the week the
 * record started (weeks begin on Monday, in the force's time zone).
 */
export function followedByWeek(
  records: readonly RecordSummary[],
  timeZone = DEFAULT_TIME_ZONE,
): ChartSpec {
  const weeks = new Map<number, { followed: number; of: number }>();
  for (const r of records) {
    const day = localDayNumber(r.firstAt, timeZone);
    // Day 0 (1 January 1970) was a Thursday: (day + 3) % 7 counts days since Monday.
    const monday = day - ((day + 3) % 7);
    const w = weeks.get(monday) ?? { followed: 0, of: 0 };
    for (const p of r.prompts) {
      if (!p.mandatory || !p.shown) continue;
      w.of++;
      if (!p.outstanding) w.followed++;
    }
    weeks.set(monday, w);
  }
  const label = new Intl.DateTimeFormat(`${language()}-GB`, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    id: 'followed-by-week',
    title: t('chart.followed'),
    unit: t('chart.unit.followed'),
    percent: true,
    rows: [...weeks.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([monday, w]) => ({
        label: t('chart.weekOf', { day: label.format(monday * DAY_MS) }),
        value: w.of === 0 ? 0 : Math.round((w.followed * 100) / w.of),
        of: w.of,
      })),
  };
}

/** Where stalking was likely: SPO decision recorded or not. */
export function spoWhereLikely(records: readonly RecordSummary[]): ChartSpec {
  const likely = records.filter((r) => r.stalkingLikely === true);
  const considered = likely.filter(spoDecisionRecorded).length;
  return {
    id: 'spo',
    title: t('chart.spo'),
    unit: t('chart.unit.records'),
    rows: [
      { label: t('chart.spoRecorded'), value: considered },
      { label: t('chart.noSpo'), value: likely.length - considered },
    ],
  };
}

const REFERRAL_ORDER: VnaReferralStatus[] = [
  'met',
  'late',
  'pending',
  'overdue',
  'not_applicable',
  'not_shown',
];

/** Support referral against the 2-working-day limit. */
export function referralInTime(records: readonly RecordSummary[]): ChartSpec {
  const counts = new Map<VnaReferralStatus, number>(REFERRAL_ORDER.map((s) => [s, 0]));
  for (const r of records) counts.set(r.vnaReferral.status, counts.get(r.vnaReferral.status)! + 1);
  return {
    id: 'referral',
    title: t('chart.referral'),
    unit: t('chart.unit.records'),
    rows: REFERRAL_ORDER.map((status) => ({
      label: vnaShort({ status } as Parameters<typeof vnaShort>[0]),
      value: counts.get(status)!,
    })),
  };
}

/** Reasons given for "not applicable", most frequent first (the eight most common). */
export function notApplicableReasons(
  reasons: readonly { reason: string; count: number }[],
): ChartSpec {
  return {
    id: 'na-reasons',
    title: t('chart.reasons'),
    unit: t('chart.unit.times'),
    rows: reasons.slice(0, 8).map((r) => ({ label: r.reason, value: r.count })),
  };
}
