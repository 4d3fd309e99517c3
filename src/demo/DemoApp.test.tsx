// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StartOptions } from '../content/page-controller';
import { demoBanner, DemoApp, SHORTCUTS, shortcutFor, type DemoPolicy } from './DemoApp';
import { playUnits } from './player';
import { SCENARIOS, expectedPrompts, scenarioNarrative } from './scenarios';

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(async () => {
  await act(() => render(null, host));
  host.remove();
});

const allowed = async (): Promise<DemoPolicy> => ({
  allowed: true,
  mandatory: ['spo'],
  supportContact: null,
});

async function mount(loadPolicy: () => Promise<DemoPolicy>, start = vi.fn()) {
  await act(async () => {
    render(
      <DemoApp start={start} loadPolicy={loadPolicy} typing={{ wordsPerChunk: 50, delayMs: 0 }} />,
      host,
    );
  });
  // Let the policy promise settle and the effects run.
  await act(async () => {
    await Promise.resolve();
  });
  return start;
}

function button(name: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

describe('shortcutFor', () => {
  const press = (key: string, target: Element, init: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
    Object.defineProperty(e, 'target', { value: target });
    return shortcutFor(e);
  };

  it('maps listed keys, any case, and ignores keys with modifiers', () => {
    const body = document.body;
    expect(press('p', body)).toBe('play');
    expect(press('P', body)).toBe('play');
    expect(press('ArrowRight', body)).toBe('sentence');
    expect(press('4', body)).toBe('instant');
    expect(press('p', body, { ctrlKey: true })).toBeNull();
    expect(press('x', body)).toBeNull();
  });

  it('leaves typing in fields and Space on buttons alone', () => {
    const textarea = document.createElement('textarea');
    const select = document.createElement('select');
    const btn = document.createElement('button');
    const overlay = document.createElement('waymark-overlay');
    expect(press('p', textarea)).toBeNull();
    expect(press('n', select)).toBeNull();
    expect(press('r', overlay)).toBeNull();
    expect(press(' ', btn)).toBeNull();
    expect(press('n', btn)).toBe('step');
  });
});

describe('DemoApp', () => {
  it('shows the banner, every scenario in the picker and the presenter controls', async () => {
    await mount(allowed);
    expect(host.querySelector('[data-testid="demo-banner"]')?.textContent).toBe(demoBanner());
    const picker = host.querySelector('[data-testid="demo-scenarios"]')!;
    const ids = [...picker.querySelectorAll<HTMLOptionElement>('option[data-scenario]')].map(
      (o) => o.dataset.scenario,
    );
    expect(ids.sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    const names = [...host.querySelectorAll('button')].map((b) => b.textContent?.trim());
    for (const name of [
      'Play',
      'Next sentence',
      'Next step',
      'Reset',
      'Trainer notes',
      'Large text',
    ]) {
      expect(names).toContain(name);
    }
    // Every shortcut is listed on screen.
    const listed = host.querySelector('.demo-keys')!.textContent!;
    for (const k of SHORTCUTS) expect(listed).toContain(k.shown);
    const panel = host.querySelector<HTMLElement>('[data-testid="demo-scenario"]')!;
    expect(panel.dataset.demoState).toBe('ready');
    expect(panel.querySelectorAll('.demo-step').length).toBe(SCENARIOS[0]!.steps.length);
  });

  it('adopts the training record and starts the overlay on it as a trainer', async () => {
    const start = await mount(allowed);
    expect(host.querySelector('textarea#narrative')).not.toBeNull();
    expect(host.querySelector('#crimeRef')).not.toBeNull();
    expect(start).toHaveBeenCalledTimes(1);
    const opts = start.mock.calls[0]![0] as StartOptions;
    expect(opts.role).toBe('trainer');
    expect(opts.mandatory).toEqual(['spo']);
    expect(opts.profile.id).toBe('training-record');
    expect(opts.signal.aborted).toBe(false);
  });

  it('plays every step, then reports finished', async () => {
    await mount(allowed);
    const panel = host.querySelector<HTMLElement>('[data-testid="demo-scenario"]')!;
    await act(async () => {
      button('Play').click();
    });
    await vi.waitFor(() => expect(panel.dataset.demoState).toBe('finished'));
    const narrative = host.querySelector<HTMLTextAreaElement>('textarea#narrative')!;
    expect(narrative.value).toBe(scenarioNarrative(SCENARIOS[0]!));
    expect(host.querySelector<HTMLSelectElement>('#classification')!.value).toBe('8Q');
    expect(panel.querySelectorAll('[data-step-state="done"]').length).toBe(
      SCENARIOS[0]!.steps.length,
    );
  });

  it('steps one sentence at a time, then pauses and carries on from the keyboard', async () => {
    await mount(allowed);
    const panel = host.querySelector<HTMLElement>('[data-testid="demo-scenario"]')!;
    const narrative = host.querySelector<HTMLTextAreaElement>('textarea#narrative')!;
    const first = playUnits(SCENARIOS[0]!).find((u) => u.text)!.text!;
    // The first step only sets fields; the second press types the first sentence.
    for (let i = 0; i < 2; i++) {
      await act(async () => {
        button('Next sentence').click();
      });
      await vi.waitFor(() => expect(button('Play').getAttribute('aria-disabled')).toBe('false'));
    }
    expect(panel.dataset.demoState).toBe('paused');
    expect(narrative.value).toBe(first);
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
    });
    await vi.waitFor(() => expect(panel.dataset.demoState).toBe('finished'));
    expect(narrative.value).toBe(scenarioNarrative(SCENARIOS[0]!));
  });

  it('opens the trainer notes and large text from buttons and keys', async () => {
    await mount(allowed);
    const notes = host.querySelector<HTMLElement>('[data-testid="demo-notes"]')!;
    expect(notes.hidden).toBe(true);
    await act(async () => {
      button('Trainer notes').click();
    });
    expect(notes.hidden).toBe(false);
    expect(button('Trainer notes').getAttribute('aria-expanded')).toBe('true');
    expect(notes.querySelectorAll('[data-note-prompt]').length).toBe(
      expectedPrompts(SCENARIOS[0]!).length,
    );
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'L', bubbles: true }));
    });
    expect(host.querySelector('.demo-layout')!.classList.contains('demo-large')).toBe(true);
    expect(button('Large text').getAttribute('aria-pressed')).toBe('true');
  });

  it('practice mode: a trainee writes the narrative and gets a score without it', async () => {
    await mount(allowed);
    await act(async () => {
      button('Practice').click();
    });
    const practice = host.querySelector<HTMLElement>('[data-testid="practice"]')!;
    const exercise = SCENARIOS.find((s) => s.id === practice.dataset.exercise)!;
    expect(host.querySelector('[data-testid="practice-brief"]')!.textContent).toBe(
      exercise.practice!.brief,
    );
    // The presenter's keys are off while the trainee works.
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'p', bubbles: true }));
    });
    const narrative = host.querySelector<HTMLTextAreaElement>('textarea#narrative')!;
    expect(narrative.value).toBe('');
    narrative.value = scenarioNarrative(exercise);
    await act(async () => {
      button('Finish and score').click();
    });
    const result = host.querySelector<HTMLElement>('[data-testid="practice-result"]')!;
    expect(Number(result.dataset.score)).toBeGreaterThan(0);
    expect(result.querySelectorAll('[data-captured="true"]').length).toBe(
      exercise.practice!.keyFacts.length,
    );
  });

  it('a new scenario resets the record and restarts the overlay', async () => {
    const start = await mount(allowed);
    const picker = host.querySelector<HTMLSelectElement>('[data-testid="demo-scenarios"]')!;
    await act(async () => {
      picker.value = SCENARIOS[1]!.id;
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const panel = host.querySelector<HTMLElement>('[data-testid="demo-scenario"]')!;
    expect(panel.dataset.scenarioId).toBe(SCENARIOS[1]!.id);
    expect(start).toHaveBeenCalledTimes(2);
    expect((start.mock.calls[0]![0] as StartOptions).signal.aborted).toBe(true);
    expect(host.querySelectorAll('textarea#narrative').length).toBe(1);
  });

  it('shows a clear message instead when policy disallows the demo', async () => {
    const start = await mount(async () => ({
      allowed: false,
      mandatory: [],
      supportContact: 'Force stalking lead, ext 4417',
    }));
    expect(host.querySelector('[data-testid="demo-blocked"]')?.textContent).toMatch(
      /turned off.*Force stalking lead, ext 4417/s,
    );
    expect(host.querySelector('[data-testid="demo-scenarios"]')).toBeNull();
    expect(start).not.toHaveBeenCalled();
  });

  it('allows the demo when the policy cannot be read', async () => {
    await mount(() => Promise.reject(new Error('no background')));
    expect(host.querySelector('[data-testid="demo-scenarios"]')).not.toBeNull();
  });
});
