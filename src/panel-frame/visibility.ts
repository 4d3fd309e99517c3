/**
 * Whether the panel is really in front of the officer, so a page cannot get a click on it while
 * hiding it (opacity, visibility, a covering element, a filter) or by showing it just under the
 * pointer. Chromium's IntersectionObserver v2 (`trackVisibility`) answers for the whole chain of
 * frames and the page above them; an action is taken only when the panel has been visible for at
 * least `MIN_VISIBLE_MS`. Engines without it (Firefox) report "unknown" here, and the controller
 * in the page checks the frame's styles and what is on top of it before it acts (frame-surface.ts).
 */

import type { RefusalReason } from '../overlay/panel-view';

/** IntersectionObserver v2 reports at most this often. */
export const VISIBILITY_DELAY_MS = 100;

/**
 * The panel must have been visible this long before a click on it counts: one observer period, so
 * a page that shows it only at the moment of the click gains nothing. The controller in the page
 * asks more of the frame's own box (frame-visible.ts, MIN_SHOWN_MS).
 */
export const MIN_VISIBLE_MS = VISIBILITY_DELAY_MS;

export interface VisibilityGate {
  /** 'shown' when an action may be taken now; otherwise why not. */
  state(): 'shown' | RefusalReason;
  /** Whether this engine can tell (false: the page-side check decides). */
  readonly tracked: boolean;
}

interface EntryV2 extends IntersectionObserverEntry {
  isVisible?: boolean;
}

/** Watch `target` (the frame's root element) until `signal` aborts. */
export function watchVisibility(
  target: Element,
  signal: AbortSignal,
  now: () => number = () => performance.now(),
): VisibilityGate {
  const supported =
    typeof IntersectionObserver === 'function' &&
    typeof IntersectionObserverEntry === 'function' &&
    'isVisible' in IntersectionObserverEntry.prototype;
  if (!supported) return { state: () => 'shown', tracked: false };
  let visibleSince: number | null = null;
  const observer = new IntersectionObserver(
    (entries) => {
      const last = entries[entries.length - 1] as EntryV2 | undefined;
      if (!last) return;
      if (last.isVisible) visibleSince ??= now();
      else visibleSince = null;
    },
    {
      delay: VISIBILITY_DELAY_MS,
      trackVisibility: true,
    } as IntersectionObserverInit,
  );
  observer.observe(target);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    tracked: true,
    state: () => {
      if (visibleSince === null) return 'hidden';
      return now() - visibleSince >= MIN_VISIBLE_MS ? 'shown' : 'new';
    },
  };
}
