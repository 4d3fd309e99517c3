// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel, type PanelProps } from './Panel';
import { fakeAnalysis } from '../content/test-analysis';
import { TrustGate } from './trusted';
import { DOCKED } from './test-fixtures';
import { CATALOGUE } from '../prompts/catalogue';

const noop = () => undefined;

function props(over: Partial<PanelProps> = {}): PanelProps {
  return {
    analysis: fakeAnalysis('He followed me. He has not followed me since. He waited outside.'),
    prompts: [],
    spoDraft: null,
    health: { missing: [], narrativeCount: 1, truncated: false, maxChars: 200_000 },
    role: 'officer',
    demo: false,
    relationshipLabels: CATALOGUE.relationshipLabels,
    place: DOCKED,
    showSuppressed: false,
    hover: null,
    zoom: 1,
    canInsertSummary: true,
    insertStatus: null,
    gate: new TrustGate(),
    onToggleOpen: noop,
    onMove: noop,
    onDrag: noop,
    onSize: noop,
    onResize: noop,
    onToggleSuppressed: noop,
    onReveal: noop,
    onAction: noop,
    onInsertSummary: noop,
    onOpenReview: null,
    nameOf: (id) => `Name of ${id}`,
    ...over,
  };
}

let host: HTMLElement;

function mount(p: PanelProps): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(<Panel {...p} />, host);
  return host;
}

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Panel', () => {
  it('renders the summary, FOUR and one data-indicator per behaviour', () => {
    const el = mount(props());
    const s = el.querySelector('[data-testid="waymark-stalking"]')!;
    expect(s.getAttribute('data-likely')).toBe('true');
    expect(el.querySelectorAll('[data-four]')).toHaveLength(4);
    const ids = Array.from(el.querySelectorAll('[data-indicator]')).map((e) =>
      e.getAttribute('data-indicator'),
    );
    expect(ids).toEqual(['following', 'loitering_or_turning_up']);
  });

  it('says plainly, first in the panel, when nothing done here reaches the real log', () => {
    expect(mount(props()).querySelector('[data-testid="waymark-demo-banner"]')).toBeNull();
    render(null, host);
    const banner = mount(props({ demo: true })).querySelector('.wm-body > :first-child')!;
    expect(banner.getAttribute('data-testid')).toBe('waymark-demo-banner');
    expect(banner.getAttribute('role')).toBe('note');
    expect(banner.textContent).toBe('Training: not recorded in the real log');
  });

  it('names the relationship in the catalogue’s words', () => {
    const el = mount(props());
    const dd = Array.from(el.querySelectorAll('.wm-facts dd'))[2]!;
    expect(dd.textContent).toBe(CATALOGUE.relationshipLabels[fakeAnalysis('x').relationship]);
  });

  it('lists ignored matches with their reason only on request', () => {
    expect(mount(props()).querySelector('[data-testid="waymark-suppressed"]')).toBeNull();
    render(null, host);
    const el = mount(props({ showSuppressed: true }));
    const item = el.querySelector('[data-suppressed="following"]')!;
    expect(item.getAttribute('data-reason')).toBe('negated');
    expect(item.textContent).toContain('ignored: negated');
    // Named as the rule pack names it, never by its id.
    expect(item.textContent).toContain('(Name of following)');
  });

  it('names missing fields and a cut narrative', () => {
    const el = mount(
      props({
        health: {
          missing: ['spoDecision', 'vna.support_referral'],
          narrativeCount: 1,
          truncated: true,
          maxChars: 200_000,
        },
      }),
    );
    const health = el.querySelector('[data-testid="waymark-health"]')!;
    expect(health.textContent).toContain('SPO decision');
    expect(health.textContent).toContain('VNA: support referral');
    expect(el.querySelector('[data-testid="waymark-truncated"]')).not.toBeNull();
  });

  it('renders text from the page as text, never as markup', () => {
    const evil = 'He followed me <img src=x onerror="alert(1)"> home.';
    const el = mount(props({ analysis: fakeAnalysis(evil), showSuppressed: true }));
    expect(el.querySelector('img')).toBeNull();
    const a = fakeAnalysis(evil);
    const hit = {
      span: {
        key: `b:${a.behaviours[0]!.evidence[0]!.start}:following`,
        start: 0,
        end: 1,
        kind: 'behaviour' as const,
        id: 'following',
      },
      box: { left: 10, top: 10, width: 50, height: 16 },
      source: 'pointer' as const,
    };
    render(null, host);
    const withCard = mount(props({ analysis: a, hover: hit }));
    expect(withCard.querySelector('[data-testid="waymark-card"]')!.textContent).toContain(
      'PHA 1997',
    );
    expect(withCard.querySelector('img')).toBeNull();
  });

  it('collapses to a badge at the field corner that names what it holds', () => {
    const el = mount(props({ place: { ...DOCKED, mode: 'badge', badgeX: 700, badgeY: 120 } }));
    const panel = el.querySelector<HTMLElement>('[data-testid="waymark-panel"]')!;
    expect(panel.hasAttribute('hidden')).toBe(true);
    expect(panel.getAttribute('data-open')).toBe('false');
    const badge = el.querySelector<HTMLElement>('[data-testid="waymark-launcher"]')!;
    expect(badge.getAttribute('aria-label')).toBe('Waymark: 2 indicators, 0 to do');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect([badge.style.left, badge.style.top]).toEqual(['700px', '120px']);
  });

  it('opens as a popover beside the badge, and docked without one', () => {
    const pop = mount(props({ place: { ...DOCKED, mode: 'popover', x: 40, y: 300 } }));
    const panel = pop.querySelector<HTMLElement>('[data-testid="waymark-panel"]')!;
    expect(panel.hidden).toBe(false);
    expect([panel.style.left, panel.style.top, panel.style.height]).toEqual([
      '40px',
      '300px',
      '520px',
    ]);
    expect(
      pop.querySelector('[data-testid="waymark-launcher"]')!.getAttribute('aria-expanded'),
    ).toBe('true');
    render(null, host);
    const docked = mount(props());
    expect(docked.querySelector('[data-testid="waymark-launcher"]')).toBeNull();
    const size = Array.from(docked.querySelectorAll('button')).map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(size).toContain('Make the panel larger');
  });
});

describe('supervisor review button', () => {
  it('is shown only when a review can be opened', () => {
    const el = mount(props({ role: 'supervisor', onOpenReview: noop }));
    expect(el.querySelector('[data-testid="waymark-open-review"]')?.textContent).toBe(
      'Open supervisor review',
    );
    render(null, host);
    host.remove();
    const officer = mount(props());
    expect(officer.querySelector('[data-testid="waymark-open-review"]')).toBeNull();
  });

  it('says what each count means and names FOUR once, with no rule ids', () => {
    const el = mount(props());
    const row = el.querySelector('[data-indicator="following"]')!;
    const count = row.querySelector('.wm-count')!;
    expect(count.textContent).toMatch(/^\d+ mentions?$/);
    const meta = row.querySelector('.wm-ind-meta')!.textContent!;
    expect(meta.match(/FOUR/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(el.textContent).not.toMatch(/\(rule |\b[a-z]+\.[a-z_]+\b/);
  });

  it('shows the hover card without the rule that matched', () => {
    const analysis = props().analysis!;
    const b = analysis.behaviours[0]!;
    const e = b.evidence[0]!;
    const el = mount(
      props({
        hover: {
          span: {
            key: `b:${e.start}:${b.id}`,
            start: e.start,
            end: e.end,
            kind: 'behaviour',
            id: b.id,
          },
          box: { left: 10, top: 10, width: 40, height: 16 },
        } as never,
      }),
    );
    const card = el.querySelector('[data-testid="waymark-card"]')!;
    expect(card.textContent).toContain(b.label);
    expect(card.textContent).toContain(e.text);
    expect(card.textContent).not.toContain(e.rule);
  });

  it('puts what to do before the analysis', () => {
    const el = mount(props());
    const todo = el.querySelector('#wm-prompts-h')!;
    const verdict = el.querySelector('[data-testid="waymark-stalking"]')!;
    expect(todo.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('resize handle', () => {
  it("is a keyboard-operable separator on the docked panel's inner edge, valued in pixels", () => {
    const el = mount(props());
    const handle = el.querySelector<HTMLElement>('[data-testid="waymark-resize"]')!;
    expect(handle.getAttribute('aria-orientation')).toBe('vertical');
    expect(handle.getAttribute('aria-label')).toBe('Panel width');
    expect(handle.tabIndex).toBe(0);
    expect(handle.getAttribute('aria-valuenow')).toBe('360');
    expect(handle.getAttribute('aria-valuemin')).toBe('280');
    expect(handle.getAttribute('aria-valuemax')).toBe('600');
    expect(handle.getAttribute('aria-valuetext')).toBe('360 pixels wide');
    expect(handle.dataset.side).toBe('right');
    const tall = el.querySelector<HTMLElement>('[data-testid="waymark-resize-height"]')!;
    expect(tall.getAttribute('role')).toBe('separator');
    expect(tall.getAttribute('aria-orientation')).toBe('horizontal');
    expect(tall.getAttribute('aria-label')).toBe('Panel height');
    expect(tall.getAttribute('aria-valuenow')).toBe('520');
    expect(tall.getAttribute('aria-valuemin')).toBe('240');
    expect(tall.getAttribute('aria-valuemax')).toBe('900');
  });

  it('ignores keys the page fakes, and is not offered on a badge or popover', () => {
    const asked: number[] = [];
    const el = mount(props({ onResize: (_axis, size) => asked.push(size) }));
    const handle = el.querySelector<HTMLElement>('[data-testid="waymark-resize"]')!;
    handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(asked).toEqual([]);
    render(null, host);
    host.remove();
    const pop = mount(props({ place: { ...DOCKED, mode: 'popover' } }));
    expect(pop.querySelector('[role="separator"]')).toBeNull();
  });
});
