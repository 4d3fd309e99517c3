// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StartOptions } from '../overlay/start';
import { DEMO_BANNER, DemoApp, type DemoPolicy } from './DemoApp';
import { SCENARIOS } from './scenarios';

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

describe('DemoApp', () => {
  it('shows the banner, one button per scenario and the playback buttons', async () => {
    await mount(allowed);
    expect(host.querySelector('[data-testid="demo-banner"]')?.textContent).toBe(DEMO_BANNER);
    const picker = host.querySelector('[data-testid="demo-scenarios"]')!;
    const ids = [...picker.querySelectorAll<HTMLButtonElement>('button[data-scenario]')].map(
      (b) => b.dataset.scenario,
    );
    expect(ids).toEqual(SCENARIOS.map((s) => s.id));
    const names = [...host.querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(names).toContain('Play all steps');
    expect(names).toContain('Next step');
    expect(names).toContain('Reset');
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
    const play = [...host.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Play all steps',
    )!;
    await act(async () => {
      play.click();
    });
    await vi.waitFor(() => expect(panel.dataset.demoState).toBe('finished'));
    const narrative = host.querySelector<HTMLTextAreaElement>('textarea#narrative')!;
    expect(narrative.value).toContain('Daniel PRYCE');
    expect(host.querySelector<HTMLSelectElement>('#classification')!.value).toBe('8Q');
  });

  it('a new scenario resets the record and restarts the overlay', async () => {
    const start = await mount(allowed);
    const second = host.querySelector<HTMLButtonElement>(
      `button[data-scenario="${SCENARIOS[1]!.id}"]`,
    )!;
    await act(async () => {
      second.click();
    });
    expect(second.getAttribute('aria-pressed')).toBe('true');
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
