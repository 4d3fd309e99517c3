/**
 * `npm run eval`: score the analyser against the labelled corpus (tests/corpus/dev and
 * tests/corpus/holdout). Prints narrative-level precision and recall and per-behaviour precision,
 * recall and F1 for dev, holdout and combined; exits 1 when combined falls below the floors.
 *
 * Options: `--split dev|holdout|all` (default all); `--errors` lists the dev items it got wrong
 * (ids and behaviour ids only; holdout items are never listed, so they cannot be tuned against);
 * `--corpus DIR` reads DIR/dev and DIR/holdout instead of tests/corpus.
 */
import { join } from 'node:path';
import { createAnalyser } from '../src/core/analyser';
import { defaultPack } from '../src/core/index';
import {
  evaluate,
  formatEvaluation,
  loadCorpus,
  type CorpusItem,
  type Evaluation,
} from './lib/metrics';

/** CI floors, applied to the combined corpus (issue 3, item 6). */
export const FLOORS = {
  narrativePrecision: 0.9,
  narrativeRecall: 0.9,
  /** Every behaviour with at least this many labelled examples must reach BEHAVIOUR_F1. */
  behaviourMinSupport: 5,
  behaviourF1: 0.6,
} as const;

/** List the items an evaluation got wrong (ids and behaviour ids only, never the text). */
function printErrors(e: Evaluation): void {
  for (const x of e.errors) {
    const judged = x.expected === x.got ? '' : ` judged ${x.got} (label ${x.expected})`;
    const miss = x.missed.length ? ` missed ${x.missed.join(',')}` : '';
    const extra = x.extra.length ? ` extra ${x.extra.join(',')}` : '';
    console.log(`  ! ${x.id}${judged}${miss}${extra}`);
  }
}

function main(argv: string[]): number {
  const split = argv.includes('--split') ? argv[argv.indexOf('--split') + 1] : 'all';
  if (split !== 'dev' && split !== 'holdout' && split !== 'all') {
    process.stderr.write('eval: --split must be dev, holdout or all\n');
    return 2;
  }
  // --corpus DIR points at another corpus with the same dev/ and holdout/ layout (for tests).
  const root = argv.includes('--corpus')
    ? (argv[argv.indexOf('--corpus') + 1] ?? '')
    : join(import.meta.dirname, '..', 'tests', 'corpus');
  let dev: CorpusItem[] = [];
  let holdout: CorpusItem[] = [];
  try {
    if (split !== 'holdout') dev = loadCorpus(join(root, 'dev'));
    if (split !== 'dev') holdout = loadCorpus(join(root, 'holdout'));
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 2;
  }
  const all = [...dev, ...holdout];
  if (all.length === 0) {
    process.stderr.write('eval: no corpus found under tests/corpus/{dev,holdout}\n');
    return 2;
  }
  // A fresh analyser per split: results never depend on cache state, but timings stay honest.
  const run = (items: CorpusItem[]) => {
    const analyser = createAnalyser(defaultPack);
    return evaluate(items, (t) => analyser.analyse(t));
  };
  const combined = run(all);
  if (dev.length > 0 && split === 'all') {
    const d = run(dev);
    console.log(formatEvaluation('dev', d));
    if (argv.includes('--errors')) printErrors(d);
    console.log('');
  }
  if (holdout.length > 0 && split === 'all') {
    console.log(formatEvaluation('holdout', run(holdout)));
    console.log('');
  }
  console.log(formatEvaluation(split === 'all' ? 'combined' : split, combined));
  if (split === 'dev' && argv.includes('--errors')) printErrors(combined);

  const failures: string[] = [];
  if (combined.narrative.precision < FLOORS.narrativePrecision)
    failures.push(
      `narrative precision ${combined.narrative.precision.toFixed(3)} < ${FLOORS.narrativePrecision}`,
    );
  if (combined.narrative.recall < FLOORS.narrativeRecall)
    failures.push(
      `narrative recall ${combined.narrative.recall.toFixed(3)} < ${FLOORS.narrativeRecall}`,
    );
  for (const [id, s] of Object.entries(combined.behaviours)) {
    if (s.tp + s.fn >= FLOORS.behaviourMinSupport && s.f1 < FLOORS.behaviourF1)
      failures.push(`${id} F1 ${s.f1.toFixed(3)} < ${FLOORS.behaviourF1}`);
  }
  console.log('');
  console.log(
    `floors: narrative P >= ${FLOORS.narrativePrecision}, R >= ${FLOORS.narrativeRecall}; behaviour F1 >= ${FLOORS.behaviourF1} where support >= ${FLOORS.behaviourMinSupport}`,
  );
  if (failures.length > 0) {
    console.log(`FAIL: ${failures.join('; ')}`);
    return 1;
  }
  console.log('PASS');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
