import { describe, expect, it } from 'vitest';
import { generateNarrative } from './lib/generate';

describe('bench narrative generator', () => {
  it('is deterministic and close to the requested size', () => {
    const a = generateNarrative(10_240, 3);
    expect(a).toBe(generateNarrative(10_240, 3));
    expect(a).not.toBe(generateNarrative(10_240, 4));
    expect(a.length).toBe(10_240);
    expect(a).toMatch(/SUS|IP|followed/);
  });
});

describe('bench floor', () => {
  it('is a real tokenising pass: words, numbers and every other non-space character', async () => {
    const { bareTokenPass, FLOOR_RE } = await import('./bench');
    expect(FLOOR_RE.flags).toContain('g');
    expect(FLOOR_RE.flags).toContain('u');
    // He | ’s | ... : "He's" is one token, "ex-partner" one, "12/05" three, "£40" two.
    expect(bareTokenPass("He's her ex-partner; on 12/05 he paid £40.")).toBe(13);
    expect(bareTokenPass('')).toBe(0);
    // Reusable: the shared regex starts from the beginning on every call.
    expect(bareTokenPass('a b c')).toBe(3);
    expect(bareTokenPass('a b c')).toBe(3);
  });
});
