import 'fake-indexeddb/auto';
import { behaviourLabel, promptLabel } from '../dashboard/format';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAuditDb, type AuditDb } from './db';
import { GENESIS_HASH } from './hash';
import type { AuditEvent, AuditEventInput } from './schema';
import {
  appendEvent,
  csvCell,
  exportCsv,
  exportJson,
  parseImport,
  pruneOlderThan,
  queryEvents,
  readPruneNote,
  verifyChain,
  verifyStoredChain,
  type AppendContext,
} from './store';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 2, 9, 0); // Monday 2 November 2026

let db: AuditDb;
let dbName: string;
let counter = 0;

beforeEach(async () => {
  dbName = `audit-test-${++counter}`;
  db = await openAuditDb(dbName);
});
afterEach(() => {
  db.close();
  indexedDB.deleteDatabase(dbName);
});

function ctx(over: Partial<AppendContext> = {}): AppendContext {
  return {
    recordRef: 'WM/12345/26',
    profileId: 'niche-west',
    origin: 'https://crime.example.police.uk',
    officerId: 'PC1234',
    demo: false,
    now: T0,
    ...over,
  };
}

const shown: AuditEventInput = { kind: 'prompt_shown', promptId: 'spo', state: 'open' };

describe('appendEvent', () => {
  it('assigns seq, id and a hash chain starting at 64 zeros', async () => {
    const a = await appendEvent(db, shown, ctx());
    const b = await appendEvent(db, { kind: 'summary_inserted' }, ctx({ now: T0 + 1000 }));
    expect(a.seq).toBe(0);
    expect(a.prevHash).toBe(GENESIS_HASH);
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.seq).toBe(1);
    expect(b.prevHash).toBe(a.hash);
    expect(await verifyStoredChain(db)).toEqual({ ok: true, count: 2, firstSeq: 0, lastSeq: 1 });
  });

  it('keeps the chain under concurrent appends, including from a second connection', async () => {
    const other = await openAuditDb(dbName);
    const writes = Array.from({ length: 20 }, (_, i) =>
      appendEvent(i % 2 ? other : db, { kind: 'summary_inserted' }, ctx({ now: T0 + i })),
    );
    const events = await Promise.all(writes);
    expect(new Set(events.map((e) => e.seq)).size).toBe(20);
    expect(await verifyStoredChain(db)).toMatchObject({ ok: true, count: 20, lastSeq: 19 });
    other.close();
  });

  it('drops fields the schema does not know (no smuggled narrative)', async () => {
    const sneaky = { ...shown, narrative: 'he followed her home' } as unknown as AuditEventInput;
    const e = await appendEvent(db, sneaky, ctx());
    expect(JSON.stringify(e)).not.toContain('followed');
    const [stored] = await queryEvents(db);
    expect(stored).not.toHaveProperty('narrative');
  });

  it('refuses invalid input', async () => {
    const badInput = { kind: 'prompt_shown', promptId: 'nope', state: 'open' } as never;
    await expect(appendEvent(db, badInput, ctx())).rejects.toThrow();
    // The queue recovers after a failure.
    await expect(appendEvent(db, shown, ctx())).resolves.toMatchObject({ seq: 0 });
  });
});

describe('queryEvents', () => {
  beforeEach(async () => {
    await appendEvent(db, shown, ctx());
    await appendEvent(db, { kind: 'summary_inserted' }, ctx({ now: T0 + DAY, officerId: 'PC9' }));
    await appendEvent(db, shown, ctx({ now: T0 + 2 * DAY, recordRef: 'WM/2/26' }));
    await appendEvent(
      db,
      { kind: 'health', missingRoles: ['spoDecision'] },
      ctx({ now: T0 + 3 * DAY, recordRef: null }),
    );
  });

  it('filters by date range (from inclusive, to exclusive), record, officer and kind', async () => {
    expect((await queryEvents(db, { from: T0 + DAY, to: T0 + 3 * DAY })).map((e) => e.seq)).toEqual(
      [1, 2],
    );
    expect((await queryEvents(db, { recordRef: 'WM/12345/26' })).map((e) => e.seq)).toEqual([0, 1]);
    expect((await queryEvents(db, { officerId: 'PC9' })).map((e) => e.seq)).toEqual([1]);
    expect(
      (await queryEvents(db, { kinds: ['prompt_shown'], officerId: 'PC1234' })).map((e) => e.seq),
    ).toEqual([0, 2]);
    expect((await queryEvents(db, { from: T0 + 2 * DAY })).map((e) => e.seq)).toEqual([2, 3]);
  });

  it('pages with offset and limit in seq order', async () => {
    expect((await queryEvents(db, { offset: 1, limit: 2 })).map((e) => e.seq)).toEqual([1, 2]);
  });
});

describe('verifyChain (tamper detection)', () => {
  async function chain(n: number): Promise<AuditEvent[]> {
    for (let i = 0; i < n; i++) {
      await appendEvent(
        db,
        {
          kind: 'prompt_state',
          promptId: 'spo',
          state: 'not_applicable',
          reason: `r${i}`,
          automatic: false,
        },
        ctx({ now: T0 + i }),
      );
    }
    return queryEvents(db);
  }

  it('detects an edited field', async () => {
    const events = await chain(4);
    const edited = events.map((e) => (e.seq === 2 ? { ...e, reason: 'changed later' } : e));
    expect(await verifyChain(edited)).toEqual({
      ok: false,
      brokenAt: 2,
      reason: expect.stringContaining('changed'),
    });
  });

  it('detects a deleted event, a reordered link and a forged genesis', async () => {
    const events = await chain(4);
    expect(await verifyChain(events.filter((e) => e.seq !== 1))).toMatchObject({
      ok: false,
      brokenAt: 2,
    });
    const relinked = events.map((e) => (e.seq === 3 ? { ...e, prevHash: events[0]!.hash } : e));
    expect(await verifyChain(relinked)).toMatchObject({ ok: false, brokenAt: 3 });
    const forged = events.map((e) => (e.seq === 0 ? { ...e, prevHash: 'f'.repeat(64) } : e));
    expect(await verifyChain(forged)).toMatchObject({ ok: false, brokenAt: 0 });
  });

  it('detects a tampered stored event and events cut from the end', async () => {
    await chain(3);
    const tx = db.transaction('events', 'readwrite');
    const e = (await tx.store.get(1))!;
    await tx.store.put({ ...e, officerId: 'someone-else' } as AuditEvent);
    await tx.done;
    expect(await verifyStoredChain(db)).toMatchObject({ ok: false, brokenAt: 1 });

    await db.delete('events', 1);
    await db.delete('events', 2);
    expect(await verifyStoredChain(db)).toMatchObject({
      ok: false,
      brokenAt: 0,
      reason: expect.stringContaining('should end at seq 2'),
    });
  });
});

describe('pruneOlderThan', () => {
  it('removes the oldest events and the chain verifies from the first kept one', async () => {
    for (let i = 0; i < 5; i++) await appendEvent(db, shown, ctx({ now: T0 + i * DAY }));
    const result = await pruneOlderThan(db, 2, T0 + 4 * DAY);
    expect(result).toEqual({ removed: 2, firstKeptSeq: 2 });
    const note = await readPruneNote(db);
    expect(note).toMatchObject({ firstKeptSeq: 2, removedTotal: 2, prunedAt: T0 + 4 * DAY });
    expect(await verifyStoredChain(db)).toMatchObject({ ok: true, firstSeq: 2, lastSeq: 4 });
    // Deleting the first kept event afterwards is still caught, via the anchor.
    await db.delete('events', 2);
    expect(await verifyStoredChain(db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('keeps appending after a full prune and refuses a zero retention', async () => {
    await appendEvent(db, shown, ctx());
    expect(await pruneOlderThan(db, 1, T0 + 10 * DAY)).toEqual({ removed: 1, firstKeptSeq: 1 });
    expect(await verifyStoredChain(db)).toMatchObject({ ok: true, count: 0 });
    const next = await appendEvent(db, shown, ctx({ now: T0 + 10 * DAY }));
    expect(next.seq).toBe(1);
    expect(await verifyStoredChain(db)).toMatchObject({ ok: true, count: 1 });
    await expect(pruneOlderThan(db, 0)).rejects.toThrow(RangeError);
  });
});

describe('exportCsv', () => {
  it('guards formula injection and quotes per RFC 4180', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r'])
      expect(csvCell(`${lead}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes a header and one CRLF row per event', async () => {
    await appendEvent(
      db,
      {
        kind: 'prompt_state',
        promptId: 'vna.vps',
        state: 'not_applicable',
        reason: '=1+1, "declined"',
        automatic: false,
      },
      ctx(),
    );
    await appendEvent(
      db,
      {
        kind: 'indicators',
        behaviours: [
          { id: 'following', count: 3 },
          { id: 'threats', count: 1 },
        ],
        stalkingLikely: true,
        score: 0.8,
      },
      ctx(),
    );
    const csv = exportCsv(await queryEvents(db), {
      prompt: promptLabel,
      behaviour: behaviourLabel,
    });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'seq,id,at,officerId,recordRef,profileId,origin,demo,kind,promptId,state,automatic,reason,behaviours,stalkingLikely,score,missingRoles,prevHash,hash,promptName,behaviourNames',
    );
    expect(lines[1]).toContain(`,not_applicable,false,"'=1+1, ""declined""",`);
    expect(lines[1]).toContain('2026-11-02T09:00:00.000Z');
    expect(lines[2]).toContain(',following:3;threats:1,true,0.8,');
    // The same names as the panel and the summary, from the rule pack and the catalogue.
    expect(lines[1]).toContain(
      ",Victims' Code needs assessment: Victim Personal Statement offered,",
    );
    expect(lines[2]).toMatch(/,Following: 3; Threats: 1$/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });
});

describe('exportJson and parseImport', () => {
  async function exported(): Promise<{ text: string; events: AuditEvent[] }> {
    await appendEvent(db, shown, ctx());
    await appendEvent(
      db,
      { kind: 'prompt_state', promptId: 'spo', state: 'done', automatic: true },
      ctx({ now: T0 + 5 }),
    );
    await appendEvent(
      db,
      {
        kind: 'prompt_state',
        promptId: 'vna.vps',
        state: 'not_applicable',
        reason: 'Victim declined',
        automatic: false,
      },
      ctx({ now: T0 + 9 }),
    );
    const events = await queryEvents(db);
    return { text: exportJson(events, new Date(T0)), events };
  }

  it('round-trips a versioned envelope', async () => {
    const { text, events } = await exported();
    const env = JSON.parse(text) as Record<string, unknown>;
    expect(env).toMatchObject({
      format: 'waymark-audit',
      version: 1,
      exportedAt: '2026-11-02T09:00:00.000Z',
    });
    const result = await parseImport(text);
    expect(result).toEqual({ ok: true, events });
  });

  it('gives a clear one-line error for each kind of bad input', async () => {
    const { text } = await exported();
    const env = JSON.parse(text) as { events: Record<string, unknown>[] } & Record<string, unknown>;
    const cases: [string, RegExp][] = [
      ['{not json', /^Not valid JSON: /],
      ['[1,2]', /^Not a Waymark audit export: expected a JSON object/],
      [
        JSON.stringify({ ...env, format: 'other-tool' }),
        /format is "other-tool", expected "waymark-audit"/,
      ],
      [JSON.stringify({ ...env, version: 2 }), /^Unsupported export version 2/],
      [
        JSON.stringify({
          ...env,
          events: env.events.map((e, i) => (i === 1 ? { ...e, state: 'maybe' } : e)),
        }),
        /^Invalid event 1 \(seq 1\), field state: /,
      ],
      [
        JSON.stringify({
          ...env,
          events: env.events.map((e, i) => (i === 2 ? { ...e, reason: 'Victim agreed' } : e)),
        }),
        /^Chain broken at seq 2: its contents do not match its hash/,
      ],
      [
        JSON.stringify({ ...env, events: env.events.filter((_, i) => i !== 1) }),
        /^Chain broken at seq 2: events 1 to 1 are missing/,
      ],
    ];
    for (const [input, expected] of cases) {
      const r = await parseImport(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toMatch(expected);
        expect(r.error).not.toContain('\n');
      }
    }
  });

  it('refuses an oversized file before parsing', async () => {
    const r = await parseImport(' '.repeat(50_000_001));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^File too large: 50\.0 MB/) });
  });
});
