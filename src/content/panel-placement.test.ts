import { describe, expect, it } from 'vitest';
import { LARGE, STANDARD, DEFAULT_PLACEMENT } from '../overlay/placement';
import { caretY, nextSize, sideAt } from './panel-placement';

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
});
