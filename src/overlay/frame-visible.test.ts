import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIN_SHOWN_MS, watchFrame } from './frame-visible';

/** A stand-in IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  disconnected = false;
  constructor(readonly callback: (entries: { isIntersecting: boolean }[]) => void) {
    FakeObserver.last = this;
  }
  observe(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  report(isIntersecting: boolean): void {
    this.callback([{ isIntersecting }]);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

describe('watchFrame: whether a click on the panel counts now, or why not', () => {
  const frame = {} as HTMLElement;

  it('is "hidden" before the frame is on screen, "new" until it has been for a while, then "shown"', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    let clock = 1000;
    const state = watchFrame(
      frame,
      new AbortController().signal,
      () => clock,
      () => true,
    );
    expect(state()).toBe('hidden');
    FakeObserver.last?.report(true);
    expect(state()).toBe('new');
    clock += MIN_SHOWN_MS - 1;
    expect(state()).toBe('new');
    clock += 1;
    expect(state()).toBe('shown');
  });

  it('restarts the clock when the page takes the frame off screen and puts it back', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    let clock = 0;
    const state = watchFrame(
      frame,
      new AbortController().signal,
      () => clock,
      () => true,
    );
    FakeObserver.last?.report(true);
    clock += MIN_SHOWN_MS * 2;
    expect(state()).toBe('shown');
    FakeObserver.last?.report(false);
    expect(state()).toBe('hidden');
    FakeObserver.last?.report(true);
    expect(state()).toBe('new');
  });

  it('is "hidden" whenever the frame is covered or hidden at the moment of the click, however long it was shown', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    let clock = 0;
    let covered = false;
    const state = watchFrame(
      frame,
      new AbortController().signal,
      () => clock,
      () => !covered,
    );
    FakeObserver.last?.report(true);
    clock += MIN_SHOWN_MS;
    covered = true;
    expect(state()).toBe('hidden');
    covered = false;
    expect(state()).toBe('shown');
  });

  it('stops observing when its signal aborts', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const controller = new AbortController();
    watchFrame(
      frame,
      controller.signal,
      () => 0,
      () => true,
    );
    const observer = FakeObserver.last;
    expect(observer?.disconnected).toBe(false);
    controller.abort();
    expect(observer?.disconnected).toBe(true);
  });

  it('without IntersectionObserver, answers from the visibility check alone', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    let covered = false;
    const state = watchFrame(
      frame,
      new AbortController().signal,
      () => 0,
      () => !covered,
    );
    expect(state()).toBe('shown');
    covered = true;
    expect(state()).toBe('hidden');
  });
});
