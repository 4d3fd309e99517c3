import { describe, expect, it } from 'vitest';
import { score } from './lib/metrics';
import { boundaries, matchSpans, median, sameDate, scoreBoundaries } from './measure-nlp';

describe('measure-nlp scoring', () => {
  it('scores sentence boundaries as the starts of every sentence but the first', () => {
    // Gold: three sentences; the system merges the last two and adds a false split.
    const gold = boundaries([
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 30 },
    ]);
    const pred = boundaries([
      { start: 0, end: 4 },
      { start: 5, end: 20 },
      { start: 11, end: 30 },
    ]);
    expect(gold).toEqual([11, 21]);
    const c = scoreBoundaries(gold, pred);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1 });
    const s = score(c);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.5);
  });

  it('matches mentions one to one by overlap and ignores optional gold', () => {
    // "Between 2/1 and 9/1, and on 4 March": the range ends are optional gold.
    const gold = [
      { start: 8, end: 11, optional: true },
      { start: 16, end: 19, optional: true },
      { start: 28, end: 35 },
      { start: 40, end: 45 },
    ];
    const pred = [
      { start: 8, end: 11 }, // optional: neither tp nor fp
      { start: 25, end: 35 }, // overlaps 28-35: tp
      { start: 30, end: 33 }, // same gold again: fp
      { start: 50, end: 52 }, // nothing there: fp
    ];
    const c = matchSpans(gold, pred);
    expect(c).toEqual({ tp: 1, fp: 2, fn: 1 });
    const s = score(c);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2));
  });

  it('demands equal stated date parts when values are scored', () => {
    const gold = [
      { start: 0, end: 3, day: 2, month: 1, year: null },
      { start: 10, end: 20, day: 4, month: 3, year: 2024 },
    ];
    // The first read month-first (1 Feb); the second right; a guessed year would be wrong too.
    const pred = [
      { start: 0, end: 3, day: 1, month: 2, year: null },
      { start: 10, end: 20, day: 4, month: 3, year: 2024 },
    ];
    expect(matchSpans(gold, pred)).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(matchSpans(gold, pred, sameDate)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(sameDate({ day: 2, month: 1, year: null }, { day: 2, month: 1, year: 2026 })).toBe(
      false,
    );
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(score({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });
});
