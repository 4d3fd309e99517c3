import { describe, expect, it } from 'vitest';
import { generateNarrative } from './narrative-generator';

describe('generateNarrative', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    expect(generateNarrative(300, 3)).toBe(generateNarrative(300, 3));
    expect(generateNarrative(300, 3)).not.toBe(generateNarrative(300, 4));
  });
  it('reaches the requested length within one sentence', () => {
    const words = generateNarrative(5000, 1).split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(5000);
    expect(words).toBeLessThan(5030);
  });
});
