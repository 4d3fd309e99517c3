import { describe, expect, it } from 'vitest';
import {
  BADGE,
  clampWidth,
  DEFAULT_PLACEMENT,
  GAP,
  maxDockHeight,
  maxDockWidth,
  place,
  SIZE_LIMITS,
  type PlaceInput,
  type Rect,
} from './placement';

/** The training record's narrative at 1366x768: 1000 px wide, centred. */
const CENTRED: Rect = { left: 183, top: 300, right: 1183, bottom: 540 };

function input(over: Partial<PlaceInput> = {}): PlaceInput {
  return {
    field: CENTRED,
    caretY: null,
    vw: 1366,
    vh: 768,
    saved: DEFAULT_PLACEMENT,
    wanted: true,
    opened: false,
    ...over,
  };
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, f: Rect): boolean =>
  a.x < f.right && a.x + a.width > f.left && a.y < f.bottom && a.y + a.height > f.top;

describe('place', () => {
  it('docks on the chosen side when it has room for the whole panel', () => {
    const f = { left: 200, top: 200, right: 1100, bottom: 500 };
    const p = place(input({ field: f, vw: 1920, vh: 1080 }));
    expect(p).toMatchObject({ mode: 'dock', side: 'right', x: 1920 - GAP - 360, y: GAP });
    expect(overlaps(p, f)).toBe(false);
    // Left chosen and roomy: left.
    const left = place(
      input({
        field: { ...f, left: 500 },
        vw: 1920,
        saved: { ...DEFAULT_PLACEMENT, side: 'left' },
      }),
    );
    expect(left).toMatchObject({ mode: 'dock', side: 'left', x: GAP });
  });

  it('takes the other side when the chosen one is too narrow', () => {
    const f = { left: 500, top: 100, right: 1300, bottom: 400 };
    const p = place(input({ field: f }));
    expect(p).toMatchObject({ mode: 'dock', side: 'left', x: GAP });
    expect(overlaps(p, f)).toBe(false);
  });

  it('collapses to a badge just above the top-right corner when no side has room', () => {
    const p = place(input());
    expect(p.mode).toBe('badge');
    expect(p.badgeX).toBe(CENTRED.right - BADGE.width);
    expect(p.badgeY).toBe(CENTRED.top - BADGE.height - GAP);
    expect(
      overlaps({ x: p.badgeX, y: p.badgeY, width: BADGE.width, height: BADGE.height }, CENTRED),
    ).toBe(false);
    // A field running off the right edge: the badge stays on screen.
    const wide = place(input({ field: { ...CENTRED, left: 0, right: 1500 } }));
    expect(wide.badgeX).toBe(1366 - GAP - BADGE.width);
  });

  it('stays a badge until there is something to say, whatever the room', () => {
    expect(place(input({ vw: 1920, wanted: false })).mode).toBe('badge');
  });

  it('opens a popover on the half of the screen away from the caret', () => {
    const low = place(input({ opened: true, caretY: 500 }));
    expect(low.mode).toBe('popover');
    expect(low.y).toBe(GAP);
    expect(low.y + low.height).toBeLessThanOrEqual(384);
    const high = place(input({ opened: true, caretY: 320 }));
    expect(high.y).toBeGreaterThanOrEqual(384);
    expect(high.y + high.height).toBe(768 - GAP);
    // Without a caret, away from the field's middle.
    expect(place(input({ opened: true })).y).toBe(GAP);
  });

  it('keeps the chosen height whatever it holds, within the viewport', () => {
    const p = place(input({ vw: 1920, vh: 400 }));
    expect(p.height).toBe(400 - 2 * GAP);
    expect(place(input({ vw: 1920 })).height).toBe(DEFAULT_PLACEMENT.height);
  });

  it('docks on the chosen side when no field was found', () => {
    expect(place(input({ field: null }))).toMatchObject({ mode: 'dock', side: 'right' });
  });
});

describe('resizing the docked panel', () => {
  /** A two-column page at 1920 px: the narrative on the left, 1100 px of room on its right. */
  const LEFT_COLUMN: Rect = { left: 40, top: 200, right: 820, bottom: 600 };

  it('offers at most the room between the field and the edge, less a gap each side', () => {
    expect(maxDockWidth(LEFT_COLUMN, 1920, 'right')).toBe(SIZE_LIMITS.width[1]);
    expect(maxDockWidth({ ...CENTRED, right: 900 }, 1366, 'right')).toBe(1366 - 900 - 2 * GAP);
    // No field to keep clear: the viewport (within the largest size) is the limit.
    expect(maxDockWidth(null, 600, 'left')).toBe(600 - 2 * GAP);
    // No room even for the smallest size: the smallest (it will not dock there).
    expect(maxDockWidth(CENTRED, 1366, 'left')).toBe(SIZE_LIMITS.width[0]);
  });

  it('lets the docked panel be as tall as the viewport less two gaps, within the limits', () => {
    expect(maxDockHeight(800)).toBe(800 - 2 * GAP);
    expect(maxDockHeight(1080)).toBe(SIZE_LIMITS.height[1]);
    expect(maxDockHeight(2000)).toBe(SIZE_LIMITS.height[1]);
    expect(maxDockHeight(200)).toBe(SIZE_LIMITS.height[0]);
    const p = place(
      input({ field: { left: 40, top: 200, right: 1300, bottom: 600 }, vw: 1920, vh: 700 }),
    );
    expect(p).toMatchObject({ mode: 'dock', maxHeight: 700 - 2 * GAP });
  });

  it('clamps a requested width to the saved limits and the room, in whole pixels', () => {
    expect(clampWidth(100, 600)).toBe(SIZE_LIMITS.width[0]);
    expect(clampWidth(450.7, 600)).toBe(450);
    expect(clampWidth(5000, 600)).toBe(600);
    expect(clampWidth(5000, 10_000)).toBe(SIZE_LIMITS.width[1]);
  });

  it('says how wide the docked panel may grow, and never covers the field at that width', () => {
    const f = { left: 40, top: 200, right: 1300, bottom: 600 };
    const docked = place(input({ field: f, vw: 1920, vh: 1080 }));
    expect(docked).toMatchObject({ mode: 'dock', side: 'right', maxWidth: 1920 - 1300 - 16 });
    for (const asked of [0, 300, 604, 605, 720, 5000]) {
      const width = clampWidth(asked, docked.maxWidth);
      const p = place(
        input({ field: f, vw: 1920, vh: 1080, saved: { ...DEFAULT_PLACEMENT, width } }),
      );
      expect(p.mode, `${asked} px asked`).toBe('dock');
      expect(p.width).toBe(width);
      expect(overlaps(p, f), `${asked} px asked`).toBe(false);
      expect(p.x + p.width).toBeLessThanOrEqual(1920 - GAP);
    }
  });

  it('still collapses to the badge when the field leaves no room for the saved width', () => {
    const wide = { ...DEFAULT_PLACEMENT, width: 600 };
    const p = place(input({ saved: wide }));
    expect(p.mode).toBe('badge');
    // A popover is not resized by hand: its largest width is its width.
    expect(place(input({ saved: wide, opened: true }))).toMatchObject({
      mode: 'popover',
      maxWidth: 600,
    });
  });
});
