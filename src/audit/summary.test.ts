import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from './hash';
import type { AuditEvent, AuditEventInput } from './schema';
import {
  countUnreferenced,
  overallCounts,
  summariseLog,
  summariseRecord,
  summariseRecords,
  vnaReferralCheck,
  workingDayDeadline,
  workingDaysBetween,
} from './summary';

const H = 3_600_000;
const utc = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

let seq = 0;
/** Events for pure tests; the hash chain is not under test here. */
function ev(
  input: AuditEventInput,
  at: number,
  over: Partial<Pick<AuditEvent, 'recordRef' | 'officerId' | 'demo'>> = {},
): AuditEvent {
  return {
    ...input,
    id: `e${seq}`,
    seq: seq++,
    at,
    officerId: 'PC1',
    recordRef: 'WM/1/26',
    profileId: 'p',
    origin: 'https://crime.example.police.uk',
    demo: false,
    prevHash: GENESIS_HASH,
    hash: GENESIS_HASH,
    ...over,
  } as AuditEvent;
}

describe('working-day maths (Saturday and Sunday skipped, Europe/London)', () => {
  it('counts working days after the start day', () => {
    const mon = utc(2026, 11, 2, 9);
    expect(workingDaysBetween(mon, utc(2026, 11, 2, 17))).toBe(0);
    expect(workingDaysBetween(mon, utc(2026, 11, 4, 23))).toBe(2); // Wednesday
    expect(workingDaysBetween(mon, utc(2026, 11, 5, 8))).toBe(3); // Thursday
    expect(workingDaysBetween(utc(2026, 11, 6, 16), utc(2026, 11, 9, 9))).toBe(1); // Fri → Mon
    expect(workingDaysBetween(utc(2026, 11, 7, 12), utc(2026, 11, 10, 9))).toBe(2); // Sat → Tue
    expect(workingDaysBetween(utc(2026, 11, 7, 12), utc(2026, 11, 8, 20))).toBe(0); // Sat → Sun
  });

  it('gives the deadline as the local midnight ending the 2nd working day', () => {
    expect(workingDayDeadline(utc(2026, 11, 2, 9), 2)).toBe(utc(2026, 11, 5)); // Mon → Thu 00:00
    expect(workingDayDeadline(utc(2026, 11, 6, 16), 2)).toBe(utc(2026, 11, 11)); // Fri → Wed 00:00
    expect(workingDayDeadline(utc(2026, 11, 7, 16), 2)).toBe(utc(2026, 11, 11)); // Sat → Wed 00:00
  });

  it('uses the London calendar day across British Summer Time', () => {
    // Friday 27 March 2026; clocks go forward on Sunday 29 March. Deadline: Wed 1 April 00:00 BST.
    expect(workingDayDeadline(utc(2026, 3, 27, 10), 2)).toBe(utc(2026, 3, 31, 23));
    // Sunday 23:30 UTC in July is Monday 00:30 in London, so Wednesday is day 2, not day 3.
    expect(workingDaysBetween(utc(2026, 7, 5, 23, 30), utc(2026, 7, 8, 12))).toBe(2);
    expect(workingDaysBetween(utc(2026, 7, 5, 23, 30), utc(2026, 7, 8, 12), 'UTC')).toBe(3);
  });
});

describe('vnaReferralCheck', () => {
  const start = utc(2026, 11, 6, 16); // Friday
  const shownVna = ev({ kind: 'prompt_shown', promptId: 'vna', state: 'open' }, start);
  const referral = (state: 'done' | 'not_applicable', at: number, reason?: string) =>
    ev(
      { kind: 'prompt_state', promptId: 'vna.support_referral', state, automatic: false, reason },
      at,
    );

  it('met, late, pending, overdue, not applicable and not shown', () => {
    expect(vnaReferralCheck([shownVna, referral('done', utc(2026, 11, 10, 17))], 0)).toMatchObject({
      status: 'met',
      workingDays: 2,
      deadline: utc(2026, 11, 11),
    });
    expect(vnaReferralCheck([shownVna, referral('done', utc(2026, 11, 11, 8))], 0)).toMatchObject({
      status: 'late',
      workingDays: 3,
    });
    expect(vnaReferralCheck([shownVna], utc(2026, 11, 9, 12))).toMatchObject({
      status: 'pending',
      workingDays: 1,
    });
    expect(vnaReferralCheck([shownVna], utc(2026, 11, 11, 0))).toMatchObject({ status: 'overdue' });
    expect(
      vnaReferralCheck(
        [shownVna, referral('not_applicable', start + H, 'Victim declined support')],
        start + 9 * 24 * H,
      ),
    ).toMatchObject({ status: 'not_applicable', reason: 'Victim declined support' });
    expect(vnaReferralCheck([referral('done', start)], start)).toMatchObject({
      status: 'not_shown',
    });
  });
});

describe('summariseRecords and overallCounts', () => {
  const t = utc(2026, 11, 2, 9);
  const events: AuditEvent[] = [
    ev(
      {
        kind: 'indicators',
        behaviours: [{ id: 'following', count: 2 }],
        stalkingLikely: true,
        score: 0.7,
      },
      t,
    ),
    ev(
      {
        kind: 'indicators',
        behaviours: [
          { id: 'following', count: 1 },
          { id: 'threats', count: 1 },
        ],
        stalkingLikely: true,
        score: 0.6,
      },
      t + 1,
    ),
    ev({ kind: 'prompt_shown', promptId: 'spo', state: 'open' }, t + 2),
    ev(
      {
        kind: 'prompt_state',
        promptId: 'spo',
        state: 'not_applicable',
        reason: 'No ongoing contact',
        automatic: false,
      },
      t + 3,
      { officerId: 'PS9' },
    ),
    ev({ kind: 'prompt_shown', promptId: 'risk_screening', state: 'open' }, t + 4),
    ev({ kind: 'prompt_shown', promptId: 'vna', state: 'open' }, t + 5),
    ev({ kind: 'prompt_shown', promptId: 'vna.support_referral', state: 'open' }, t + 6),
    ev(
      { kind: 'prompt_state', promptId: 'vna.support_referral', state: 'done', automatic: true },
      t + H,
    ),
    ev(
      {
        kind: 'prompt_state',
        promptId: 'classification',
        state: 'not_applicable',
        automatic: false,
      },
      t + 7,
    ),
    // Record 2: not stalking, everything done.
    ev({ kind: 'indicators', behaviours: [], stalkingLikely: false, score: 0.1 }, t + 8, {
      recordRef: 'WM/2/26',
      officerId: 'PC2',
    }),
    ev({ kind: 'prompt_shown', promptId: 'evidence', state: 'not_applicable' }, t + 9, {
      recordRef: 'WM/2/26',
      officerId: 'PC2',
    }),
    ev(
      {
        kind: 'prompt_state',
        promptId: 'evidence',
        state: 'not_applicable',
        reason: 'no  ONGOING contact',
        automatic: false,
      },
      t + 10,
      { recordRef: 'WM/2/26', officerId: 'PC2' },
    ),
    // Record 3: stalking likely, SPO done, risk done.
    ev(
      {
        kind: 'indicators',
        behaviours: [{ id: 'repeated_contact', count: 9 }],
        stalkingLikely: true,
        score: 0.9,
      },
      t + 11,
      { recordRef: 'WM/3/26' },
    ),
    ev({ kind: 'prompt_shown', promptId: 'spo', state: 'done' }, t + 12, { recordRef: 'WM/3/26' }),
    ev({ kind: 'prompt_shown', promptId: 'risk_screening', state: 'snoozed' }, t + 13, {
      recordRef: 'WM/3/26',
    }),
    ev(
      { kind: 'prompt_state', promptId: 'risk_screening', state: 'done', automatic: false },
      t + 14,
      { recordRef: 'WM/3/26' },
    ),
    // Left out: demo and unreferenced.
    ev({ kind: 'summary_inserted' }, t + 15, { recordRef: 'DEMO/1', demo: true }),
    ev({ kind: 'health', missingRoles: [] }, t + 16, { recordRef: null }),
  ];

  const records = summariseRecords(events, { now: t + 24 * H });

  it('summarises each record: latest state, who set it, reasons, open mandatory prompts', () => {
    expect(records.map((r) => r.recordRef)).toEqual(['WM/1/26', 'WM/3/26', 'WM/2/26']); // latest activity first
    const r1 = records.find((r) => r.recordRef === 'WM/1/26')!;
    expect(r1.officerIds).toEqual(['PC1', 'PS9']);
    expect(r1.stalkingLikely).toBe(true);
    expect(r1.maxScore).toBe(0.7);
    expect(r1.behaviours).toEqual([
      { id: 'following', count: 2 },
      { id: 'threats', count: 1 },
    ]);
    const spo = r1.prompts.find((p) => p.promptId === 'spo')!;
    expect(spo).toMatchObject({
      state: 'not_applicable',
      setBy: 'PS9',
      source: 'officer',
      reason: 'No ongoing contact',
      shown: true,
      outstanding: false,
    });
    // Mandatory prompts: risk screening still open; classification set aside without a reason.
    expect(r1.openMandatory).toEqual(['classification', 'risk_screening']);
    expect(r1.prompts.map((p) => p.promptId)).toEqual([
      'classification',
      'risk_screening',
      'vna',
      'vna.support_referral',
      'spo',
    ]);
    expect(r1.prompts.find((p) => p.promptId === 'vna.support_referral')).toMatchObject({
      state: 'done',
      source: 'record',
    });
    expect(r1.vnaReferral).toMatchObject({ status: 'met', workingDays: 0 });
    expect(countUnreferenced(events)).toBe(1);
    expect(records.some((r) => r.recordRef === 'DEMO/1')).toBe(false);
  });

  it('honours the mandatory list from policy', () => {
    const [r] = summariseRecords(
      events.filter((e) => e.recordRef === 'WM/1/26'),
      { now: t, mandatory: ['spo'] },
    );
    expect(r!.openMandatory).toEqual([]);
  });

  it('counts overall, with percentages of records where stalking is likely', () => {
    const c = overallCounts(records);
    expect(c.records).toBe(3);
    expect(c.stalkingLikely).toBe(2);
    expect(c.spoDecisionRecorded).toEqual({ count: 2, of: 2, pct: 100 });
    expect(c.riskScreeningDone).toEqual({ count: 1, of: 2, pct: 50 });
    expect(c.vnaComplete).toEqual({ count: 1, of: 2, pct: 50 });
    expect(c.recordsWithOpenMandatory).toBe(1);
    expect(c.vnaReferral.met).toBe(1);
    expect(c.vnaReferral.not_shown).toBe(2);
    expect(c.notApplicableReasons).toEqual([
      { reason: 'No ongoing contact', count: 2, prompts: ['evidence', 'spo'] },
    ]);
    expect(overallCounts([]).spoDecisionRecorded.pct).toBeNull();
  });
});

describe('a team view merges officers whose seqs are unrelated', () => {
  it('takes the latest state by time across officers, and by seq within one officer', () => {
    const t = utc(2026, 11, 2, 9);
    // PC1's log is long (high seqs); PS9's is new (low seqs) but acts later.
    const merged = [
      ev({ kind: 'prompt_shown', promptId: 'spo', state: 'open' }, t, { officerId: 'PC1' }),
      ev({ kind: 'prompt_state', promptId: 'spo', state: 'done', automatic: false }, t + 2 * H, {
        officerId: 'PC1',
      }),
    ];
    merged[0]!.seq = 900;
    merged[1]!.seq = 901;
    const later = ev(
      { kind: 'prompt_state', promptId: 'spo', state: 'open', automatic: false },
      t + 3 * H,
      { officerId: 'PS9' },
    );
    later.seq = 2;
    const [r] = summariseRecords([...merged, later], { now: t + 4 * H, mandatory: ['spo'] });
    const spo = r!.prompts.find((p) => p.promptId === 'spo')!;
    expect([spo.state, spo.setBy]).toEqual(['open', 'PS9']);
    expect(r!.events.map((e) => e.officerId)).toEqual(['PC1', 'PC1', 'PS9']);
  });
});

describe('summariseLog', () => {
  /** A seeded sequence in [0, 1) (Park and Miller), so the orders tried are the same every run. */
  const seeded = (seed: number) => () => (seed = (seed * 16807) % 2147483647) / 2147483647;

  /** Three officers' logs; two records are worked on by two officers. */
  function logs(): AuditEvent[] {
    const out: AuditEvent[] = [];
    const rnd = seeded(7);
    const prompts = ['spo', 'risk_screening', 'vna', 'vna.support_referral'] as const;
    const states = ['open', 'done', 'not_applicable', 'snoozed'] as const;
    for (const [o, officerId] of ['PC1', 'PC2', 'PC3'].entries()) {
      for (let i = 0; i < 60; i++) {
        const record = `WM/${(o * 3 + (i % 4)) % 8}/26`;
        const at = utc(2026, 11, 2, 9) + Math.floor(rnd() * 96) * H + o * 60_000;
        const roll = rnd();
        const input: AuditEventInput =
          roll < 0.2
            ? { kind: 'indicators', behaviours: [], stalkingLikely: rnd() < 0.5, score: 0.5 }
            : roll < 0.5
              ? { kind: 'prompt_shown', promptId: prompts[i % 4]!, state: 'open' }
              : {
                  kind: 'prompt_state',
                  promptId: prompts[i % 4]!,
                  state: states[Math.floor(rnd() * 4)]!,
                  reason: rnd() < 0.5 ? 'Victim declined' : undefined,
                  automatic: rnd() < 0.5,
                };
        out.push(ev(input, at, { officerId, recordRef: i % 9 === 0 ? null : record }));
      }
    }
    return out;
  }

  it('gives what summarising each record on its own gives, in any order of the events', () => {
    const events = logs();
    const options = { now: utc(2026, 11, 20), mandatory: ['spo', 'vna'] as const };
    const expected = [...new Set(events.map((e) => e.recordRef))]
      .filter((r): r is string => r !== null)
      .map((ref) =>
        summariseRecord(
          ref,
          events.filter((e) => e.recordRef === ref),
          options,
        ),
      )
      .sort((a, b) => b.lastAt - a.lastAt || a.recordRef.localeCompare(b.recordRef));
    const rnd = seeded(3);
    const orders = [
      events,
      [...events].sort((a, b) => a.at - b.at),
      [...events].reverse(),
      [...events].sort(() => rnd() - 0.5),
    ];
    for (const order of orders) {
      const log = summariseLog(order, options);
      expect(log.records).toEqual(expected);
      expect(log.unreferenced).toBe(countUnreferenced(events));
    }
  });
});
