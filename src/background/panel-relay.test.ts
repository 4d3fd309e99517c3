import { describe, expect, it } from 'vitest';
import { panelPortName } from '../messaging/panel-port';
import { createPanelRelay, type RelayPort } from './panel-relay';

const ID = 'fabpfjmaihohfgnmnmfilhbdgiaommhf';
const NONCE = 'a1b2c3d4e5f6a7b8c9d0';
const FRAME_URL = `chrome-extension://${ID}/panel-frame.html?n=${NONCE}`;

interface FakePort extends RelayPort {
  sent: unknown[];
  closed: boolean;
  receive(message: unknown): void;
  close(): void;
}

function port(name: string, sender: RelayPort['sender']): FakePort {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const p: FakePort = {
    name,
    sender,
    sent: [],
    closed: false,
    postMessage: (m) => p.sent.push(m),
    disconnect: () => {
      p.closed = true;
    },
    onMessage: { addListener: (fn) => onMessage.push(fn) },
    onDisconnect: { addListener: (fn) => onDisconnect.push(fn) },
    receive: (m) => onMessage.forEach((fn) => fn(m)),
    close: () => onDisconnect.forEach((fn) => fn()),
  };
  return p;
}

const host = (tab = 7, nonce = NONCE) =>
  port(panelPortName('host', nonce), {
    id: ID,
    url: 'https://crime.example.police.uk/record/1',
    tab: { id: tab },
    frameId: 0,
  });
const frame = (tab = 7, nonce = NONCE, url = FRAME_URL, frameId = 3) =>
  port(panelPortName('frame', nonce), { id: ID, url, tab: { id: tab }, frameId });

const announce = { t: 'announce', text: 'Waymark: stalking indicators likely; 3 prompts open.' };
const done = {
  t: 'intent',
  intent: { kind: 'action', action: { promptId: 'spo', state: 'done', at: 1 } },
};

describe('the panel relay', () => {
  it('pairs a controller and its frame by tab and nonce, and relays checked messages both ways', () => {
    const relay = createPanelRelay({ id: ID });
    const h = host();
    const f = frame();
    expect(relay(h)).toBe(true);
    expect(relay(f)).toBe(true);
    h.receive(announce);
    expect(f.sent).toEqual([announce]);
    f.receive(done);
    expect(h.sent).toEqual([done]);
  });

  it('drops messages that fail the channel schemas, in either direction', () => {
    const relay = createPanelRelay({ id: ID });
    const h = host();
    const f = frame();
    relay(h);
    relay(f);
    f.receive({
      t: 'intent',
      intent: { kind: 'action', action: { promptId: 'spo', state: 'open', at: 1 } },
    });
    f.receive({ t: 'intent', intent: { kind: 'format-disk' } });
    f.receive({ t: 'view', view: {} });
    h.receive({ t: 'announce', text: 'x'.repeat(5000) });
    h.receive('hello');
    expect(h.sent).toEqual([]);
    expect(f.sent).toEqual([]);
  });

  it('relays a refusal only with a known reason', () => {
    const relay = createPanelRelay({ id: ID });
    const h = host();
    const f = frame();
    relay(h);
    relay(f);
    h.receive({ t: 'refused' });
    h.receive({ t: 'refused', reason: 'because' });
    expect(f.sent).toEqual([]);
    h.receive({ t: 'refused', reason: 'new' });
    h.receive({ t: 'refused', reason: 'hidden' });
    expect(f.sent).toEqual([
      { t: 'refused', reason: 'new' },
      { t: 'refused', reason: 'hidden' },
    ]);
  });

  it('gives a frame that connects late the last view', () => {
    const relay = createPanelRelay({ id: ID });
    const h = host();
    relay(h);
    const place = {
      mode: 'badge',
      side: 'right',
      x: 0,
      y: 0,
      width: 360,
      height: 520,
      badgeX: 1,
      badgeY: 2,
      maxWidth: 360,
      maxHeight: 520,
    };
    const view = {
      t: 'view',
      view: {
        analysis: null,
        prompts: [],
        spoDraft: null,
        health: {},
        role: 'officer',
        demo: false,
        relationshipLabels: {},
        place,
        showSuppressed: false,
        hover: null,
        canInsertSummary: false,
        insertStatus: null,
        review: null,
        canOpenReview: false,
        names: {},
        language: 'en',
      },
    };
    h.receive(view);
    const f = frame();
    relay(f);
    expect(f.sent).toEqual([view]);
  });

  it('refuses frames that are not our panel page in a subframe, and hosts that are not top frames', () => {
    const relay = createPanelRelay({ id: ID });
    const h = host();
    relay(h);
    const impostors = [
      frame(7, NONCE, `chrome-extension://${ID}/options.html?n=${NONCE}`),
      frame(7, NONCE, `https://evil.example/panel-frame.html`),
      frame(7, NONCE, FRAME_URL, 0),
      port(panelPortName('frame', NONCE), {
        id: 'someotherextension',
        url: FRAME_URL,
        tab: { id: 7 },
        frameId: 3,
      }),
      port(panelPortName('host', NONCE), {
        id: ID,
        url: 'https://a.police.uk/',
        tab: { id: 7 },
        frameId: 2,
      }),
      port(panelPortName('host', NONCE), { id: ID, url: FRAME_URL, tab: { id: 7 }, frameId: 0 }),
    ];
    for (const p of impostors) {
      expect(relay(p)).toBe(true);
      expect(p.closed).toBe(true);
    }
    h.receive(announce);
    expect(impostors.every((p) => p.sent.length === 0)).toBe(true);
  });

  it('keeps tabs and nonces apart, lets one frame per pair in, and ignores other ports', () => {
    const relay = createPanelRelay({ id: ID });
    const h = host(7);
    relay(h);
    const otherTab = frame(8);
    const otherNonce = frame(7, 'zzzzzzzzzzzzzzzzzzzz');
    const first = frame(7);
    const second = frame(7);
    for (const p of [otherTab, otherNonce, first, second]) relay(p);
    expect(second.closed).toBe(true);
    h.receive(announce);
    expect(first.sent).toEqual([announce]);
    expect(otherTab.sent).toEqual([]);
    expect(otherNonce.sent).toEqual([]);
    expect(relay(port('something-else', { id: ID, tab: { id: 7 } }))).toBe(false);
  });

  it('never lets another frame take a pair over, even after the first has gone', () => {
    const relay = createPanelRelay({ id: ID });
    const h = host();
    relay(h);
    const f1 = frame();
    relay(f1);
    f1.close();
    const f2 = frame();
    relay(f2);
    expect(f2.closed).toBe(true);
    h.receive(announce);
    expect(f2.sent).toEqual([]);
    expect(f1.sent).toEqual([]);
  });
});
