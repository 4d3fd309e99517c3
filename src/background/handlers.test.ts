import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeSettings } from '../config/settings';
import { dispatch } from '../messaging/server';
import type { AuditSink } from './audit-sink';
import { createHandlers } from './handlers';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const content = { id: 'ext-id', url: 'https://rms.force.police.uk/crime/1', tab: { id: 7 } };
const msg = (type: string, payload: unknown) => ({ waymark: 1, type, payload });

function setup(policy: Record<string, unknown> = {}) {
  const report = mergeSettings(
    {
      siteProfiles: [{ id: 'rms', name: 'RMS', matches: ['https://rms.force.police.uk/*'] }],
      ...policy,
    },
    undefined,
  );
  const audit: AuditSink = {
    append: vi.fn(async () => ({ seq: 3 })),
    prune: vi.fn(async () => undefined),
    head: vi.fn(async () => ({ seq: 3, hash: 'a'.repeat(64) })),
  };
  const handlers = createHandlers({
    settings: async () => report,
    refresh: async () => report,
    audit,
  });
  const send = (type: string, payload: unknown) =>
    dispatch(msg(type, payload), content, handlers, self);
  return { audit, send };
}

describe('background handlers: nothing lost to a length limit', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves an event whose crime reference is over 64 characters, bounded with a digest', async () => {
    const { audit, send } = setup();
    const ref = `CR/${'4'.repeat(90)}/26`;
    expect(
      await send('audit/append', { event: { kind: 'summary_inserted' }, recordRef: ref }),
    ).toEqual({
      ok: true,
      data: { seq: 3 },
    });
    const stored = vi.mocked(audit.append).mock.calls[0]![1].recordRef!;
    expect(stored).toHaveLength(64);
    expect(stored).toMatch(/^CR\/4+…#[0-9a-f]{16}$/);
  });

  it('saves and reloads decisions for a page with no crime reference and a long path', async () => {
    const { send } = setup();
    const path = `/crime/record/${'segment/'.repeat(60)}`;
    expect(path.length).toBeGreaterThan(300);
    const actions = [{ promptId: 'spo', state: 'done', at: 1 }];
    expect(await send('actions/set', { recordKey: path, actions })).toEqual({
      ok: true,
      data: { saved: 1 },
    });
    expect(await send('actions/get', { recordKey: path })).toEqual({ ok: true, data: { actions } });
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys).toEqual([
      expect.stringMatching(/^actions:https:\/\/rms\.force\.police\.uk\|#[0-9a-f]{64}$/),
    ]);
  });

  it('answers the current chain head to a content script', async () => {
    const { send } = setup();
    expect(await send('audit/head', {})).toEqual({
      ok: true,
      data: { head: { seq: 3, hash: 'a'.repeat(64) } },
    });
  });
});

describe('background handlers: supervisor review', () => {
  beforeEach(() => fakeBrowser.reset());
  const review = { summary: 'found', changed: true, outstanding: ['spo'] };

  it('logs "reviewed" for a supervisor (role from policy) and answers the review line', async () => {
    const { audit, send } = setup({ role: 'supervisor', officerId: 'PS9' });
    const reply = await send('review/record', { recordRef: 'CR/1/26', review });
    expect(reply).toMatchObject({ ok: true, data: { seq: 3 } });
    expect((reply as { data: { line: string } }).data.line).toMatch(
      /^Waymark review: reviewed by supervisor PS9 on .*; summary found; narrative or key fields changed/,
    );
    expect(vi.mocked(audit.append).mock.calls[0]).toEqual([
      { kind: 'record_reviewed', summary: 'found', changed: true, outstanding: 1 },
      expect.objectContaining({ recordRef: 'CR/1/26', profileId: 'rms', officerId: 'PS9' }),
    ]);
  });

  it('refuses a review from an officer, and a forged review event through audit/append', async () => {
    const { audit, send } = setup({ role: 'officer' });
    expect(await send('review/record', { recordRef: null, review })).toMatchObject({ ok: false });
    expect(await send('review/build', { block: null, digest: null, now: [] })).toMatchObject({
      ok: false,
    });
    const forged = { kind: 'record_reviewed', summary: 'found', changed: false, outstanding: 0 };
    expect(await send('audit/append', { event: forged, recordRef: null })).toMatchObject({
      ok: false,
    });
    expect(audit.append).not.toHaveBeenCalled();
  });

  it('builds the review for a supervisor and refuses a malformed request', async () => {
    const { send } = setup({ role: 'supervisor' });
    expect(await send('review/build', { block: null, digest: null, now: [] })).toMatchObject({
      ok: true,
      data: { summary: 'missing', changed: false, prompts: [] },
    });
    expect(await send('review/build', { block: 3, digest: null, now: [] })).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });
});
