/**
 * Logistic regression for the stalking judgement: L2-regularised, fitted by full-batch gradient
 * descent (a few hundred rows and about twenty features, so plain and deterministic beats a
 * library), with cross-validation grouped by source case so no case is both trained and scored.
 */

export interface Row {
  x: number[];
  y: 0 | 1;
  /** Items of one group (a source case) always fall in the same fold. */
  group: string;
}

export interface Fit {
  bias: number;
  weights: number[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function predict(fit: Fit, x: readonly number[]): number {
  let z = fit.bias;
  for (let j = 0; j < x.length; j++) z += (fit.weights[j] ?? 0) * (x[j] ?? 0);
  return sigmoid(z);
}

/**
 * Minimise mean log-loss + l2/2 * |w|^2 (the bias is not penalised). Positives are weighted by
 * `positiveWeight` so that a missed stalking case costs more than a false alarm. `signs[j]` (+1,
 * -1, or 0 for free) keeps weight j on one side of zero.
 */
export function fitLogistic(
  rows: readonly Row[],
  l2: number,
  positiveWeight = 1,
  signs: readonly (1 | -1 | 0)[] = [],
  iterations = 3000,
  rate = 0.5,
): Fit {
  const d = rows[0]?.x.length ?? 0;
  const n = rows.length;
  if (n === 0) return { bias: 0, weights: new Array<number>(d).fill(0) };
  // Flat typed arrays: the loop below runs millions of times in a refit with repeated CV.
  const xs = new Float64Array(n * d);
  const ys = new Float64Array(n);
  const ks = new Float64Array(n);
  rows.forEach((r, i) => {
    for (let j = 0; j < d; j++) xs[i * d + j] = r.x[j] ?? 0;
    ys[i] = r.y;
    ks[i] = r.y === 1 ? positiveWeight : 1;
  });
  const w = new Float64Array(d);
  const gw = new Float64Array(d);
  let b = 0;
  for (let it = 0; it < iterations; it++) {
    gw.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const o = i * d;
      let z = b;
      for (let j = 0; j < d; j++) z += (w[j] as number) * (xs[o + j] as number);
      const e = (ks[i] as number) * (sigmoid(z) - (ys[i] as number));
      gb += e;
      for (let j = 0; j < d; j++) gw[j] = (gw[j] as number) + e * (xs[o + j] as number);
    }
    b -= (rate * gb) / n;
    for (let j = 0; j < d; j++) {
      const next = (w[j] as number) - rate * ((gw[j] as number) / n + l2 * (w[j] as number));
      // Projected gradient: a weight with a sign stays on its side of zero.
      const sign = signs[j] ?? 0;
      w[j] = sign > 0 ? Math.max(0, next) : sign < 0 ? Math.min(0, next) : next;
    }
  }
  return { bias: b, weights: [...w] };
}

/** A stable fold number for a group (FNV-1a), so folds never depend on row order. */
export function foldOf(group: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) {
    h ^= group.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

/**
 * Out-of-fold probabilities: each row scored by a model fitted without its fold. `salt` changes
 * which groups share a fold, for repeated cross-validation.
 */
export function crossValidate(
  rows: readonly Row[],
  folds: number,
  l2: number,
  positiveWeight: number,
  signs: readonly (1 | -1 | 0)[] = [],
  salt = '',
): number[] {
  const out = new Array<number>(rows.length).fill(0);
  const fold = rows.map((r) => foldOf(salt + r.group, folds));
  for (let k = 0; k < folds; k++) {
    const train = rows.filter((_, i) => fold[i] !== k);
    const fit = fitLogistic(train, l2, positiveWeight, signs);
    rows.forEach((r, i) => {
      if (fold[i] === k) out[i] = predict(fit, r.x);
    });
  }
  return out;
}

/**
 * The threshold with the highest recall whose precision is at least `minPrecision` (ties: the
 * higher threshold). `extraNegatives`/`extraPositives` are items the model never scores (no
 * conduct found): they count as judged not likely.
 */
export function chooseThreshold(
  probs: readonly number[],
  labels: readonly (0 | 1)[],
  minPrecision: number,
  extraPositives = 0,
): { threshold: number; precision: number; recall: number } {
  const candidates = [...new Set(probs)].sort((a, b) => a - b);
  const positives = labels.filter((y) => y === 1).length + extraPositives;
  let best = { threshold: 0.5, precision: 0, recall: 0 };
  for (const t of candidates) {
    let tp = 0;
    let fp = 0;
    probs.forEach((p, i) => {
      if (p >= t) {
        if (labels[i] === 1) tp++;
        else fp++;
      }
    });
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = positives === 0 ? 1 : tp / positives;
    if (precision >= minPrecision && recall >= best.recall)
      best = { threshold: t, precision, recall };
  }
  return best;
}
