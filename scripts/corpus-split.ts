/**
 * `npx tsx scripts/corpus-split.ts`: file newly written public-case narratives
 * (tests/corpus/public/incoming/writer-<W>.jsonl) into their splits, by source case, and print
 * only counts, so whoever runs it never reads a holdout item.
 *
 * - Writers named in UNSEEN_WRITERS never read the rules: their items go to `unseen/`, except any
 *   whose source is also used by another writer (a case must sit in one split only), which are
 *   dropped.
 * - Items by the writers in HOLDOUT_WRITERS go to `dev/` or `holdout/` by a hash of its case group
 *   (items with the same source, or the same place and year, so two writers re-telling one case
 *   land together): about 60% dev, 40% holdout.
 * - Every other writer came after the holdout was set and writes for `dev/` only: an item whose
 *   case group is held out (in `holdout/` or `unseen/`) is dropped, so no case is in two splits.
 * Each run re-splits every writer's items (those already filed and the new ones, which replace a
 * writer's earlier file), so a case always lands in one split whatever order writers finished in.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOLDOUT_WRITERS, UNSEEN_WRITERS } from './lib/corpus-sets';
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

function main(): void {
  const base = join(import.meta.dirname, '..', 'tests', 'corpus', 'public');
  const incoming = join(base, 'incoming');
  const read = (file: string): Item[] =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Item);
  // Every writer's items, from the splits already filed and from incoming (which wins), so each
  // run re-splits the whole corpus with every case in view.
  const byWriter = new Map<string, Item[]>();
  for (const split of ['dev', 'holdout', 'unseen']) {
    const dir = join(base, split);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const m = WRITER_FILE.exec(f);
      if (m)
        byWriter.set(m[1] as string, [
          ...(byWriter.get(m[1] as string) ?? []),
          ...read(join(dir, f)),
        ]);
    }
  }
  if (existsSync(incoming))
    for (const f of readdirSync(incoming).sort()) {
      const m = WRITER_FILE.exec(f);
      if (m) byWriter.set(m[1] as string, read(join(incoming, f)));
    }
  for (const split of ['dev', 'holdout', 'unseen'])
    rmSync(join(base, split), { recursive: true, force: true });
  const group = groupCases([...byWriter.values()].flat());
  const mainGroups = new Set<string>();
  for (const [w, rows] of byWriter)
    if (HOLDOUT_WRITERS.includes(w)) for (const r of rows) mainGroups.add(group.get(r) ?? '');

  // Case groups held out from the rule authors: the holdout writers' held-out half and the
  // unseen writers' cases.
  const heldGroups = new Set<string>();
  for (const [w, rows] of byWriter)
    for (const r of rows) {
      const g = group.get(r) ?? '';
      if (HOLDOUT_WRITERS.includes(w) ? splitOf(g) === 'holdout' : UNSEEN_WRITERS.includes(w))
        heldGroups.add(g);
    }

  // A dev-only writer's re-telling of a source another writer already used adds nothing new:
  // the earlier writer (A before Z before AA) keeps it.
  const order = (w: string): string => `${w.length}${w}`;
  const firstTeller = new Map<string, string>();
  for (const [w, rows] of byWriter)
    if (!UNSEEN_WRITERS.includes(w))
      for (const r of rows) {
        const u = sourceKey(r.source_url);
        const seen = firstTeller.get(u);
        if (seen === undefined || order(w) < order(seen)) firstTeller.set(u, w);
      }

  for (const [w, rows] of byWriter) {
    const out: Record<string, Item[]> = { dev: [], holdout: [], unseen: [] };
    let dropped = 0;
    for (const r of rows) {
      const g = group.get(r) ?? r.source_url;
      if (UNSEEN_WRITERS.includes(w)) {
        if (mainGroups.has(g)) dropped++;
        else out.unseen?.push(r);
      } else if (HOLDOUT_WRITERS.includes(w)) out[splitOf(g)]?.push(r);
      else if (heldGroups.has(g) || firstTeller.get(sourceKey(r.source_url)) !== w) dropped++;
      else out.dev?.push(r);
    }
    for (const [split, items] of Object.entries(out)) {
      const dir = join(base, split);
      const file = join(dir, `writer-${w}.jsonl`);
      if (items.length === 0) continue;
      mkdirSync(dir, { recursive: true });
      items.sort((a, b) => a.id.localeCompare(b.id));
      writeFileSync(file, items.map((i) => JSON.stringify(i)).join('\n') + '\n');
    }
    console.log(
      `writer ${w}: ${rows.length} items: dev ${out.dev?.length}, holdout ${out.holdout?.length}, unseen ${out.unseen?.length}${dropped ? `, dropped ${dropped} (case held out or used by another writer)` : ''}`,
    );
  }
  rmSync(incoming, { recursive: true, force: true });
}

if (process.argv[1]?.endsWith('corpus-split.ts')) main();
