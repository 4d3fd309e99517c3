/**
 * Snippet probes (tests/corpus/probes/snippets-*): one to three sentences each, written by people
 * who never read the rules, each probing one behaviour. A snippet is a positive when its writer
 * says it affirms the target behaviour, a negative when it shares the words but does not. Scored
 * per target: found on a positive is a true positive, found on a negative a false positive.
 */
import { BEHAVIOUR_IDS, type Analysis, type BehaviourId } from '../../src/core/types';
import { readJsonl, score, type Counts, type Scores } from './metrics';

export interface Snippet {
  id: string;
  target: BehaviourId;
  /** Does the snippet affirm the target behaviour, by the suspect? */
  label: boolean;
  register: string;
  text: string;
  /** Every behaviour the snippet affirms (the target among them when `label`). */
  behaviours: BehaviourId[];
}

const isBehaviour = (x: unknown): x is BehaviourId =>
  typeof x === 'string' && (BEHAVIOUR_IDS as readonly string[]).includes(x);

/**
 * Read every `*.jsonl` file in `dir`. Throws an Error naming the file and line for a line that is
 * not valid JSON, lacks a field, names an unknown behaviour, or whose label disagrees with its
 * behaviour list. A missing folder gives [].
 */
export function loadSnippets(dir: string): Snippet[] {
  const out: Snippet[] = [];
  for (const { row, where } of readJsonl(dir)) {
    const r = row as Partial<Record<keyof Snippet, unknown>>;
    const behaviours = Array.isArray(r.behaviours) ? r.behaviours : null;
    if (
      typeof r.id !== 'string' ||
      typeof r.text !== 'string' ||
      typeof r.label !== 'boolean' ||
      typeof r.register !== 'string' ||
      !isBehaviour(r.target) ||
      behaviours === null ||
      !behaviours.every(isBehaviour)
    )
      throw new Error(
        `${where}: needs "id", "text", "register" (strings), "label" (boolean), a behaviour id as "target" and a list of behaviour ids as "behaviours"`,
      );
    if (behaviours.includes(r.target) !== r.label)
      throw new Error(`${where}: "label" must say whether "behaviours" holds "target"`);
    out.push({
      id: r.id,
      target: r.target,
      label: r.label,
      register: r.register,
      text: r.text,
      behaviours,
    });
  }
  return out;
}

export interface SnippetEvaluation {
  n: number;
  /** Per target behaviour, over that target's snippets only. */
  targets: Partial<Record<BehaviourId, Scores & { tn: number }>>;
  micro: Scores;
  /** Recall over positives, per register. */
  registers: Record<string, { found: number; of: number }>;
}

/** Score `analyse` on snippets: per target behaviour, whether it was found. */
export function evaluateSnippets(
  snippets: readonly Snippet[],
  analyse: (text: string) => Analysis,
): SnippetEvaluation {
  const counts: Partial<Record<BehaviourId, Counts & { tn: number }>> = {};
  const registers: Record<string, { found: number; of: number }> = {};
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const s of snippets) {
    const found = analyse(s.text).behaviours.some((b) => b.id === s.target);
    const c = (counts[s.target] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
    if (s.label) {
      const reg = (registers[s.register] ??= { found: 0, of: 0 });
      reg.of++;
      if (found) {
        c.tp++;
        all.tp++;
        reg.found++;
      } else {
        c.fn++;
        all.fn++;
      }
    } else if (found) {
      c.fp++;
      all.fp++;
    } else c.tn++;
  }
  const targets: SnippetEvaluation['targets'] = {};
  for (const id of BEHAVIOUR_IDS) {
    const c = counts[id];
    if (c) targets[id] = { ...score(c), tn: c.tn };
  }
  return { n: snippets.length, targets, micro: score(all), registers };
}

/** A table of the two evaluations side by side, one row per target behaviour. */
export function formatSnippetTable(
  names: readonly [string, string],
  a: SnippetEvaluation,
  b: SnippetEvaluation,
): string {
  const f = (x: number): string => x.toFixed(3);
  const cell = (s: Scores | undefined): string =>
    s ? `${f(s.precision)}, ${f(s.recall)} (${s.tp + s.fn})` : '-';
  const rows = [
    `| behaviour | ${names[0]}: P, R (positives) | ${names[1]}: P, R (positives) |`,
    '| --- | --- | --- |',
  ];
  for (const id of BEHAVIOUR_IDS)
    if (a.targets[id] || b.targets[id])
      rows.push(`| ${id} | ${cell(a.targets[id])} | ${cell(b.targets[id])} |`);
  rows.push(`| all | ${cell(a.micro)} | ${cell(b.micro)} |`);
  return rows.join('\n');
}
