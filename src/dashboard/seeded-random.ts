/**
 * A seeded random sequence for generated test and benchmark data, so figures and fixtures are the
 * same run to run. No imports: scripts and tests use it without pulling in anything else.
 */

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
