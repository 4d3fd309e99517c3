/**
 * `npx tsx scripts/corpus-split.ts`: file newly written public-case narratives
 * (tests/corpus/public/incoming/writer-<W>.jsonl) into their splits, by source case, and print
 * only counts, so whoever runs it never reads a holdout item.
 *
 * - Writers named in UNSEEN_WRITERS never read the rules: their items go to `unseen/`, except any
 *   whose case another writer also told (a case must sit in one split only), which are dropped.
 * - Items by the writers in HOLDOUT_WRITERS go to `dev/` or `holdout/` by a hash of their case
 *   group (items with the same source, or the same place and year, so two writers re-telling one
 *   case land together): about 60% dev, 40% holdout.
 * - Every other writer came after the holdout was set and writes for `dev/` only: an item whose
 *   case group is held out (in `holdout/` or `unseen/`) is dropped, so no case is in two splits.
 *   Such an item of a source another writer already told is dropped too, unless its writer is
 *   one of RETELL_WRITERS (asked for new wording of dev cases).
 * Items already filed stay where they are (see {@link assignSplits}); a new item goes where its
 * case group already is. A writer's incoming file replaces that writer's filed items.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOLDOUT_WRITERS, RETELL_WRITERS, UNSEEN_WRITERS } from './lib/corpus-sets';
import { foldOf } from './lib/logistic';

/** A source URL without scheme, "www."/"amp.", query and trailing slash. */
export function sourceKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(?:[^@/]*@)?(www\.|amp\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '');
}

/**
 * Where and when a case happened, from its key ("litherland-2020-05-email-barrage" gives
 * "litherland-2020"): two writers re-telling one case from different reports still meet here.
 */
export function placeYear(caseKey: string): string | null {
  const m = /^(.+?-(?:19|20)\d{2})-/.exec(caseKey);
  return m && !/^uk-/.test(caseKey) ? (m[1] as string) : null;
}

/** A writer's file: `writer-A.jsonl`, or two letters once the alphabet is used up. */
export const WRITER_FILE = /^writer-([A-Z]{1,2})\.jsonl$/;

/** The split of a group of sources, from its smallest key, so it never depends on file order. */
export function splitOf(groupKey: string): 'dev' | 'holdout' {
  return foldOf(groupKey, 10) < 6 ? 'dev' : 'holdout';
}

export interface Item {
  id: string;
  case: string;
  source_url: string;
  [k: string]: unknown;
}

/** Group items of one real case: same source, or same place and year (union-find). */
export function groupCases(items: readonly Item[]): Map<Item, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => {
    parent.set(a, parent.get(a) ?? a);
    parent.set(b, parent.get(b) ?? b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const i of items) {
    const u = `u:${sourceKey(i.source_url)}`;
    union(u, u);
    const py = placeYear(i.case);
    if (py) union(u, `p:${py}`);
  }
  return new Map(items.map((i) => [i, find(`u:${sourceKey(i.source_url)}`)]));
}

export type Split = 'dev' | 'holdout' | 'unseen';

/** A writer's item and the split it is already filed in (null: new, from incoming). */
export interface Filed {
  item: Item;
  filed: Split | null;
}

/**
 * Each writer's items by split, and how many were dropped. An item already filed never moves: a
 * new item can join its case group (same source, or same place and year) and change the group's
 * key, and a moved item would put text the rule authors have read into the holdout. A new item
 * takes the split its group already has; where the group already spans dev and a held-out split,
 * or is held out and the writer writes for dev only, it is dropped.
 */
export function assignSplits(
  byWriter: ReadonlyMap<string, readonly Filed[]>,
): Map<string, { out: Record<Split, Item[]>; dropped: number }> {
  const all = [...byWriter.values()].flat();
  const group = groupCases(all.map((f) => f.item));
  const groupOf = (f: Filed): string => group.get(f.item) ?? f.item.source_url;
  // Where each group's filed items already are.
  const filedIn = new Map<string, Set<Split>>();
  for (const f of all)
    if (f.filed !== null) {
      const g = groupOf(f);
      filedIn.set(g, (filedIn.get(g) ?? new Set()).add(f.filed));
    }
  const held = (g: string): boolean =>
    filedIn.get(g)?.has('holdout') === true || filedIn.get(g)?.has('unseen') === true;
  const onDev = (g: string): boolean => filedIn.get(g)?.has('dev') === true;
  // The split of a new holdout writer's item: its group's, or by hash for a group new to the corpus.
  const newMain = (g: string): Split | null =>
    held(g) && onDev(g) ? null : held(g) ? 'holdout' : onDev(g) ? 'dev' : splitOf(g);
  // Groups any writer but the unseen ones told, and those held out from rule authors, new
  // items included.
  const toldGroups = new Set<string>();
  const heldGroups = new Set<string>();
  for (const [w, rows] of byWriter)
    for (const f of rows) {
      const g = groupOf(f);
      if (!UNSEEN_WRITERS.includes(w)) toldGroups.add(g);
      if (HOLDOUT_WRITERS.includes(w)) {
        const split = f.filed ?? newMain(g);
        if (split === 'holdout') heldGroups.add(g);
      } else if (UNSEEN_WRITERS.includes(w)) heldGroups.add(g);
    }
  // A dev-only writer's re-telling of a source another writer already used adds nothing new:
  // the earlier writer (A before Z before AA) keeps it.
  const order = (w: string): string => `${w.length}${w}`;
  const firstTeller = new Map<string, string>();
  for (const [w, rows] of byWriter)
    if (!UNSEEN_WRITERS.includes(w))
      for (const f of rows) {
        const u = sourceKey(f.item.source_url);
        const seen = firstTeller.get(u);
        if (seen === undefined || order(w) < order(seen)) firstTeller.set(u, w);
      }
  const result = new Map<string, { out: Record<Split, Item[]>; dropped: number }>();
  for (const [w, rows] of byWriter) {
    const out: Record<Split, Item[]> = { dev: [], holdout: [], unseen: [] };
    let dropped = 0;
    for (const f of rows) {
      const g = groupOf(f);
      let split: Split | null;
      if (f.filed !== null) split = f.filed;
      else if (UNSEEN_WRITERS.includes(w)) split = toldGroups.has(g) ? null : 'unseen';
      else if (HOLDOUT_WRITERS.includes(w)) split = newMain(g);
      else
        split =
          heldGroups.has(g) ||
          (firstTeller.get(sourceKey(f.item.source_url)) !== w && !RETELL_WRITERS.includes(w))
            ? null
            : 'dev';
      if (split === null) dropped++;
      else out[split].push(f.item);
    }
    result.set(w, { out, dropped });
  }
  return result;
}

function main(): void {
  const base = join(import.meta.dirname, '..', 'tests', 'corpus', 'public');
  const incoming = join(base, 'incoming');
  const read = (file: string): Item[] =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Item);
  // Every writer's items, from the splits already filed and from incoming (a writer's incoming
  // file replaces what was filed for that writer: its items are all new).
  const byWriter = new Map<string, Filed[]>();
  for (const split of ['dev', 'holdout', 'unseen'] as const) {
    const dir = join(base, split);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const m = WRITER_FILE.exec(f);
      if (m)
        byWriter.set(m[1] as string, [
          ...(byWriter.get(m[1] as string) ?? []),
          ...read(join(dir, f)).map((item) => ({ item, filed: split })),
        ]);
    }
  }
  if (existsSync(incoming))
    for (const f of readdirSync(incoming).sort()) {
      const m = WRITER_FILE.exec(f);
      if (m)
        byWriter.set(
          m[1] as string,
          read(join(incoming, f)).map((item) => ({ item, filed: null })),
        );
    }
  const result = assignSplits(byWriter);
  for (const split of ['dev', 'holdout', 'unseen'])
    rmSync(join(base, split), { recursive: true, force: true });
  for (const [w, { out, dropped }] of result) {
    for (const [split, items] of Object.entries(out)) {
      const dir = join(base, split);
      const file = join(dir, `writer-${w}.jsonl`);
      if (items.length === 0) continue;
      mkdirSync(dir, { recursive: true });
      items.sort((a, b) => a.id.localeCompare(b.id));
      writeFileSync(file, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
    }
    console.log(
      `writer ${w}: ${out.dev.length + out.holdout.length + out.unseen.length + dropped} items: dev ${out.dev.length}, holdout ${out.holdout.length}, unseen ${out.unseen.length}${dropped ? `, dropped ${dropped} (case held out or used by another writer)` : ''}`,
    );
  }
  rmSync(incoming, { recursive: true, force: true });
}

if (process.argv[1]?.endsWith('corpus-split.ts')) main();
