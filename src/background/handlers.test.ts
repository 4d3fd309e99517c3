import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n/runtime';
import { en, type Messages } from '../i18n/en';
import type { Catalogue } from '../prompts/catalogue';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mergeSettings } from '../config/settings';
import { dispatch } from '../messaging/server';
import { createAuditSink, type AuditSink } from './audit-sink';
import { createHandlers } from './handlers';
import { createTrainingState } from './training';
import { openAuditDb } from '../audit/db';
import { verifyStoredChain } from '../audit/store';

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
    events: vi.fn(async () => []),
  };
  const handlers = createHandlers({
    settings: async () => report,
    refresh: async () => report,
    audit,
    trainingAudit: { ...audit },
    training: createTrainingState(fakeBrowser.storage.session),
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

  it('keeps a width the resize handle set, and loads a place saved before the panel had a size', async () => {
    const { send } = setup();
    const got = async () =>
      ((await send('config/get', {})) as { data: { placement: unknown } }).data.placement;
    const resized = { closed: false, side: 'right', width: 437, height: 520 };
    expect(await send('placement/set', resized)).toEqual({ ok: true, data: { saved: true } });
    expect(await got()).toEqual(resized);
    await fakeBrowser.storage.local.set({ 'placement:rms': { closed: true, side: 'left' } });
    expect(await got()).toEqual({ closed: true, side: 'left', width: 360, height: 520 });
    // A fractional width is not one the panel sets: refused, the saved place kept.
    const half = await send('placement/set', { ...resized, width: 437.5 });
    expect(half).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});

const TRAINING_URL = 'https://training.rms.force.police.uk/crime/1';
const LIVE_URL = 'https://rms.force.police.uk/crime/1';
const profiles = [
  {
    id: 'rms-training',
    name: 'RMS training',
    matches: ['https://training.rms.force.police.uk/*'],
    training: true,
  },
  { id: 'rms', name: 'RMS', matches: ['https://rms.force.police.uk/*'] },
];
let dbCount = 0;

/** Handlers over two real IndexedDB logs, with settings the test can change between messages. */
function trainingSetup(policy: Record<string, unknown>, local?: Record<string, unknown>) {
  let report = mergeSettings({ siteProfiles: profiles, ...policy }, local);
  const run = ++dbCount;
  const names = { real: `real-${run}`, training: `training-${run}` };
  const handlers = createHandlers({
    settings: async () => report,
    refresh: async () => report,
    audit: createAuditSink({ name: names.real }),
    trainingAudit: createAuditSink({ name: names.training, demo: true }),
    training: createTrainingState(fakeBrowser.storage.session),
  });
  const fromPage = (type: string, payload: unknown) =>
    dispatch(
      msg(type, payload),
      { id: 'ext-id', url: `${self.origin}options.html` },
      handlers,
      self,
    );
  const fromTab =
    (url: string, tabId: number, documentId?: string) => (type: string, payload: unknown) =>
      dispatch(
        msg(type, payload),
        { id: 'ext-id', url, tab: { id: tabId }, documentId },
        handlers,
        self,
      );
  const setPolicy = (next: Record<string, unknown>) => {
    report = mergeSettings({ siteProfiles: profiles, ...next }, local);
  };
  const events = async (which: keyof typeof names) =>
    (await openAuditDb(names[which])).getAll('events');
  return { fromPage, fromTab, setPolicy, events, names };
}

const marked = {
  event: { kind: 'prompt_state', promptId: 'spo', state: 'done', automatic: false },
  recordRef: 'CR/77/26',
};

describe('demo mode on a training environment', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends a demo page’s events to the training log, marked demo, and keeps the real chain clean', async () => {
    const t = trainingSetup({ role: 'trainer', officerId: 'T9' });
    const live = t.fromTab(LIVE_URL, 1);
    const training = t.fromTab(TRAINING_URL, 2);
    expect(await live('audit/append', marked)).toMatchObject({ ok: true });

    expect(await t.fromPage('demo/set', { profileId: 'rms-training', on: true })).toEqual({
      ok: true,
      data: { profiles: [{ id: 'rms-training', name: 'RMS training', on: true, refusal: null }] },
    });
    expect(await training('config/get', {})).toMatchObject({ ok: true, data: { demo: true } });
    expect(await live('config/get', {})).toMatchObject({ ok: true, data: { demo: false } });
    expect(await training('audit/append', marked)).toEqual({ ok: true, data: { seq: 0 } });
    expect(
      await training('audit/append', { ...marked, event: { kind: 'summary_inserted' } }),
    ).toEqual({
      ok: true,
      data: { seq: 1 },
    });
    expect(await live('audit/append', marked)).toEqual({ ok: true, data: { seq: 1 } });

    const real = await t.events('real');
    expect(real.map((e) => [e.seq, e.profileId, e.demo])).toEqual([
      [0, 'rms', false],
      [1, 'rms', false],
    ]);
    expect(await verifyStoredChain(await openAuditDb(t.names.real))).toMatchObject({
      ok: true,
      count: 2,
    });
    const demo = await t.events('training');
    expect(demo.map((e) => [e.seq, e.kind, e.profileId, e.officerId, e.demo])).toEqual([
      [0, 'prompt_state', 'rms-training', 'T9', true],
      [1, 'summary_inserted', 'rms-training', 'T9', true],
    ]);
    const shown = await t.fromPage('demo/get', {});
    expect(shown.ok && (shown.data as { events: unknown[] }).events).toHaveLength(2);
    // The summary a demo page inserts links to the training log's head, not the real one.
    expect(await training('audit/head', {})).toMatchObject({ data: { head: { seq: 1 } } });
    expect(await live('audit/head', {})).toMatchObject({ data: { head: { seq: 1 } } });
    expect(await training('audit/head', {})).not.toEqual(await live('audit/head', {}));
  });

  it('keeps a page on the log its banner named: a switch takes effect on the next page load', async () => {
    const t = trainingSetup({ role: 'trainer' });
    const training = t.fromTab(TRAINING_URL, 2);
    expect(await training('config/get', {})).toMatchObject({ data: { demo: false } });
    await t.fromPage('demo/set', { profileId: 'rms-training', on: true });
    await training('audit/append', marked);
    expect(await t.events('real')).toHaveLength(1);
    expect(await t.events('training')).toHaveLength(0);
  });

  it('sends a page’s late events where that page was told, after the next page in the tab loads', async () => {
    const t = trainingSetup({ role: 'trainer' });
    await t.fromPage('demo/set', { profileId: 'rms-training', on: true });
    const first = t.fromTab(TRAINING_URL, 2, 'doc-1');
    const second = t.fromTab(TRAINING_URL, 2, 'doc-2');
    expect(await first('config/get', {})).toMatchObject({ data: { demo: true } });
    await t.fromPage('demo/set', { profileId: 'rms-training', on: false });
    expect(await second('config/get', {})).toMatchObject({ data: { demo: false } });
    await first('audit/append', marked);
    await second('audit/append', marked);
    expect((await t.events('training')).map((e) => e.demo)).toEqual([true]);
    expect((await t.events('real')).map((e) => e.demo)).toEqual([false]);
  });

  it('refuses a demo page’s events once demo mode is no longer allowed, rather than logging them as real', async () => {
    const t = trainingSetup({ role: 'trainer' });
    const training = t.fromTab(TRAINING_URL, 2);
    await t.fromPage('demo/set', { profileId: 'rms-training', on: true });
    await training('config/get', {});
    t.setPolicy({ role: 'officer' });
    expect(await training('audit/append', marked)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'demo mode is no longer allowed here: only a trainer can switch demo mode on',
      },
    });
    expect(await t.events('real')).toHaveLength(0);
    expect(await t.events('training')).toHaveLength(0);
    // The next load of the page is told it is not in demo mode.
    expect(await training('config/get', {})).toMatchObject({ data: { demo: false } });
  });

  it('refuses to switch demo mode on where it is not allowed, and never from a web page', async () => {
    const refused = async (policy: Record<string, unknown>, profileId: string, local?: object) => {
      fakeBrowser.reset();
      const t = trainingSetup(policy, local as Record<string, unknown> | undefined);
      const reply = await t.fromPage('demo/set', { profileId, on: true });
      expect(await t.fromTab(TRAINING_URL, 2)('config/get', {})).toMatchObject({
        data: { demo: false },
      });
      return reply.ok ? null : reply.error;
    };
    expect(await refused({ role: 'trainer' }, 'rms')).toEqual({
      code: 'failed',
      message: 'demo mode refused: RMS is not a training environment',
    });
    expect(await refused({ role: 'trainer' }, 'nope')).toMatchObject({
      message: 'demo mode refused: no site profile covers this page',
    });
    expect(await refused({ role: 'officer' }, 'rms-training')).toMatchObject({
      message: 'demo mode refused: only a trainer can switch demo mode on',
    });
    expect(
      await refused({ role: 'trainer', demoModeAllowed: false }, 'rms-training'),
    ).toMatchObject({
      message: 'demo mode refused: force policy does not allow demo mode',
    });
    // An officer who calls themselves a trainer on the options page cannot use a force profile.
    // A trainer role chosen on the options page counts as officer: only policy makes a trainer.
    expect(await refused({}, 'rms-training', { siteProfiles: [], role: 'trainer' })).toMatchObject({
      message: 'demo mode refused: only a trainer can switch demo mode on',
    });

    fakeBrowser.reset();
    const t = trainingSetup({ role: 'trainer' });
    // A forged request from the page's content script is refused before any handler runs.
    expect(
      await t.fromTab(TRAINING_URL, 2)('demo/set', { profileId: 'rms-training', on: true }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await t.fromTab(TRAINING_URL, 2)('config/get', {})).toMatchObject({
      data: { demo: false },
    });
  });

  it('lets a trainer use a training profile they added themselves, and switch demo mode off', async () => {
    fakeBrowser.reset();
    const report = mergeSettings({ role: 'trainer' }, { siteProfiles: [profiles[0]] });
    const handlers = createHandlers({
      settings: async () => report,
      refresh: async () => report,
      audit: createAuditSink({ name: `real-own-${++dbCount}` }),
      trainingAudit: createAuditSink({ name: `training-own-${dbCount}`, demo: true }),
      training: createTrainingState(fakeBrowser.storage.session),
    });
    const page = { id: 'ext-id', url: `${self.origin}options.html` };
    const tab = { id: 'ext-id', url: TRAINING_URL, tab: { id: 5 } };
    await dispatch(msg('demo/set', { profileId: 'rms-training', on: true }), page, handlers, self);
    expect(await dispatch(msg('config/get', {}), tab, handlers, self)).toMatchObject({
      data: { demo: true },
    });
    await dispatch(msg('demo/set', { profileId: 'rms-training', on: false }), page, handlers, self);
    expect(await dispatch(msg('config/get', {}), tab, handlers, self)).toMatchObject({
      data: { demo: false },
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

describe('background handlers: the language of Waymark’s own text', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => setLanguage('en', en));

  it('sends the content script the Welsh table and catalogue when policy sets cy', async () => {
    const { send } = setup({ language: 'cy' });
    const reply = (await send('config/get', {})) as {
      data: { language: string; messages: Messages; catalogue: Catalogue };
    };
    expect(reply.data.language).toBe('cy');
    expect(reply.data.messages['panel.behaviours']).toBe('Ymddygiadau');
    const spo = reply.data.catalogue.prompts.find((p) => p.id === 'spo');
    expect(spo?.title).toBe('Cofnodi penderfyniad Gorchymyn Diogelu Rhag Stelcio');
    expect(reply.data.catalogue.relationshipLabels.ex_partner).toBe('Cyn-bartner');
  });

  it('follows a Welsh browser when nothing sets the language, English otherwise', async () => {
    const { send } = setup();
    const ui = vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('cy-GB');
    const welsh = (await send('config/get', {})) as { data: { language: string } };
    expect(welsh.data.language).toBe('cy');
    ui.mockReturnValue('en-GB');
    const english = (await send('config/get', {})) as {
      data: { language: string; messages: Messages };
    };
    expect(english.data.language).toBe('en');
    expect(english.data.messages['panel.behaviours']).toBe('Behaviours');
  });
});
