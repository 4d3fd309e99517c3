/** Shared fixtures for the panel's tests (not bundled: only test files import it). */
import type { Placement } from './placement';

/** The panel docked on the right of a wide window. */
export const DOCKED: Placement = {
  mode: 'dock',
  side: 'right',
  x: 900,
  y: 8,
  width: 360,
  height: 520,
  badgeX: 0,
  badgeY: 0,
  maxWidth: 600,
  maxHeight: 900,
};
