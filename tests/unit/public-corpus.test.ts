/**
 * The public-case corpus as data: every item well formed, its labels from the taxonomy's lists,
 * its registers as the eval reports them, and every real case in one split only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupCases, WRITER_FILE, type Item } from '../../scripts/corpus-split';
import { PUBLIC_REGISTERS, UNSEEN_WRITERS } from '../../scripts/lib/corpus-sets';
import { BEHAVIOUR_IDS, RELATIONSHIP_IDS } from '../../src/core/types';

const root = join(import.meta.dirname, '..', 'corpus', 'public');
const SPLITS = ['dev', 'holdout', 'unseen'] as const;

interface PublicItem extends Item {
  text: string;
  stalking: boolean;
  behaviours: string[];
  relationship: string;
  register: string;
  source_kind: string;
  category: string;
  split: (typeof SPLITS)[number];
  writer: string;
}

const items: PublicItem[] = SPLITS.flatMap((split) =>
  readdirSync(join(root, split))
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(root, split, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => ({
          ...(JSON.parse(l) as PublicItem),
          split,
          writer: WRITER_FILE.exec(f)?.[1] ?? '?',
        })),
    ),
);

describe('the public-case corpus', () => {
  it('has at least 250 narratives and at least 40 in every register', () => {
    expect(items.length).toBeGreaterThanOrEqual(250);
    for (const r of PUBLIC_REGISTERS)
      expect(items.filter((i) => i.register === r).length, r).toBeGreaterThanOrEqual(40);
  });

  it('labels every item with ids from the taxonomy, in its order, and names its source', () => {
    const ids = new Set<string>();
    for (const i of items) {
      expect(ids.has(i.id), `duplicate id ${i.id}`).toBe(false);
      ids.add(i.id);
      expect(i.source_url, i.id).toMatch(/^https?:\/\/\S+$/);
      expect(typeof i.stalking, i.id).toBe('boolean');
      expect((PUBLIC_REGISTERS as readonly string[]).includes(i.register), i.id).toBe(true);
      expect((RELATIONSHIP_IDS as readonly string[]).includes(i.relationship), i.id).toBe(true);
      const order = i.behaviours.map((b) => (BEHAVIOUR_IDS as readonly string[]).indexOf(b));
      expect(
        order.every((k) => k >= 0),
        i.id,
      ).toBe(true);
      expect(
        [...order].sort((a, b) => a - b),
        i.id,
      ).toEqual(order);
      expect(i.case, i.id).toMatch(/^[a-z0-9-]+$/);
      expect(i.text.length, i.id).toBeGreaterThan(40);
    }
  });

  it('keeps statements to 150-450 words and logs in upper case', () => {
    for (const i of items) {
      if (i.register === 'statement') {
        const words = i.text.split(/\s+/).filter(Boolean).length;
        expect(words >= 150 && words <= 450, `${i.id}: ${words} words`).toBe(true);
      }
      if (i.register === 'log') {
        const upper = i.text.replace(/[^A-Z]/g, '').length;
        const lower = i.text.replace(/[^a-z]/g, '').length;
        expect(lower, i.id).toBeLessThan(upper * 0.25);
      }
    }
  });

  it('has negatives from real cases as well as positives in every split', () => {
    for (const split of SPLITS) {
      const own = items.filter((i) => i.split === split);
      expect(
        own.some((i) => i.stalking),
        split,
      ).toBe(true);
      expect(
        own.some((i) => !i.stalking),
        split,
      ).toBe(true);
    }
  });

  it('puts each real case in one split only, and only unseen writers in the unseen set', () => {
    const group = groupCases(items);
    const splitOfGroup = new Map<string, string>();
    for (const i of items) {
      const g = group.get(i) as string;
      const seen = splitOfGroup.get(g);
      expect(
        seen === undefined || seen === i.split,
        `${i.id} (${i.case}) in ${i.split} and ${seen}`,
      ).toBe(true);
      splitOfGroup.set(g, i.split);
      expect(i.split === 'unseen', i.id).toBe(UNSEEN_WRITERS.includes(i.writer));
    }
  });
});
