import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../audit/hash';
import type { AuditEvent, AuditEventInput } from '../audit/schema';
import { overallCounts, summariseRecords } from '../audit/summary';
import {
  followedByWeek,
  notApplicableReasons,
  outstandingPerRecord,
  referralInTime,
  spoWhereLikely,
} from './charts-data';
import { recordsCsv, recordsJsonl, RECORD_CSV_COLUMNS } from './record-export';

const H = 3_600_000;
const MON = Date.UTC(2026, 10, 2, 9, 0); // Monday 2 November 2026, 09:00 London

let seq = 0;
function ev(input: AuditEventInput, at: number, recordRef: string): AuditEvent {
  return {
    ...input,
    id: `e${seq}`,
    seq: seq++,
    at,
    officerId: 'PC1',
    recordRef,
    profileId: 'p',
    origin: 'https://rms.example.police.uk',
    demo: false,
    prevHash: GENESIS_HASH,
    hash: GENESIS_HASH,
  } as AuditEvent;
}

const likely = (ref: string, at: number) =>
  ev({ kind: 'indicators', behaviours: [], stalkingLikely: true, score: 0.9 }, at, ref);
const shown = (ref: string, id: 'spo' | 'risk_screening' | 'vna', at: number) =>
  ev({ kind: 'prompt_shown', promptId: id, state: 'open' }, at, ref);

function records() {
  const events = [
    // Week 1, record A: SPO set not applicable with a reason; risk screening still open.
    likely('A', MON),
    shown('A', 'spo', MON + 1),
    shown('A', 'risk_screening', MON + 2),
    ev(
      {
        kind: 'prompt_state',
        promptId: 'spo',
        state: 'not_applicable',
        reason: '=HYPERLINK("x")',
        automatic: false,
      },
      MON + H,
      'A',
    ),
    // Week 2, record B: both mandatory prompts still open, no SPO decision.
    likely('B', MON + 7 * 24 * H),
    shown('B', 'spo', MON + 7 * 24 * H + 1),
    shown('B', 'risk_screening', MON + 7 * 24 * H + 2),
  ];
  return summariseRecords(events, {
    now: MON + 20 * 24 * H,
    mandatory: ['spo', 'risk_screening'],
    timeZone: 'Europe/London',
  });
}

describe('chart data', () => {
  it('counts records by outstanding mandatory prompts', () => {
    expect(outstandingPerRecord(records()).rows.map((r) => r.value)).toEqual([0, 1, 1, 0]);
  });

  it('gives the share of mandatory prompts followed per week, weeks starting Monday', () => {
    const spec = followedByWeek(records(), 'Europe/London');
    expect(spec.rows).toEqual([
      { label: 'Week of 2 Nov 2026', value: 50, of: 2 },
      { label: 'Week of 9 Nov 2026', value: 0, of: 2 },
    ]);
  });

  it('splits likely-stalking records by SPO decision, and counts referrals and reasons', () => {
    const rs = records();
    expect(spoWhereLikely(rs).rows.map((r) => r.value)).toEqual([1, 1]);
    expect(referralInTime(rs).rows.reduce((n, r) => n + r.value, 0)).toBe(2);
    expect(notApplicableReasons(overallCounts(rs).notApplicableReasons).rows).toEqual([
      { label: '=HYPERLINK("x")', value: 1 },
    ]);
  });
});

describe('record exports', () => {
  const names = { prompt: (id: string) => `Prompt ${id}`, referral: () => 'Not shown' };

  it('writes one CSV row per record with plain-word columns, formula cells guarded', () => {
    const csv = recordsCsv(records(), names);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(RECORD_CSV_COLUMNS.join(','));
    expect(lines[0]).not.toMatch(/[a-z][A-Z]/); // no camelCase ids as headers
    const a = lines.find((l) => l.startsWith('A,'))!;
    // The reason cell starts with the prompt name, so it is safe; ";" in it forces quoting.
    expect(a).toContain('Prompt spo: =HYPERLINK(""x"")');
    expect(a).toContain(',Prompt risk_screening,1,Yes,');
  });

  it('guards a cell that starts with a formula character', () => {
    const rs = records().map((r) => ({ ...r, recordRef: `=${r.recordRef}` }));
    const csv = recordsCsv(rs, names);
    expect(csv).toContain("\r\n'=A,");
    const line = JSON.parse(recordsJsonl(rs).split('\n')[0]!) as { recordRef: string };
    expect(line.recordRef.startsWith("'=")).toBe(true);
  });

  it('writes JSON Lines, one parseable record per line, with a guarded reason', () => {
    const lines = recordsJsonl(records()).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const a = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((r) => r.recordRef === 'A')!;
    expect(a).toMatchObject({ openMandatory: ['risk_screening'], spoDecisionRecorded: true });
    expect((a.prompts as { reason?: string }[]).find((p) => p.reason)!.reason).toBe(
      '\'=HYPERLINK("x")',
    );
  });
});
