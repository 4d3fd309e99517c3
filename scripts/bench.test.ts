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
