/**
 * Record-level exports: one CSV row per record for people (column names in plain words), and JSON
 * Lines (one record per line, stable keys) for other tools. Both go through the event CSV's
 * formula guard: a cell or string that a spreadsheet would run as a formula is neutralised.
 */
import { csvCell } from '../audit/store';
import { spoDecisionRecorded, vnaComplete, type RecordSummary } from '../audit/summary';

export interface RecordNames {
  prompt(id: string): string;
  referral(r: RecordSummary): string;
}

/** Column names, in the order written (a public shape: add columns at the end only). */
export const RECORD_CSV_COLUMNS = [
  'Crime reference',
  'Officers',
  'First activity (UTC)',
  'Last activity (UTC)',
  'Stalking likely',
  'Highest indicator score (%)',
  'Outstanding mandatory prompts',
  'Number outstanding',
  'SPO decision recorded',
  'Needs assessment complete',
  'Support referral within 2 working days',
  'Not applicable reasons',
  'Reviewed by a supervisor',
  'Events',
] as const;

function yesNo(v: boolean | null): string {
  return v === null ? 'Unknown' : v ? 'Yes' : 'No';
}

function reasons(r: RecordSummary, names: RecordNames): string {
  return r.prompts
    .filter((p) => p.state === 'not_applicable' && p.reason)
    .map((p) => `${names.prompt(p.promptId)}: ${p.reason}`)
    .join('; ');
}

function reviewed(r: RecordSummary): boolean {
  return r.events.some((e) => e.kind === 'record_reviewed');
}

/** CSV, one row per record (RFC 4180, CRLF line ends). */
export function recordsCsv(records: readonly RecordSummary[], names: RecordNames): string {
  const rows: string[][] = [[...RECORD_CSV_COLUMNS]];
  for (const r of records) {
    rows.push([
      r.recordRef,
      r.officerIds.join('; '),
      new Date(r.firstAt).toISOString(),
      new Date(r.lastAt).toISOString(),
      yesNo(r.stalkingLikely),
      r.maxScore === null ? '' : String(Math.round(r.maxScore * 100)),
      r.openMandatory.map((id) => names.prompt(id)).join('; '),
      String(r.openMandatory.length),
      yesNo(spoDecisionRecorded(r)),
      yesNo(vnaComplete(r)),
      names.referral(r),
      reasons(r, names),
      yesNo(reviewed(r)),
      String(r.eventCount),
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A string as the CSV guard would start it: a leading formula character gets a single quote. */
function guard(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** JSON Lines, one record per line with stable keys; ids stay ids for machines. */
export function recordsJsonl(records: readonly RecordSummary[]): string {
  return records
    .map((r) =>
      JSON.stringify({
        recordRef: guard(r.recordRef),
        officerIds: r.officerIds.map(guard),
        firstAt: new Date(r.firstAt).toISOString(),
        lastAt: new Date(r.lastAt).toISOString(),
        stalkingLikely: r.stalkingLikely,
        maxScore: r.maxScore,
        openMandatory: r.openMandatory,
        spoDecisionRecorded: spoDecisionRecorded(r),
        vnaComplete: vnaComplete(r),
        vnaReferral: r.vnaReferral.status,
        prompts: r.prompts.map((p) => ({
          promptId: p.promptId,
          state: p.state,
          set: p.set,
          source: p.set ? p.source : null,
          setBy: guard(p.setBy),
          setAt: new Date(p.setAt).toISOString(),
          ...(p.reason ? { reason: guard(p.reason) } : {}),
        })),
        reviewed: reviewed(r),
        events: r.eventCount,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
