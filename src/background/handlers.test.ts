import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeSettings } from '../config/settings';
import { dispatch } from '../messaging/server';
import type { AuditSink } from './audit-sink';
import { createHandlers } from './handlers';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const content = { id: 'ext-id', url: 'https://rms.force.police.uk/crime/1', tab: { id: 7 } };
const msg = (type: string, payload: unknown) => ({ waymark: 1, type, payload });

function setup() {
  const report = mergeSettings(
    { siteProfiles: [{ id: 'rms', name: 'RMS', matches: ['https://rms.force.police.uk/*'] }] },
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
  return { audit, send, handlers };
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

  it('keeps where the panel is per site profile and hands it back with the config', async () => {
    const { send } = setup();
    const got = async () =>
      ((await send('config/get', {})) as { data: { placement: unknown } }).data.placement;
    expect(await got()).toBeNull();
    const placement = { closed: true, side: 'left', width: 400, height: 600 };
    expect(await send('placement/set', placement)).toEqual({ ok: true, data: { saved: true } });
    expect(await got()).toEqual(placement);
    expect(await fakeBrowser.storage.local.get('placement:rms')).toEqual({
      'placement:rms': placement,
    });
    // Anything else, or a size out of range, is refused and the saved place is kept.
    const refused = await send('placement/set', { ...placement, width: 5000 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const extra = await send('placement/set', { ...placement, narrative: 'He followed me' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await got()).toEqual(placement);
  });

  it('refuses to keep a place for a page no profile covers, and ignores a corrupt one', async () => {
    const { handlers } = setup();
    const other = { id: 'ext-id', url: 'https://elsewhere.example/', tab: { id: 8 } };
    const placement = { closed: false, side: 'right', width: 360, height: 520 };
    expect(await dispatch(msg('placement/set', placement), other, handlers, self)).toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    await fakeBrowser.storage.local.set({ 'placement:rms': { side: 'top' } });
    const reply = await dispatch(msg('config/get', {}), content, handlers, self);
    expect((reply as { data: { placement: unknown } }).data.placement).toBeNull();
  });
});
