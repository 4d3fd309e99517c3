/**
 * The probes by writers who never read the rules, as data: every snippet well formed (the loader
 * refuses anything else), in the eval's registers, ids unique, and no text in both the dev and
 * the holdout set; the narratives carry the corpus fields and the labels the taxonomy lists.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_SETS, PUBLIC_REGISTERS, SNIPPET_SETS } from '../../scripts/lib/corpus-sets';
import { loadCorpus } from '../../scripts/lib/metrics';
import { loadSnippets } from '../../scripts/lib/snippets';

const root = join(import.meta.dirname, '..', '..');
const dev = loadSnippets(join(root, SNIPPET_SETS.dev));
const holdout = loadSnippets(join(root, SNIPPET_SETS.holdout));

describe('snippet probes', () => {
  it('has both sets, each with positives and negatives for every target', () => {
    for (const set of [dev, holdout]) {
      expect(set.length).toBeGreaterThan(200);
      for (const t of new Set(set.map((s) => s.target))) {
        expect(set.some((s) => s.target === t && s.label)).toBe(true);
        expect(set.some((s) => s.target === t && !s.label)).toBe(true);
      }
    }
  });

  it('uses the registers the eval reports, unique ids and no text in both sets', () => {
    const all = [...dev, ...holdout];
    for (const s of all) expect(PUBLIC_REGISTERS).toContain(s.register);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    const norm = (t: string): string => t.toLowerCase().replace(/\W+/g, ' ').trim();
    const seen = new Set(dev.map((s) => norm(s.text)));
    expect(holdout.filter((s) => seen.has(norm(s.text)))).toEqual([]);
  });
});

describe('independent narratives', () => {
  it.each([
    ['independent narratives', true],
    ['independent narratives holdout', false],
  ])('%s loads as a corpus set with registers the eval reports', (name, dev) => {
    const set = CORPUS_SETS.find((s) => s.name === name);
    expect(set?.dev).toBe(dev);
    expect(set?.independent).toBe(true);
    const items = loadCorpus(join(root, set?.dir ?? ''));
    expect(items.length).toBeGreaterThanOrEqual(90);
    for (const i of items) expect(PUBLIC_REGISTERS).toContain(i.register);
    expect(items.some((i) => i.stalking)).toBe(true);
    expect(items.some((i) => !i.stalking)).toBe(true);
  });

  it('has no text in both the dev and the held-out narratives', () => {
    const dir = (name: string): string =>
      join(root, CORPUS_SETS.find((s) => s.name === name)?.dir ?? '');
    const dev = new Set(loadCorpus(dir('independent narratives')).map((i) => i.text));
    const held = loadCorpus(dir('independent narratives holdout'));
    expect(held.filter((i) => dev.has(i.text))).toEqual([]);
  });
});
