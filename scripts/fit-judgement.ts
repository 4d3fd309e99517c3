/**
 * `npm run fit`: fit the stalking judgement on the development corpora and write its weights into
 * the rule pack (`judgement` in src/rules/packs/core.json). Holdout and unseen-writer sets are never
 * read here.
 *
 * Rows are the dev narratives the model is asked about: those with conduct by the suspect, or
 * conduct named as stalking (a charge, an order), that the text does not say stopped long ago or
 * was disproved (otherwise the judgement is "not likely" whatever the weights). Cross-validation
 * is 5-fold, grouped by source case, and repeated ten times with different folds, pooled. For
 * each L2 strength and positive weight it scores every row out of fold, picks the
 * threshold with the best recall at precision >= MIN_PRECISION, and keeps the most regularised
 * setting whose recall is within one positive narrative of the best. The final model is fitted on
 * all rows with that setting.
 *
 * `--dry-run` prints the result without writing the pack; `--check` exits 1 when the pack's
 * judgement is not what a fit on the current rules and corpus gives with the pack's setting (so
 * the shipped weights are always the fitted ones, never edited by hand).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyser } from '../src/core/analyser';
import { FEATURE_IDS, FEATURES } from '../src/core/judgement';
import { TEMPORAL_SOURCES } from '../src/core/temporal-sources';
import type { RulePack } from '../src/rules/types';
import { DEV_DIRS } from './lib/corpus-sets';
import { chooseThreshold, crossValidate, fitLogistic, type Row } from './lib/logistic';
import { loadCorpus } from './lib/metrics';

/**
 * Precision the threshold must keep out of fold: the 0.90 the judgement must hold. Chosen on dev
 * alone, as the lowest target, not under 0.90, at which the fitted model still keeps 0.90
 * precision on the public dev set in sample (with 561 dev items it keeps 0.908; a margin above
 * 0.90 cost recall on dev).
 */
export const MIN_PRECISION = 0.9;
const FOLDS = 5;
/** Cross-validation runs, each with its own fold assignment, pooled. */
const REPEATS = 10;
const L2S = [0.001, 0.003, 0.01, 0.03, 0.1];
const POSITIVE_WEIGHTS = [1, 1.5, 2];

const root = join(import.meta.dirname, '..');
const packPath = join(root, 'src', 'rules', 'packs', 'core.json');
const pack = JSON.parse(readFileSync(packPath, 'utf8')) as RulePack;
const analyser = createAnalyser({ ...pack, temporal: TEMPORAL_SOURCES });

const signs = FEATURE_IDS.map((id) => FEATURES[id].sign);
const rows: Row[] = [];
let unscoredPositives = 0;
let decided = 0;
let items = 0;
for (const dir of DEV_DIRS) {
  for (const item of loadCorpus(join(root, dir))) {
    items++;
    const a = analyser.analyse(item.text);
    // With no conduct, or conduct that stopped or was disproved, the model is not asked (and a
    // judged text never scores 0).
    const judged = a.stalking.score > 0;
    if (!judged) {
      if (item.stalking) unscoredPositives++;
      continue;
    }
    // A text that names the conduct as stalking is judged likely whatever the weights.
    if (a.stalking.named.length > 0) {
      decided++;
      continue;
    }
    rows.push({
      x: FEATURE_IDS.map((id) => a.stalking.features[id] ?? 0),
      y: item.stalking ? 1 : 0,
      group: item.case ?? item.id,
    });
  }
}

interface Setting {
  l2: number;
  positiveWeight: number;
  threshold: number;
  precision: number;
  recall: number;
}
const settings: Setting[] = [];
// `--check` re-runs only the setting the pack was fitted with: the same rows, folds and setting
// must give the same weights and threshold, which is what a stale pack fails. The full search
// (every setting) is the refit's job.
const checking = process.argv.includes('--check');
const packed = pack.judgement.fitted;
const l2s = checking ? [packed.l2] : L2S;
const positiveWeights = checking ? [packed.positiveWeight] : POSITIVE_WEIGHTS;
for (const l2 of l2s)
  for (const positiveWeight of positiveWeights) {
    // Repeated with different fold assignments and pooled: one assignment's luck no longer
    // decides the setting or the threshold.
    const probs: number[] = [];
    const labels: (0 | 1)[] = [];
    for (let rep = 0; rep < REPEATS; rep++) {
      probs.push(...crossValidate(rows, FOLDS, l2, positiveWeight, signs, rep ? `${rep}:` : ''));
      labels.push(...rows.map((r) => r.y));
    }
    const t = chooseThreshold(probs, labels, MIN_PRECISION, unscoredPositives * REPEATS);
    console.log(
      `l2 ${l2}  positive weight ${positiveWeight}: threshold ${t.threshold.toFixed(3)}  CV P ${t.precision.toFixed(3)}  R ${t.recall.toFixed(3)}`,
    );
    settings.push({ l2, positiveWeight, ...t });
  }
// Settings whose out-of-fold recall is within one positive narrative of the best are a tie: the
// difference is one item of noise. Of those, the most regularised (then the least reweighted)
// generalises best to text the fit never saw.
const positives = rows.filter((r) => r.y === 1).length + unscoredPositives;
const bestRecall = Math.max(...settings.map((t) => t.recall));
const tied = settings.filter((t) => t.recall >= bestRecall - 1 / Math.max(1, positives) - 1e-9);
const best =
  tied.sort(
    (a, b) =>
      b.l2 - a.l2 ||
      a.positiveWeight - b.positiveWeight ||
      b.recall - a.recall ||
      b.precision - a.precision,
  )[0] ?? null;
if (best === null) throw new Error('fit: no rows to fit');

const fit = fitLogistic(rows, best.l2, best.positiveWeight, signs);
const round = (x: number): number => Math.round(x * 1000) / 1000;
const judgement: RulePack['judgement'] = {
  bias: round(fit.bias),
  threshold: round(best.threshold),
  weights: Object.fromEntries(FEATURE_IDS.map((id, j) => [id, round(fit.weights[j] ?? 0)])),
  fitted: {
    items,
    folds: FOLDS,
    repeats: REPEATS,
    l2: best.l2,
    positiveWeight: best.positiveWeight,
    cvPrecision: round(best.precision),
    cvRecall: round(best.recall),
  },
};
console.log(
  `\nchosen: l2 ${best.l2}, positive weight ${best.positiveWeight}, threshold ${judgement.threshold}; ${rows.length} rows judged of ${items} dev narratives (${decided} named as stalking, decided without the model)`,
);
for (const id of FEATURE_IDS)
  console.log(`  ${id.padEnd(16)} ${String(judgement.weights[id]).padStart(7)}`);
console.log(`  ${'(bias)'.padEnd(16)} ${String(judgement.bias).padStart(7)}`);

/**
 * The pack with its `judgement` block (the pack's last key) replaced, keeping the rest of the file
 * byte for byte as its authors laid it out.
 */
export function withJudgement(source: string, j: RulePack['judgement']): string {
  const block = [
    ' "judgement": {',
    `  "bias": ${j.bias},`,
    `  "threshold": ${j.threshold},`,
    `  "weights": ${JSON.stringify(j.weights).replace(/,"/g, ', "').replace(/":/g, '": ')},`,
    `  "fitted": ${JSON.stringify(j.fitted).replace(/,"/g, ', "').replace(/":/g, '": ')}`,
    ' }',
  ].join('\n');
  const at = source.indexOf('\n "judgement": {');
  const head = at >= 0 ? source.slice(0, at) : source.replace(/\n\s*\}\s*$/, ',');
  return `${head}\n${block}\n}\n`;
}

if (checking) {
  const same = JSON.stringify(pack.judgement) === JSON.stringify(judgement);
  console.log(
    same
      ? '\nthe pack holds the fitted judgement'
      : "\nthe pack's judgement is not the fitted one: run `npm run fit` and commit the pack",
  );
  process.exitCode = same ? 0 : 1;
} else if (!process.argv.includes('--dry-run')) {
  const source = readFileSync(packPath, 'utf8');
  const next = withJudgement(source, judgement);
  // The file must still parse to the same pack with the new judgement.
  JSON.parse(next);
  writeFileSync(packPath, next);
  console.log(`\nwrote ${packPath}`);
}
