import { describe, expect, it } from 'vitest';
import { chooseThreshold, crossValidate, fitLogistic, foldOf, predict, type Row } from './logistic';

// One informative feature, one noise feature: y = 1 when x0 is high.
const rows: Row[] = Array.from({ length: 80 }, (_, i) => ({
  x: [i % 2 === 0 ? 1 : 0, (i * 7) % 3 === 0 ? 1 : 0],
  y: i % 2 === 0 ? 1 : 0,
  group: `g${i % 20}`,
}));

describe('logistic regression for the judgement', () => {
  it('learns a separating weight and predicts both classes', () => {
    const fit = fitLogistic(rows, 0.001);
    expect(fit.weights[0]).toBeGreaterThan(2);
    expect(predict(fit, [1, 0])).toBeGreaterThan(0.8);
    expect(predict(fit, [0, 0])).toBeLessThan(0.2);
  });

  it('keeps a weight on its side of zero when told to', () => {
    // Feature 0 predicts y, but is constrained to weigh against it: it stays at 0.
    const fit = fitLogistic(rows, 0.001, 1, [-1, 0]);
    expect(fit.weights[0]).toBe(0);
  });

  it('stronger L2 shrinks the weights', () => {
    expect(Math.abs(fitLogistic(rows, 1).weights[0] ?? 0)).toBeLessThan(
      Math.abs(fitLogistic(rows, 0.001).weights[0] ?? 0),
    );
  });

  it('assigns folds by group, the same every time', () => {
    expect(foldOf('case-a', 5)).toBe(foldOf('case-a', 5));
    for (let i = 0; i < 50; i++) expect(foldOf(`c${i}`, 5)).toBeLessThan(5);
  });

  it('scores each row by a model that never saw its group', () => {
    // Two groups with opposite labels for the same features: out of fold, each is predicted as
    // the other group's label would have it, so the out-of-fold accuracy collapses.
    const twisted: Row[] = [
      ...Array.from({ length: 20 }, () => ({ x: [1], y: 1 as const, group: 'left' })),
      ...Array.from({ length: 20 }, () => ({ x: [1], y: 0 as const, group: 'right' })),
    ];
    expect(foldOf('left', 2)).not.toBe(foldOf('right', 2));
    const probs = crossValidate(twisted, 2, 0.001, 1);
    expect(probs[0]).toBeLessThan(0.5);
    expect(probs[39]).toBeGreaterThan(0.5);
  });

  it('chooses the threshold with the best recall that keeps the precision', () => {
    const probs = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
    const labels: (0 | 1)[] = [1, 1, 0, 1, 0, 1];
    const t = chooseThreshold(probs, labels, 0.75);
    expect(t.threshold).toBe(0.6);
    expect(t.precision).toBe(0.75);
    expect(t.recall).toBe(0.75);
    // Items never scored count as missed positives.
    expect(chooseThreshold(probs, labels, 0.75, 4).recall).toBe(0.375);
  });
});
