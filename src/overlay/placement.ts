/**
 * Where the panel goes, so it never covers the work: beside the narrative when a side has room
 * for it, else a badge at the narrative's top-right corner that opens a popover on the half of
 * the screen away from the caret. Pure: rectangles in, boxes out, in the overlay's CSS pixels.
 */

export type Side = 'left' | 'right';

/** What the officer chose, kept per site profile (never anything from the record). */
export interface SavedPlacement {
  /** The officer closed the panel: it stays a badge until they open it again. */
  closed: boolean;
  side: Side;
  width: number;
  height: number;
}

/** The panel's standard size, and the larger one the officer can switch to. */
export const STANDARD = { width: 360, height: 520 } as const;
export const LARGE = { width: 480, height: 720 } as const;

export const DEFAULT_PLACEMENT: SavedPlacement = { closed: false, side: 'right', ...STANDARD };

/** Sizes a saved placement may have. */
export const SIZE_LIMITS = { width: [280, 720], height: [240, 1000] } as const;

/** How far one arrow key moves the panel's resize handle. */
export const RESIZE_STEP = 16;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlaceInput {
  /** The field to keep clear (the narrative being typed in, else the first), or null. */
  field: Rect | null;
  /** Where the caret is, top to bottom, when a narrative field has focus. */
  caretY: number | null;
  /** Viewport size (browser zoom shrinks it: 1366 px at 200% is 683). */
  vw: number;
  vh: number;
  saved: SavedPlacement;
  /** There is something to say, or the officer opened the panel: dock it where there is room. */
  wanted: boolean;
  /** The officer opened the panel: where no side has room it opens as a popover. */
  opened: boolean;
}

export interface Placement {
  /** `dock`: panel beside the field; `badge`: badge only; `popover`: badge and panel. */
  mode: 'dock' | 'badge' | 'popover';
  /** The side the panel is on (a popover sits on the right, like the badge). */
  side: Side;
  x: number;
  y: number;
  width: number;
  height: number;
  badgeX: number;
  badgeY: number;
  /** The widest the docked panel may be made where it is now without covering the field. */
  maxWidth: number;
  /** The tallest the docked panel may be made in this viewport. */
  maxHeight: number;
}

/** Space kept between the panel and the field, and from the viewport's edge. */
export const GAP = 8;
/** The badge's box (its CSS keeps it within this). */
export const BADGE = { width: 44, height: 28 } as const;

/**
 * The widest panel that docks on `side` and still leaves the field clear (the room between the
 * field and the screen's edge, less a gap on each side), within the sizes a placement may have.
 * Never below the smallest size: where even that has no room, the panel is not docked there.
 */
export function maxDockWidth(field: Rect | null, vw: number, side: Side): number {
  const room = !field ? vw : side === 'right' ? vw - field.right : field.left;
  const [min, max] = SIZE_LIMITS.width;
  return Math.max(min, Math.floor(Math.min(max, vw - 2 * GAP, room - 2 * GAP)));
}

/**
 * The tallest docked panel: the viewport's height less a gap above and below (a docked panel
 * sits beside the field, so its height never brings it over the field).
 */
export function maxDockHeight(vh: number): number {
  const [min, max] = SIZE_LIMITS.height;
  return Math.max(min, Math.floor(Math.min(max, vh - 2 * GAP)));
}

/**
 * A width or height the officer asked for (by dragging or keys), clamped to what may be saved
 * and to the room there is (for the width, beside the field), in whole pixels.
 */
export function clampSize(axis: 'width' | 'height', size: number, room: number): number {
  const [min, max] = SIZE_LIMITS[axis];
  return Math.floor(Math.min(Math.max(size, min), room, max));
}

/** A width clamped as `clampSize` does. */
export function clampWidth(width: number, maxWidth: number): number {
  return clampSize('width', width, maxWidth);
}

export function place(p: PlaceInput): Placement {
  const { vw, vh, saved } = p;
  const f = p.field ?? { left: vw, top: vh, right: vw, bottom: vh };
  const width = Math.min(saved.width, vw - 2 * GAP);
  const height = Math.min(saved.height, vh - 2 * GAP);
  const roomy = (s: Side): boolean =>
    !p.field || (s === 'right' ? vw - f.right : f.left) >= width + 2 * GAP;
  const other = saved.side === 'right' ? 'left' : 'right';
  const side = roomy(saved.side) ? saved.side : roomy(other) ? other : null;
  // The badge sits just above the field's top-right corner, or inside it when the field starts
  // at the top of the screen.
  const at = {
    width,
    badgeX: Math.min(f.right, vw - GAP) - BADGE.width,
    badgeY: Math.max(f.top - BADGE.height - GAP, GAP),
  };
  if (p.wanted && side) {
    return {
      mode: 'dock',
      side,
      x: side === 'right' ? vw - GAP - width : GAP,
      y: GAP,
      height,
      ...at,
      maxWidth: maxDockWidth(p.field, vw, side),
      maxHeight: maxDockHeight(vh),
    };
  }
  // A popover takes the half of the screen away from the caret (the field's middle without one).
  const h = Math.min(height, vh / 2 - GAP);
  return {
    mode: p.opened ? 'popover' : 'badge',
    side: 'right',
    x: vw - GAP - width,
    y: (p.caretY ?? (f.top + f.bottom) / 2) < vh / 2 ? vh - GAP - h : GAP,
    height: h,
    ...at,
    // A popover is not resized: its size follows the docked one.
    maxWidth: width,
    maxHeight: h,
  };
}
