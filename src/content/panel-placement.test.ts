import { describe, expect, it } from 'vitest';
import { LARGE, STANDARD, DEFAULT_PLACEMENT, place } from '../overlay/placement';
import { caretY, nextSize, PanelPlacement, sideAt } from './panel-placement';

describe('panel placement steps', () => {
  it('docks a dropped panel on the half of the viewport it was let go over', () => {
    expect(sideAt(100, 1000)).toBe('left');
    expect(sideAt(499, 1000)).toBe('left');
    expect(sideAt(500, 1000)).toBe('right');
  });

  it('puts the caret as far down the field as it is through the text', () => {
    const box = { left: 0, top: 100, right: 200, bottom: 300 };
    expect(caretY(box, 0, 50)).toBe(100);
    expect(caretY(box, 25, 50)).toBe(200);
    expect(caretY(box, 50, 50)).toBe(300);
  });

  it('switches between the standard and the large size, keeping side and closed', () => {
    const left = { ...DEFAULT_PLACEMENT, side: 'left' as const };
    expect(nextSize(left)).toEqual({ ...left, ...LARGE });
    expect(nextSize(nextSize(left))).toEqual({ ...left, ...STANDARD });
  });

  it('keeps a resized width within the room beside the field and a height within the screen, only when docked', () => {
    const saved: unknown[] = [];
    const placement = new PanelPlacement(null, (p) => saved.push(p), new AbortController().signal);
    const field = { left: 40, top: 200, right: 1300, bottom: 600 };
    const at = (opened: boolean, wanted = true) =>
      place({ field, caretY: null, vw: 1920, vh: 1080, saved: placement.saved, wanted, opened });
    placement.resizeTo('width', 452.6, at(false));
    expect(placement.saved.width).toBe(452);
    placement.resizeTo('width', 5000, at(false));
    expect(placement.saved.width).toBe(1920 - 1300 - 16);
    placement.resizeTo('width', 300, at(true, false));
    expect(placement.saved.width).toBe(1920 - 1300 - 16);
    // The height: within the viewport less a gap above and below and the largest size, never
    // below the smallest.
    placement.resizeTo('height', 5000, at(false));
    expect(placement.saved.height).toBe(1000);
    placement.resizeTo('height', 700.4, at(false));
    expect(placement.saved.height).toBe(700);
    placement.resizeTo('height', 10, at(false));
    expect(placement.saved.height).toBe(240);
    // Saving is the controller's call, when the handle is let go.
    expect(saved).toEqual([]);
  });
});
