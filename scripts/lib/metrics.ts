/**
 * Corpus loading and scoring for `npm run eval`. Kept apart from the script so tests can check
 * the arithmetic on small hand-made cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BEHAVIOUR_IDS, type Analysis, type BehaviourId } from '../../src/core/types';

/** One labelled narrative (tests/corpus/<split>/*.jsonl). */
export interface CorpusItem {
  id: string;
  text: string;
  stalking: boolean;
  behaviours: BehaviourId[];
  relationship?: string;
  category?: string;
  /** Public-case corpus: the source case (items of one case stay in one split) and its register. */
  case?: string;
  register?: string;
  source_url?: string;
}

/**
 * Every non-empty line of every `*.jsonl` file in `dir` (files in name order), parsed, with
 * `file:line` to name it in messages. Throws an Error naming the line for one that is not valid
 * JSON. A missing folder gives [].
 */
export function readJsonl(dir: string): { row: unknown; where: string }[] {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .sort();
  } catch {
    return [];
  }
  const out: { row: unknown; where: string }[] = [];
  for (const f of files)
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const where = `${f}:${i + 1}`;
        try {
          out.push({ row: JSON.parse(line) as unknown, where });
        } catch {
          throw new Error(`${where}: not valid JSON`);
        }
      });
  return out;
}

/**
 * Read every `*.jsonl` file in `dir`. Throws an Error naming the file and line for a line that is
 * not valid JSON or lacks `id`, `text` (string) or `stalking` (boolean). A missing folder gives [].
 */
export function loadCorpus(dir: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const { row, where } of readJsonl(dir)) {
    const r = row as Partial<CorpusItem>;
    if (typeof r.id !== 'string' || typeof r.text !== 'string' || typeof r.stalking !== 'boolean') {
      throw new Error(`${where}: needs "id" (string), "text" (string) and "stalking" (boolean)`);
    }
    const behaviours = (Array.isArray(r.behaviours) ? r.behaviours : []).filter(
      (b): b is BehaviourId => (BEHAVIOUR_IDS as readonly string[]).includes(b as string),
    );
    items.push({
      id: r.id,
      text: r.text,
      stalking: r.stalking,
      behaviours,
      relationship: r.relationship,
      category: r.category,
      case: r.case,
      register: r.register,
      source_url: r.source_url,
    });
  }
  return items;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1; an empty denominator scores 1 (nothing claimed, nothing missed). */
export function score(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export interface Evaluation {
  n: number;
  narrative: Scores;
  /** All behaviour decisions pooled (every item, every behaviour id). */
  micro: Scores;
  behaviours: Record<BehaviourId, Scores>;
  /** Narratives the judgement got wrong, and behaviour misses / false alarms per item. */
  errors: {
    id: string;
    expected: boolean;
    got: boolean;
    missed: BehaviourId[];
    extra: BehaviourId[];
  }[];
}

/** Compare analyses with labels: narrative-level `stalking.likely`, and behaviour ids per item. */
export function evaluate(
  items: readonly CorpusItem[],
  analyse: (text: string) => Analysis,
): Evaluation {
  const narrative: Counts = { tp: 0, fp: 0, fn: 0 };
  const per = Object.fromEntries(BEHAVIOUR_IDS.map((b) => [b, { tp: 0, fp: 0, fn: 0 }])) as Record<
    BehaviourId,
    Counts
  >;
  const errors: Evaluation['errors'] = [];
  for (const item of items) {
    const a = analyse(item.text);
    const got = a.stalking.likely;
    if (got && item.stalking) narrative.tp++;
    else if (got) narrative.fp++;
    else if (item.stalking) narrative.fn++;
    const found = new Set(a.behaviours.map((b) => b.id));
    const want = new Set(item.behaviours);
    const missed: BehaviourId[] = [];
    const extra: BehaviourId[] = [];
    for (const b of BEHAVIOUR_IDS) {
      const f = found.has(b);
      const w = want.has(b);
      if (f && w) per[b].tp++;
      else if (f) {
        per[b].fp++;
        extra.push(b);
      } else if (w) {
        per[b].fn++;
        missed.push(b);
      }
    }
    if (got !== item.stalking || missed.length > 0 || extra.length > 0) {
      errors.push({ id: item.id, expected: item.stalking, got, missed, extra });
    }
  }
  const pooled: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const b of BEHAVIOUR_IDS) {
    pooled.tp += per[b].tp;
    pooled.fp += per[b].fp;
    pooled.fn += per[b].fn;
  }
  return {
    n: items.length,
    narrative: score(narrative),
    micro: score(pooled),
    behaviours: Object.fromEntries(BEHAVIOUR_IDS.map((b) => [b, score(per[b])])) as Record<
      BehaviourId,
      Scores
    >,
    errors,
  };
}

const pct = (x: number): string => x.toFixed(3);

/** Macro F1 over the behaviours that have at least one labelled example in the set. */
export function macroF1(e: Evaluation): number {
  const present = BEHAVIOUR_IDS.filter((b) => e.behaviours[b].tp + e.behaviours[b].fn > 0);
  if (present.length === 0) return 1;
  return present.reduce((sum, b) => sum + e.behaviours[b].f1, 0) / present.length;
}

/** A plain-text table of an evaluation. */
export function formatEvaluation(name: string, e: Evaluation): string {
  const rows: string[] = [];
  rows.push(`${name}: ${e.n} narratives`);
  const n = e.narrative;
  rows.push(
    `  narrative (stalking.likely)  P ${pct(n.precision)}  R ${pct(n.recall)}  F1 ${pct(n.f1)}  (tp ${n.tp}, fp ${n.fp}, fn ${n.fn})`,
  );
  rows.push(
    `  ${'behaviour'.padEnd(28)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn`,
  );
  let macro = 0;
  for (const b of BEHAVIOUR_IDS) {
    const s = e.behaviours[b];
    macro += s.f1;
    rows.push(
      `  ${b.padEnd(28)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)} ${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}`,
    );
  }
  rows.push(
    `  ${'macro F1'.padEnd(28)} ${''.padStart(13)} ${pct(macro / BEHAVIOUR_IDS.length).padStart(6)}`,
  );
  rows.push(
    `  ${'micro'.padEnd(28)} ${pct(e.micro.precision).padStart(6)} ${pct(e.micro.recall).padStart(6)} ${pct(e.micro.f1).padStart(6)}`,
  );
  return rows.join('\n');
}
