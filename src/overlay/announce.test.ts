// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Announcer } from './announce';

afterEach(() => {
  vi.useRealTimers();
});

describe('Announcer', () => {
  it('speaks at once, then at most once per gap, with the latest message', () => {
    vi.useFakeTimers();
    const region = document.createElement('div');
    const a = new Announcer(
      () => region,
      () => Date.now(),
      5000,
    );
    a.say('one');
    expect(region.textContent).toBe('one');
    a.say('two');
    a.say('three');
    expect(region.textContent).toBe('one');
    vi.advanceTimersByTime(5000);
    expect(region.textContent).toBe('three');
  });

  it('drops queued messages on stop', () => {
    vi.useFakeTimers();
    const region = document.createElement('div');
    const a = new Announcer(
      () => region,
      () => Date.now(),
      5000,
    );
    a.say('one');
    a.say('two');
    a.stop();
    vi.advanceTimersByTime(6000);
    expect(region.textContent).toBe('one');
  });
});
