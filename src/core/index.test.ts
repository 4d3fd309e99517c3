import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  createAnalyser,
  defaultPack,
  BEHAVIOUR_IDS,
  RELATIONSHIP_IDS,
  RISK_IDS,
} from './index';

describe('Analysis API contract (DESIGN.md)', () => {
  const text = 'Her ex-partner followed her home on 2 May and again on 9 May. She is scared.';
  const a = analyse(text);

  it('has the fields other tools rely on', () => {
    expect(a.schema).toBe(1);
    expect(typeof a.stalking.likely).toBe('boolean');
    expect(a.stalking.score).toBeGreaterThanOrEqual(0);
    expect(a.stalking.score).toBeLessThanOrEqual(1);
    expect(a.stalking.occasions).toBe(2);
    expect(Object.keys(a.stalking.four).sort()).toEqual([
      'fixated',
      'obsessive',
      'repeated',
      'unwanted',
    ]);
    expect(RELATIONSHIP_IDS).toContain(a.relationship);
    expect(typeof a.domestic).toBe('boolean');
    for (const b of a.behaviours) {
      expect(BEHAVIOUR_IDS).toContain(b.id);
      for (const e of b.evidence)
        expect(Object.keys(e).sort()).toEqual(['end', 'rule', 'start', 'text']);
    }
    for (const r of a.risk) expect(RISK_IDS).toContain(r.id);
  });

  it('analyse(text, pack) and createAnalyser(pack) agree', () => {
    expect(createAnalyser(defaultPack).analyse(text)).toEqual(analyse(text, defaultPack));
  });

  it('is serialisable as JSON without loss', () => {
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('purity of src/core and src/rules', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? files(join(dir, d.name))
        : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')
          ? [join(dir, d.name)]
          : [],
    );
  const core = files(join(import.meta.dirname));
  const rules = files(join(import.meta.dirname, '..', 'rules'));

  it.each([...core, ...rules])(
    '%s imports nothing with DOM, wxt, idb, preact or the polyfill',
    (file) => {
      const src = readFileSync(file, 'utf8');
      expect(src).not.toMatch(
        /from ['"](?:wxt|idb|preact|webextension-polyfill|@wxt-dev)[^'"]*['"]/,
      );
      expect(src).not.toMatch(/\b(?:document|window|navigator|chrome|browser)\./);
    },
  );

  it.each(core)('%s does not import zod at run time', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(/^import (?!type)[^;]*from ['"]zod['"]/m);
    expect(src).not.toMatch(
      /^import (?!type)[^;]*from ['"]\.\.\/rules\/(?:schema|load|extend)['"]/m,
    );
  });
});
