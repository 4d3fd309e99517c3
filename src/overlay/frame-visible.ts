/**
 * The page-side half of "is the panel really in front of the officer": before the controller acts
 * on what the frame says was clicked, it checks that nothing hides or covers the frame. This is
 * all Firefox has (no IntersectionObserver v2); in Chromium it backs up the frame's own check.
 */

import type { RefusalReason } from './panel-view';

/** Below this effective opacity the frame counts as hidden (v2 observers demand exactly 1). */
const MIN_OPACITY = 0.99;

/** The next element up the flat tree (through shadow roots). */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/** True when `frame` is rendered, opaque, unfiltered and on top across its whole box. */
export function frameVisible(frame: HTMLElement): boolean {
  if (!frame.isConnected) return false;
  const view = frame.ownerDocument.defaultView;
  if (!view) return false;
  const r = frame.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  const check = (frame as HTMLElement & { checkVisibility?(o: object): boolean }).checkVisibility;
  if (
    check &&
    !check.call(frame, {
      opacityProperty: true,
      visibilityProperty: true,
      contentVisibilityAuto: true,
    })
  ) {
    return false;
  }
  let opacity = 1;
  for (let el: Element | null = frame; el; el = parentOf(el)) {
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility !== 'visible') return false;
    if (cs.filter !== 'none' && cs.filter !== '') return false;
    opacity *= Number.parseFloat(cs.opacity || '1');
  }
  if (opacity < MIN_OPACITY) return false;
  // Nothing of the page on top: sample the box on a 3 x 3 grid.
  const root = frame.getRootNode() as Document | ShadowRoot;
  for (const fx of [0.1, 0.5, 0.9]) {
    for (const fy of [0.1, 0.5, 0.9]) {
      const x = r.left + r.width * fx;
      const y = r.top + r.height * fy;
      if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) continue;
      if (root.elementFromPoint(x, y) !== frame) return false;
    }
  }
  return true;
}

/** The frame must have been on screen this long before a click on it counts. */
export const MIN_SHOWN_MS = 300;

/** Whether a click on the frame counts now ('shown'), or why not. */
export type FrameState = 'shown' | RefusalReason;

/**
 * Watches `frame` until `signal` aborts and answers whether a click on it counts now: `frameVisible`
 * holds at this moment ('hidden' if not) and the frame has been laid out on screen for
 * `MIN_SHOWN_MS` without a break ('new' if not: a page that hides it, then shows it just under the
 * pointer, resets the clock). `visible` is `frameVisible` except in tests.
 */
export function watchFrame(
  frame: HTMLElement,
  signal: AbortSignal,
  now: () => number = () => performance.now(),
  visible: (frame: HTMLElement) => boolean = frameVisible,
): () => FrameState {
  if (typeof IntersectionObserver !== 'function') {
    return () => (visible(frame) ? 'shown' : 'hidden');
  }
  let shownSince: number | null = null;
  const observer = new IntersectionObserver((entries) => {
    const last = entries[entries.length - 1];
    if (last?.isIntersecting) shownSince ??= now();
    else shownSince = null;
  });
  observer.observe(frame);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return () => {
    if (shownSince === null || !visible(frame)) return 'hidden';
    return now() - shownSince >= MIN_SHOWN_MS ? 'shown' : 'new';
  };
}
