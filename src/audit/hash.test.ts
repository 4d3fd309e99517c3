import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, chainHash, sha256Hex } from './hash';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'x' }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":"x","z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ x: 1n })).toThrow(TypeError);
  });
});

describe('sha256Hex', () => {
  it('matches Node crypto, including non-ASCII text', async () => {
    for (const text of ['', 'abc', 'Ŵyn — déjà vu']) {
      expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('chainHash ignores any hash field and depends on prevHash', async () => {
    const body = { seq: 0, kind: 'summary_inserted' };
    const h = await chainHash(GENESIS_HASH, body);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(await chainHash(GENESIS_HASH, { ...body, hash: 'x' })).toBe(h);
    expect(await chainHash('1'.repeat(64), body)).not.toBe(h);
  });
});
