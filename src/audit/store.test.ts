import 'fake-indexeddb/auto';
import { behaviourLabel, promptLabel } from '../dashboard/format';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAuditDb, type AuditDb } from './db';
import { GENESIS_HASH, chainHash } from './hash';
import type { AuditEvent, AuditEventInput } from './schema';
import {
  appendEvent,
  csvCell,
  exportCsv,
  exportJson,
  parseImport,
  pruneOlderThan,
  queryEvents,
  readChainHead,
  readCheckpoint,
  readPruneNote,
  verifyChain,
  verifyStoredChain,
  type AppendContext,
  type AuditExport,
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
    expect(await verifyStoredChain(db)).toEqual({
      ok: true,
      count: 2,
      firstSeq: 0,
      lastSeq: 1,
      lastHash: b.hash,
    });
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
      why: { id: 'chain.changed', params: {} },
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
    // Semicolon-locale spreadsheets split on `;`: such cells are quoted, the guard still applies.
    expect(csvCell('declined; will call back')).toBe('"declined; will call back"');
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
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
    expect(lines[2]).toContain(',"following:3;threats:1",true,0.8,');
    // The same names as the panel and the summary, from the rule pack and the catalogue.
    expect(lines[1]).toContain(
      ",Victims' Code needs assessment: Victim Personal Statement offered,",
    );
    expect(lines[2]).toMatch(/,"Following: 3; Threats: 1"$/);
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
      version: 2,
      exportedAt: '2026-11-02T09:00:00.000Z',
      chain: { head: { seq: 2, hash: events[2]!.hash }, firstSeq: 0, lastSeq: 2, count: 3 },
    });
    const result = await parseImport(text);
    expect(result).toEqual({ ok: true, events, chain: env.chain });
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
      [JSON.stringify({ ...env, version: 3 }), /^Unsupported export version 3/],
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
        JSON.stringify({
          ...env,
          chain: { ...(env.chain as object), count: 2 },
          events: env.events.filter((_, i) => i !== 1),
        }),
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
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^File too large: 50\.0 MB/),
    });
  });
});

describe('anchored exports: a file cut at either end, thinned or empty is refused', () => {
  /** Ten events exported as the dashboard does: with the stored head and checkpoint. */
  async function exportedLog(n = 10): Promise<{ env: AuditExport; events: AuditEvent[] }> {
    for (let i = 0; i < n; i++) {
      await appendEvent(db, { kind: 'summary_inserted' }, ctx({ now: T0 + i * DAY }));
    }
    const events = await queryEvents(db);
    const text = exportJson(events, new Date(T0), {
      head: await readChainHead(db),
      checkpoint: await readCheckpoint(db),
    });
    return { env: JSON.parse(text) as AuditExport, events };
  }
  const rewrite = (env: AuditExport, keep: (e: AuditEvent) => boolean, restate = true) => {
    const events = env.events.filter(keep);
    const chain = restate
      ? {
          ...env.chain,
          count: events.length,
          firstSeq: events[0]?.seq ?? null,
          lastSeq: events.at(-1)?.seq ?? null,
        }
      : env.chain;
    return JSON.stringify({ ...env, chain, events });
  };
  const refusal = async (text: string) => {
    const r = await parseImport(text);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.error;
  };

  it('states the head, first and last seq and count, and reads back', async () => {
    const { env, events } = await exportedLog();
    expect(env.chain).toEqual({
      head: { seq: 9, hash: events[9]!.hash },
      firstSeq: 0,
      lastSeq: 9,
      count: 10,
    });
    expect(await parseImport(JSON.stringify(env))).toMatchObject({ ok: true, chain: env.chain });
  });

  it('refuses a file whose first events were deleted, even with its figures restated', async () => {
    const { env } = await exportedLog();
    expect(await refusal(rewrite(env, (e) => e.seq >= 2))).toBe(
      'Chain broken at seq 2: the chain should start at seq 0; earlier events are missing.',
    );
  });

  it('refuses a file whose last events were deleted, or that was cut to three', async () => {
    const { env } = await exportedLog();
    expect(await refusal(rewrite(env, (e) => e.seq <= 7))).toBe(
      'Chain broken at seq 7: the chain should end at seq 9 (its stated head); later events are missing.',
    );
    expect(await refusal(rewrite(env, (e) => e.seq < 3))).toMatch(
      /^Chain broken at seq 2: the chain should end at seq 9/,
    );
    // Cut without restating the figures: the count says so first.
    expect(await refusal(rewrite(env, (e) => e.seq < 3, false))).toBe(
      'The file states 10 events but holds 3.',
    );
  });

  it('refuses a stated count or range that disagrees with the events', async () => {
    const { env } = await exportedLog(3);
    expect(await refusal(JSON.stringify({ ...env, chain: { ...env.chain, count: 4 } }))).toBe(
      'The file states 4 events but holds 3.',
    );
    expect(await refusal(JSON.stringify({ ...env, chain: { ...env.chain, lastSeq: 5 } }))).toBe(
      'The file states seq 0 to 5 but holds seq 0 to 2.',
    );
  });

  it('says an empty file has nothing to verify, and that a head with no events is missing them', async () => {
    const empty = exportJson([], new Date(T0));
    expect(await refusal(empty)).toBe('The file holds no events: nothing to verify.');
    const { env } = await exportedLog(2);
    expect(await refusal(rewrite(env, () => false))).toBe(
      'The file holds no events but states a chain head at seq 1: the events are missing.',
    );
    const v1 = JSON.stringify({ format: 'waymark-audit', version: 1, exportedAt: 'x', events: [] });
    expect(await refusal(v1)).toBe('The file holds no events: nothing to verify.');
  });

  it('refuses a version 1 file (no stated head) that does not start at seq 0', async () => {
    const { env } = await exportedLog(4);
    const v1 = (events: AuditEvent[]) =>
      JSON.stringify({ format: 'waymark-audit', version: 1, exportedAt: 'x', events });
    expect(await parseImport(v1(env.events))).toMatchObject({ ok: true, chain: null });
    expect(await refusal(v1(env.events.slice(1)))).toMatch(
      /^Chain broken at seq 1: the chain should start at seq 0/,
    );
  });

  it('accepts a pruned log from its stated checkpoint and refuses it cut further', async () => {
    const { events } = await exportedLog(6);
    await pruneOlderThan(db, 1, T0 + 3 * DAY + 1);
    const kept = await queryEvents(db);
    const checkpoint = await readCheckpoint(db);
    expect(checkpoint).toEqual({ firstSeq: 3, prevHash: events[2]!.hash });
    const env = JSON.parse(
      exportJson(kept, new Date(T0), { head: await readChainHead(db), checkpoint }),
    ) as AuditExport;
    expect(await parseImport(JSON.stringify(env))).toMatchObject({ ok: true });
    expect(await refusal(rewrite(env, (e) => e.seq >= 4))).toBe(
      'Chain broken at seq 4: the chain should start at seq 3 (its stated checkpoint).',
    );
  });

  it('cannot tell a fully rewritten file from a real one without the head kept elsewhere', async () => {
    const { events } = await exportedLog(5);
    const realHead = { seq: 4, hash: events[4]!.hash };
    // Drop seq 2 and rebuild every later link, as anyone with the file and this code can.
    const forged: AuditEvent[] = [];
    for (const e of events.filter((x) => x.seq !== 2)) {
      const prev = forged.at(-1);
      const { hash: _h, prevHash: _p, seq: _s, ...rest } = e;
      const body = {
        ...rest,
        seq: prev ? prev.seq + 1 : 0,
        prevHash: prev?.hash ?? GENESIS_HASH,
      } as Omit<AuditEvent, 'hash'>;
      forged.push({ ...body, hash: await chainHash(body.prevHash, body) } as AuditEvent);
    }
    expect(await parseImport(exportJson(forged, new Date(T0)))).toMatchObject({ ok: true });
    // The head recorded in the crime record at the time is what exposes it.
    expect(await verifyChain(forged, undefined, realHead)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'the chain should end at seq 4 (its stated head); later events are missing',
    });
  });
});
