// @vitest-environment happy-dom
import { setHtml } from '../adapters/test-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteProfile } from '../adapters/profile';
import type { AuditEventInput } from '../audit/schema';
import { DEFAULT_SERVICES } from '../prompts/services';
import { CATALOGUE } from '../prompts/catalogue';
import type { OfficerAction } from '../prompts/types';
import type { WaymarkBridge } from './bridge';
import { buildSpoDraft } from '../prompts/spo-draft';
import { summaryNames } from '../prompts/labels';
import { formatSummary } from '../prompts/summary-format';
import { toSummaryInput } from '../prompts/summary-input';
import { defaultPack } from '../core/index';
import { DEFAULT_PLACEMENT } from '../overlay/placement';
import { HOST_TAG, startWaymark, TYPING_SETTLE_MS, type StartOptions } from './page-controller';
import { fakeAnalysis } from './test-analysis';
import { inPlaceSurface } from '../overlay/test-surface';
import type { SurfaceFactory } from '../overlay/surface';

vi.mock('../core/analyser', () => ({
  createAnalyser: () => ({
    pack: 'test@1.0.0',
    analyse: (t: string) => fakeAnalysis(t),
    warm: () => true,
  }),
}));

const NARRATIVE =
  'My ex-partner followed me to work on 3 March. He waited outside my flat on 5 March. ' +
  'He has sent 40 text messages since January.';

const profile: SiteProfile = {
  id: 'training',
  name: 'Training record',
  matches: ['https://crime.example.police.uk/*'],
  fields: {
    narrative: { label: 'Circumstances' },
    crimeReference: { label: 'Crime reference' },
    notes: { label: 'Officer notes' },
  },
};

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
  await new Promise((r) => setTimeout(r, 0));
};

function bridge(): WaymarkBridge & { events: AuditEventInput[]; saved: OfficerAction[][] } {
  const events: AuditEventInput[] = [];
  const saved: OfficerAction[][] = [];
  return {
    events,
    saved,
    appendAudit: (e) => events.push(e),
    loadActions: async () => [],
    saveActions: (_k, a) => saved.push(a),
    spoDraft: async (input) => buildSpoDraft(input),
    summary: async (input) =>
      formatSummary(toSummaryInput(input), {
        names: summaryNames(defaultPack, CATALOGUE),
        zone: 'Europe/London',
        officer: 'PC4417',
      }),
  };
}

let ac: AbortController;

beforeEach(() => {
  setHtml(`
    <label for="cr">Crime reference</label><input id="cr" value="CR/40217/26">
    <label for="narr">Circumstances</label><textarea id="narr" rows="10"></textarea>
    <label for="notes">Officer notes</label><textarea id="notes"></textarea>`);
  ac = new AbortController();
});

afterEach(() => {
  ac.abort();
  document.querySelectorAll(HOST_TAG).forEach((h) => h.remove());
});

function options(b: WaymarkBridge, mode: 'open' | 'closed' = 'open'): StartOptions {
  return {
    signal: ac.signal,
    doc: document,
    profile,
    shadowMode: mode,
    surface: inPlaceSurface,
    role: 'officer',
    mandatory: [],
    services: DEFAULT_SERVICES,
    bridge: b,
    pack: defaultPack,
    catalogue: CATALOGUE,
  };
}

function start(b = bridge(), mode: 'open' | 'closed' = 'open') {
  startWaymark(options(b, mode));
  return b;
}

function type(text: string): void {
  const ta = document.getElementById('narr') as HTMLTextAreaElement;
  ta.focus();
  ta.value = text;
  ta.dispatchEvent(new Event('input', { bubbles: true }));
}

const root = () => document.querySelector(HOST_TAG)!.shadowRoot!;

/** Wait until typing has settled and the frame-batched update has drawn. */
async function settled(): Promise<void> {
  await new Promise((r) => setTimeout(r, TYPING_SETTLE_MS + 30));
  await frames();
}

describe('startWaymark', () => {
  it('takes down a panel left by a copy the browser destroyed before mounting its own', async () => {
    const stale = document.createElement(HOST_TAG);
    document.documentElement.append(stale);
    start();
    await frames();
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(stale.isConnected).toBe(false);
  });

  it('mounts one host with the panel and the test hooks', async () => {
    start();
    await frames();
    const hosts = document.querySelectorAll(HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect(root().querySelector('[data-testid="waymark-panel"]')).not.toBeNull();
    // Vitest stubs CSS to '' (css: false); the build inlines overlay.css here.
    expect(root().querySelector('style')).not.toBeNull();
    expect(
      root().querySelector('[data-testid="waymark-stalking"]')!.getAttribute('data-likely'),
    ).toBe('false');
  });

  it('analyses the narrative as the officer types and shows indicators and prompts', async () => {
    start();
    await frames();
    type(NARRATIVE);
    await frames();
    // While the officer is typing nothing is recomputed: each keystroke stays cheap.
    expect(
      root().querySelector('[data-testid="waymark-stalking"]')!.getAttribute('data-likely'),
    ).toBe('false');
    await settled();
    const r = root();
    expect(r.querySelector('[data-testid="waymark-stalking"]')!.getAttribute('data-likely')).toBe(
      'true',
    );
    const ids = Array.from(r.querySelectorAll('[data-indicator]')).map((e) =>
      e.getAttribute('data-indicator'),
    );
    expect(ids.sort()).toEqual(['following', 'loitering_or_turning_up', 'repeated_contact']);
    expect(r.querySelectorAll('[data-prompt][data-state]').length).toBeGreaterThan(0);
    // The field keeps focus: the panel never takes it.
    expect(document.activeElement?.id).toBe('narr');
  });

  it('keeps a decision made while the saved ones are still loading', async () => {
    let resolve: (a: OfficerAction[]) => void = () => {};
    const earlier: OfficerAction = { promptId: 'spo', state: 'done', at: 1 };
    const b = bridge();
    b.loadActions = () => new Promise((r) => (resolve = r));
    // The panel's own buttons answer only real clicks: send the decision as the panel would.
    let send: Parameters<SurfaceFactory>[0]['onIntent'] = () => {};
    const surface: SurfaceFactory = (args) => {
      send = args.onIntent;
      return inPlaceSurface(args);
    };
    startWaymark({ ...options(b), surface });
    await frames();
    type(NARRATIVE);
    await settled();
    const id = root()
      .querySelector('[data-prompt][data-state="open"]')!
      .getAttribute('data-prompt') as OfficerAction['promptId'];
    send({ kind: 'action', action: { promptId: id, state: 'done', at: 2 } });
    await frames();
    // The saved decisions arrive after it: both stand, the new one last.
    resolve([earlier]);
    await frames();
    expect(root().querySelector(`[data-prompt="${id}"]`)!.getAttribute('data-state')).toBe('done');
    const last = b.saved[b.saved.length - 1]!;
    expect(last).toEqual([earlier, { promptId: id, state: 'done', at: 2 }]);
  });

  it('uses a closed shadow root in production mode', async () => {
    start(bridge(), 'closed');
    await frames();
    const host = document.querySelector(HOST_TAG) as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).toBeNull();
  });

  it('removes everything on abort', async () => {
    const b = start();
    await frames();
    ac.abort();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    const before = b.events.length;
    type(NARRATIVE);
    await frames();
    expect(b.events.length).toBe(before);
  });

  it('says which mapped field is missing and keeps working', async () => {
    document.getElementById('notes')!.remove();
    document.querySelector('label[for="notes"]')!.remove();
    start();
    await frames();
    const health = root().querySelector('[data-testid="waymark-health"]')!;
    expect(health.querySelector('[data-missing-role="notes"]')).not.toBeNull();
    type(NARRATIVE);
    await settled();
    expect(root().querySelectorAll('[data-indicator]').length).toBe(3);
  });

  it('ignores clicks the page fakes on the badge and the panel buttons', async () => {
    start();
    await frames();
    const panel = () => root().querySelector('[data-testid="waymark-panel"]')!;
    const badge = root().querySelector<HTMLButtonElement>('[data-testid="waymark-launcher"]')!;
    badge.click();
    badge.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await frames();
    expect(panel().getAttribute('data-open')).toBe('false');
    type(NARRATIVE);
    await settled();
    const close = root().querySelector<HTMLButtonElement>('[data-testid="waymark-close"]')!;
    close.click();
    close.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await frames();
    expect(panel().getAttribute('data-open')).toBe('true');
  });

  it('starts as a badge and opens once there is something to say, saving nothing', async () => {
    const b = start();
    const saved: unknown[] = [];
    b.savePlacement = (p) => saved.push(p);
    await frames();
    const panel = () => root().querySelector('[data-testid="waymark-panel"]')!;
    expect(panel().getAttribute('data-open')).toBe('false');
    expect(root().querySelector('[data-testid="waymark-launcher"]')!.textContent).toBe('W');
    type(NARRATIVE);
    await settled();
    expect(panel().getAttribute('data-open')).toBe('true');
    expect(root().querySelector('[data-testid="waymark-launcher"]')).toBeNull();
    expect(saved).toEqual([]);
  });

  it('stays a badge on a site where the officer closed it', async () => {
    startWaymark({ ...options(bridge()), placement: { ...DEFAULT_PLACEMENT, closed: true } });
    await frames();
    type(NARRATIVE);
    await settled();
    expect(root().querySelector('[data-testid="waymark-panel"]')!.getAttribute('data-open')).toBe(
      'false',
    );
    expect(root().querySelector('[data-testid="waymark-launcher"]')!.textContent).not.toBe('W');
  });

  it('sends prompt and indicator events without any narrative text', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const b = start();
    await vi.advanceTimersByTimeAsync(50);
    type(NARRATIVE);
    await vi.advanceTimersByTimeAsync(3000);
    vi.useRealTimers();
    const kinds = b.events.map((e) => e.kind);
    expect(kinds).toContain('prompt_shown');
    expect(kinds).toContain('indicators');
    const all = JSON.stringify(b.events);
    for (const word of ['followed', 'waited', 'March', 'ex-partner', 'text messages']) {
      expect(all).not.toContain(word);
    }
  });

  it.each([
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'visibilitychange to hidden',
      () => {
        Object.defineProperty(document, 'hidden', { value: true, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('sends the debounced indicators at once on %s', async (_name, leave) => {
    const b = start();
    await frames();
    type(NARRATIVE);
    await settled();
    // Shown in the panel, still inside the indicators debounce.
    expect(
      root().querySelector('[data-testid="waymark-stalking"]')!.getAttribute('data-likely'),
    ).toBe('true');
    expect(b.events.map((e) => e.kind)).not.toContain('indicators');
    leave();
    Reflect.deleteProperty(document, 'hidden');
    expect(b.events.find((e) => e.kind === 'indicators')).toMatchObject({ stalkingLikely: true });
  });

  it('tells the officer what could not be saved, and clears it when saving catches up', async () => {
    let report: ((s: { waiting: number; lost: number }) => void) | undefined;
    start({ ...bridge(), watchSaving: (listener) => (report = listener) });
    await frames();
    const unsaved = () => root().querySelector('[data-testid="waymark-unsaved"]');
    expect(unsaved()).toBeNull();
    report!({ waiting: 3, lost: 1 });
    await frames();
    expect(unsaved()?.textContent).toContain('3 audit entries or decisions could not be saved yet');
    expect(unsaved()?.textContent).toContain('1 could not be saved at all');
    report!({ waiting: 0, lost: 0 });
    await frames();
    expect(unsaved()).toBeNull();
  });

  it('announces in its own hidden live region, never in the draft copy status', async () => {
    start();
    await frames();
    type(NARRATIVE);
    await settled();
    const r = root();
    const live = r.querySelector<HTMLElement>('[data-testid="waymark-live"]')!;
    expect(live.textContent).toContain('stalking indicators likely');
    expect(live.className).toBe('wm-sr');
    expect(r.querySelector('[data-testid="waymark-panel"]')!.contains(live)).toBe(false);
    // The SPO draft shows for this record and has its own polite status beside "Copy draft".
    const others = Array.from(r.querySelectorAll('[aria-live]')).filter((e) => e !== live);
    expect(others.length).toBeGreaterThan(0);
    for (const el of others) expect(el.textContent).not.toContain('Waymark:');
  });
});
