// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { PanelView } from '../overlay/panel-view';
import { DOCKED } from '../overlay/test-fixtures';
import { startFramePanel } from './frame-panel';

const VIEW: PanelView = {
  analysis: null,
  prompts: [],
  spoDraft: null,
  health: { missing: [], narrativeCount: 1, truncated: false, maxChars: 200_000 },
  role: 'officer',
  demo: false,
  relationshipLabels: {} as PanelView['relationshipLabels'],
  place: DOCKED,
  showSuppressed: false,
  hover: null,
  canInsertSummary: true,
  insertStatus: null,
  review: null,
  canOpenReview: false,
  names: {},
  language: 'en',
};

const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.replaceChildren();
});

function start(language: PanelView['language'] = 'en') {
  const controller = new AbortController();
  controllers.push(controller);
  const root = document.createElement('div');
  const live = document.createElement('div');
  document.body.append(root, live);
  const panel = startFramePanel({
    doc: document,
    root,
    live,
    send: () => undefined,
    visibility: { tracked: true, state: () => 'shown' },
    signal: controller.signal,
  });
  panel.receive({ t: 'view', view: { ...VIEW, language } });
  const alert = () => root.querySelector('[data-testid="waymark-refused"]')?.textContent ?? null;
  return { panel, alert };
}

describe('the frame panel tells the officer why a click was not acted on', () => {
  it('says the panel had only just appeared, or that the page hid it, as the controller reports', () => {
    const { panel, alert } = start();
    expect(alert()).toBeNull();
    panel.receive({ t: 'refused', reason: 'new' });
    expect(alert()).toMatch(/only just appeared/);
    panel.receive({ t: 'refused', reason: 'hidden' });
    expect(alert()).toMatch(/covered or hid Waymark/);
  });

  it('says it in Welsh when the page is set to Welsh', () => {
    const { panel, alert } = start('cy');
    panel.receive({ t: 'refused', reason: 'new' });
    expect(alert()).toMatch(/newydd ymddangos/);
  });
});
