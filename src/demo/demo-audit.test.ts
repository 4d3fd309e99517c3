import { describe, expect, it } from 'vitest';
import { createDemoAuditSink } from './demo-audit';

const ctx = {
  recordRef: 'DEMO/1',
  profileId: 'demo',
  origin: 'chrome-extension://x',
  officerId: 'T1',
  now: 1_700_000_000_000,
  demo: false,
};

describe('demo audit sink', () => {
  it('appends a verifiable chain in memory, always marked demo', async () => {
    const sink = createDemoAuditSink();
    await Promise.all([
      sink.appendEvent({ kind: 'prompt_shown', promptId: 'spo', state: 'open' }, ctx),
      sink.appendEvent({ kind: 'summary_inserted' }, { ...ctx, recordRef: 'DEMO/2' }),
      sink.appendEvent(
        { kind: 'prompt_state', promptId: 'spo', state: 'done', automatic: false },
        ctx,
      ),
    ]);
    const all = await sink.queryEvents();
    expect(all.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect(all.every((e) => e.demo)).toBe(true);
    expect(await sink.verifyChain()).toMatchObject({ ok: true, count: 3 });
    expect((await sink.queryEvents({ recordRef: 'DEMO/2' })).length).toBe(1);
    expect((await sink.queryEvents({ kinds: ['prompt_state'] }))[0]?.seq).toBe(2);
  });

  it('clears and starts a new chain; bounds memory', async () => {
    const sink = createDemoAuditSink(2);
    for (let i = 0; i < 3; i++) await sink.appendEvent({ kind: 'summary_inserted' }, ctx);
    expect(sink.size).toBe(2);
    expect(await sink.verifyChain()).toMatchObject({ ok: true, firstSeq: 1 });
    sink.clear();
    const e = await sink.appendEvent({ kind: 'summary_inserted' }, ctx);
    expect(e.seq).toBe(0);
  });
});
