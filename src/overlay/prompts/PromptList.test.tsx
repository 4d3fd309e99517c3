// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluatePrompts } from '../../prompts/evaluate';
import { DEFAULT_SERVICES } from '../../prompts/services';
import { makeRecord, stalkingAnalysis } from '../../prompts/test-fixtures';
import type { OfficerAction, PromptView } from '../../prompts/types';
import {
  mandatoryNoSnooze,
  OTHER_REASON,
  PromptList,
  SNOOZE_MS,
  createPromptActions,
  isTrustedEvent,
  trusted,
  validateReason,
} from './PromptList';
import { CATALOGUE } from '../../prompts/catalogue';

const NOW = Date.UTC(2026, 10, 27, 3, 0);

function prompts(actions: OfficerAction[] = []): PromptView[] {
  return evaluatePrompts({
    analysis: stalkingAnalysis({ relationship: 'ex_partner' }),
    record: makeRecord({ narrative: 'SPO considered, not applied because he is remanded.' }),
    actions,
    mandatory: ['vna'],
    services: DEFAULT_SERVICES,
    now: NOW,
    catalogue: CATALOGUE,
  });
}

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount(list: PromptView[], onAction = vi.fn()) {
  await act(() => {
    render(<PromptList prompts={list} onAction={onAction} now={() => NOW} />, host);
  });
  return onAction;
}

function card(id: string): HTMLElement {
  const el = host.querySelector<HTMLElement>(`[data-prompt="${id}"]`);
  if (!el) throw new Error(`no card ${id}`);
  return el;
}

describe('PromptList rendering', () => {
  it('renders one element per prompt with data-prompt and data-state', async () => {
    const list = prompts();
    await mount(list);
    const els = [...host.querySelectorAll<HTMLElement>('[data-prompt]')];
    expect(els.map((e) => e.dataset.prompt).sort()).toEqual(list.map((p) => p.id).sort());
    expect(card('spo').dataset.state).toBe('done');
    expect(card('risk_screening').dataset.state).toBe('open');
  });

  it('shows title, ask, why, points and done-because', async () => {
    await mount(prompts());
    const spo = card('spo');
    expect(spo.querySelector('h3')?.textContent).toBe('Record an SPO decision');
    expect(spo.textContent).toMatch(/Stalking Protection Act 2019/);
    expect(spo.textContent).toMatch(/Done: The narrative records/);
    expect(card('safeguarding').querySelectorAll('.wm-points li').length).toBeGreaterThan(0);
    expect(card('vna').textContent).toMatch(/Required by force policy/);
  });

  it('renders the VNA steps as a checklist with data-vna-step and data-state', async () => {
    await mount(
      prompts([
        { promptId: 'vna.vps', state: 'not_applicable', reason: 'Victim not contactable', at: NOW },
      ]),
    );
    const steps = [...card('vna').querySelectorAll<HTMLElement>('[data-vna-step]')];
    expect(steps).toHaveLength(9);
    const vps = steps.find((s) => s.dataset.vnaStep === 'vps');
    expect(vps?.dataset.state).toBe('not_applicable');
    expect(vps?.textContent).toMatch(/Reason: Victim not contactable/);
  });

  it('renders a clear empty state', async () => {
    await mount([]);
    expect(host.textContent).toBe('No prompts for this record.');
  });

  it('uses real buttons with accessible names, and does not take focus on render', async () => {
    const before = document.activeElement;
    await mount(prompts());
    expect(document.activeElement).toBe(before);
    const buttons = [...card('risk_screening').querySelectorAll('button')];
    const names = buttons.map((b) => b.getAttribute('aria-label'));
    expect(names).toContain('Mark done: Stalking risk screen not recorded');
    expect(names).toContain('Not applicable: Stalking risk screen not recorded');
    expect(names).toContain('Snooze 1 hour: Stalking risk screen not recorded');
    for (const b of buttons) expect(b.getAttribute('type')).toBe('button');
  });

  it('opens the reason form inline with a short list and a typed option', async () => {
    await mount(prompts());
    const naButton = card('evidence').querySelector<HTMLButtonElement>(
      'button[aria-label^="Not applicable"]',
    )!;
    expect(naButton.getAttribute('aria-expanded')).toBe('false');
    await act(() => void naButton.click());
    expect(naButton.getAttribute('aria-expanded')).toBe('true');
    const form = card('evidence').querySelector('form')!;
    expect(form.id).toBe(naButton.getAttribute('aria-controls'));
    const options = [...form.querySelectorAll('option')].map((o) => o.value);
    expect(options).toContain('Evidence secured by another officer');
    expect(options).toContain(OTHER_REASON);
    expect(form.querySelector('input[type="text"]')).not.toBeNull();
    // The officer opened it, so focus moves into the form.
    expect(document.activeElement).toBe(form.querySelector('select'));
  });
});

describe('what to do first', () => {
  it('lists open prompts first, in catalogue order, then the rest', async () => {
    const list = prompts();
    await mount(list);
    const states = [...host.querySelectorAll<HTMLElement>('[data-prompt]')].map(
      (e) => e.dataset.state,
    );
    const firstOther = states.findIndex((s) => s !== 'open');
    expect(firstOther).toBeGreaterThan(0);
    expect(states.slice(firstOther)).not.toContain('open');
    const openIds = [...host.querySelectorAll<HTMLElement>('[data-prompt][data-state="open"]')].map(
      (e) => e.dataset.prompt,
    );
    expect(openIds).toEqual(list.filter((p) => p.state === 'open').map((p) => p.id));
  });

  it('keeps the why and the done-when behind a closed disclosure', async () => {
    await mount(prompts());
    const why = card('risk_screening').querySelector('details.wm-why')!;
    expect(why.hasAttribute('open')).toBe(false);
    expect(why.querySelector('summary')!.textContent).toMatch(/^Why/);
    expect(why.textContent).toContain('Done when:');
    const step = card('vna').querySelector('[data-vna-step] details.wm-why');
    expect(step?.querySelector('summary')?.textContent).toBe('Why');
  });
});

describe('policy-mandatory prompts', () => {
  it('offer no Snooze button and say why', async () => {
    await mount(prompts());
    const vna = card('vna');
    expect(vna.dataset.state).toBe('open');
    const actionBar = vna.querySelector(':scope > .wm-actions')!;
    const names = [...actionBar.querySelectorAll('button')].map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(names.some((n) => n?.startsWith('Snooze'))).toBe(false);
    expect(names.some((n) => n?.startsWith('Not applicable'))).toBe(true);
    expect(actionBar.textContent).toContain(mandatoryNoSnooze());
    expect(mandatoryNoSnooze()).toMatch(/^Required by force policy/);
  });

  it('leave Snooze on prompts that are not mandatory', async () => {
    await mount(prompts());
    const evidence = card('evidence');
    expect(evidence.querySelector('button[aria-label^="Snooze"]')).not.toBeNull();
    expect(evidence.textContent).not.toContain(mandatoryNoSnooze());
  });
});

describe('untrusted events', () => {
  it('synthetic clicks and submits never reach onAction', async () => {
    const onAction = await mount(prompts());
    const evidence = card('evidence');
    for (const b of evidence.querySelectorAll('button')) {
      await act(() => void b.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    }
    await act(
      () =>
        void evidence
          .querySelector('button[aria-label^="Snooze"]')!
          .dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    const form = evidence.querySelector('form');
    expect(form).not.toBeNull();
    const select = form!.querySelector('select')!;
    select.value = 'Evidence secured by another officer';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    await act(() => void form!.dispatchEvent(submit));
    expect(onAction).not.toHaveBeenCalled();
    expect(submit.defaultPrevented).toBe(true);
  });

  it('isTrustedEvent only accepts isTrusted === true', () => {
    expect(isTrustedEvent({ isTrusted: true })).toBe(true);
    expect(isTrustedEvent({ isTrusted: false })).toBe(false);
    expect(isTrustedEvent(new Event('click'))).toBe(false);
  });

  it('trusted() calls the handler for trusted events only', () => {
    const handler = vi.fn();
    const wrapped = trusted(handler);
    wrapped(new Event('click'));
    expect(handler).not.toHaveBeenCalled();
    const real = Object.defineProperty(new Event('click'), 'isTrusted', { value: true });
    wrapped(real);
    expect(handler).toHaveBeenCalledWith(real);
  });
});

describe('the action path (what a trusted click runs)', () => {
  it('done, not applicable with reason, and snooze build the right actions', () => {
    const onAction = vi.fn();
    const actions = createPromptActions(onAction, () => NOW);
    actions.done('spo');
    actions.notApplicable('vna.bail_views', '  No arrest or bail yet ');
    actions.snooze('evidence');
    expect(onAction.mock.calls.map((c) => c[0])).toEqual([
      { promptId: 'spo', state: 'done', at: NOW },
      {
        promptId: 'vna.bail_views',
        state: 'not_applicable',
        reason: 'No arrest or bail yet',
        at: NOW,
      },
      { promptId: 'evidence', state: 'snoozed', at: NOW, until: NOW + SNOOZE_MS },
    ]);
  });

  it('not applicable without a reason records nothing', () => {
    const onAction = vi.fn();
    expect(createPromptActions(onAction, () => NOW).notApplicable('spo', '   ')).toBeNull();
    expect(onAction).not.toHaveBeenCalled();
  });

  it.each([
    ['Victim declined all support', '', 'Victim declined all support'],
    [OTHER_REASON, ' Suspect deceased ', 'Suspect deceased'],
    ['', 'Typed without choosing', 'Typed without choosing'],
    [OTHER_REASON, '   ', null],
    ['', '', null],
  ])('validateReason(%j, %j) is %j', (choice, typed, expected) => {
    expect(validateReason(choice, typed)).toBe(expected);
  });
});
