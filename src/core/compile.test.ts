import { describe, expect, it } from 'vitest';
import { compilePack, PackCompileError } from './compile';
import { defaultPack } from './index';

describe('compilePack', () => {
  it('compiles every pattern of the default pack once, with person roles', () => {
    const c = compilePack(defaultPack);
    const patterns =
      defaultPack.rules.reduce((n, r) => n + r.patterns.length + (r.unless?.length ?? 0), 0) +
      defaultPack.context.length;
    expect(c.index.size).toBe(patterns);
    expect(c.terms).toHaveLength(patterns);
    expect(c.label).toBe(`${defaultPack.id}@${defaultPack.version}`);
    expect(c.persons.get(c.stem('suspect'))).toBe('suspect');
    expect(c.persons.get(c.stem('officers'))).toBe('police');
    expect(c.persons.get(c.stem('witness'))).toBe('third_party');
    expect(c.persons.get(c.stem('mother'))).toBe('kin');
  });

  it('names the rule whose pattern does not compile', () => {
    const rules = [
      { ...defaultPack.rules[0]!, patterns: ['@MISSING her'] },
      ...defaultPack.rules.slice(1),
    ];
    expect(() => compilePack({ ...defaultPack, rules })).toThrow(PackCompileError);
    expect(() => compilePack({ ...defaultPack, rules })).toThrow(
      /rule following\.followed: unknown class @MISSING/,
    );
  });
});
