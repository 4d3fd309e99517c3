import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyserFor, createAnalyser } from './analyser';
import { compilePack } from './compile';
import { analyse, defaultPack } from './index';
import type { Analysis, Evidence } from './types';

function allSpans(a: Analysis): Evidence[] {
  return [
    ...a.behaviours.flatMap((b) => b.evidence),
    ...a.risk.flatMap((r) => r.evidence),
    ...a.relationshipEvidence,
    ...a.suppressed.flatMap((s) => [s.evidence, ...(s.cue ? [{ ...s.cue, rule: 'cue' }] : [])]),
    ...Object.values(a.stalking.fourEvidence).flat(),
    ...a.s4a.fearOfViolence,
    ...a.s4a.seriousAlarmDistressEvidence,
  ];
}

function checkSpans(text: string, a: Analysis): void {
  for (const e of allSpans(a)) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeGreaterThan(e.start);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
  }
  for (const o of a.chronology) {
    expect(o.start).toBeGreaterThanOrEqual(0);
    expect(o.end).toBeLessThanOrEqual(text.length);
  }
  expect(a.stalking.score).toBeGreaterThanOrEqual(0);
  expect(a.stalking.score).toBeLessThanOrEqual(1);
}

// Words the rules know, mixed with noise, so the properties reach the matcher and context code.
const vocabulary = [
  'he',
  'she',
  'followed',
  'her',
  'home',
  'IP',
  'SUS',
  'att',
  'addr',
  'not',
  'never',
  'if',
  'again',
  'on',
  '4',
  'occasions',
  'daily',
  '14/03',
  'texted',
  'me',
  'I',
  'witness',
  'police',
  'scared',
  'turned',
  'up',
  'at',
  'work',
  '"',
  "'",
  '.',
  ',',
  ';',
  '\n',
  'x40',
  'ex-partner',
  'said',
  'kill',
  'you',
  'AirTag',
  's/m',
  'w/h',
  'since',
  'March',
  'by',
  'from',
  'bank',
  '\u202e',
  '\u200b',
  '\ud83d\ude00',
  '\u05e9\u05dc\u05d5\u05dd',
  '<b>',
  '</b>',
  '\u0000',
  '\ud800',
  'caf\u00e9',
  '\u201chi\u201d',
];
const narrativeArb = fc
  .array(fc.oneof(fc.constantFrom(...vocabulary), fc.string(), fc.string({ unit: 'binary' })), {
    maxLength: 80,
  })
  .map((parts) => parts.join(' '));

/**
 * "Bounded" means linear-ish, not fast: a quadratic or exponential path on a megabyte takes
 * minutes. The bound leaves room for a loaded 2-core machine running other test files at once.
 */
const BOUNDED_MS = 12_000;

describe('robustness (fast-check)', () => {
  it('never throws and keeps every span inside the text, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkSpans(text, analyse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on rule words mixed with noise, emoji, RTL, HTML and control characters', () => {
    fc.assert(
      fc.property(narrativeArb, (text) => {
        checkSpans(text, analyse(text));
      }),
      { numRuns: 400 },
    );
  });

  it('incremental re-analysis equals a fresh analysis after any edit', () => {
    // A fresh analyser (empty caches) per edit, over one compiled pack: compiling is not under test.
    const compiled = compilePack(defaultPack);
    const a = analyserFor(compiled);
    fc.assert(
      fc.property(narrativeArb, fc.nat(), fc.string({ maxLength: 5 }), (text, at, insert) => {
        a.analyse(text);
        const p = at % (text.length + 1);
        const edited = text.slice(0, p) + insert + text.slice(p);
        expect(a.analyse(edited)).toEqual(analyserFor(compiled).analyse(edited));
      }),
      { numRuns: 100 },
    );
  });

  it('handles empty and white-space input', () => {
    for (const t of ['', ' ', '\n\n\t', '.', '...', '\u200b']) {
      const a = analyse(t);
      expect(a.stalking.likely).toBe(false);
      expect(a.behaviours).toEqual([]);
    }
  });

  it('never throws on words that are also Object.prototype keys (a found crash: "constructor")', () => {
    const keys = Object.getOwnPropertyNames(Object.prototype).join(' ');
    for (const t of [keys, `He followed her. ${keys}. He followed her again on 2 May.`]) {
      expect(() => analyse(t)).not.toThrow();
    }
    expect(analyse('The constructor of the hasOwnProperty toString.').behaviours).toEqual([]);
  });

  it('finishes 1 MB of narrative text in bounded time', () => {
    const base =
      'On 4 March SUS att IP addr and txt her x40. She is scared. The witness followed the car. ';
    const text = base.repeat(Math.ceil(1_000_000 / base.length));
    const t0 = performance.now();
    const a = createAnalyser(defaultPack).analyse(text);
    expect(performance.now() - t0).toBeLessThan(BOUNDED_MS);
    checkSpans(text, a);
  }, 40_000);

  it('finishes a 1 MB line without spaces, and 1 MB of binary noise, in bounded time', () => {
    const noSpace = 'a'.repeat(1_000_000);
    let seed = 7;
    const noise = Array.from({ length: 500_000 }, () =>
      String.fromCharCode((seed = (seed * 1103515245 + 12345) % 65536)),
    ).join('');
    for (const text of [noSpace, noise]) {
      const t0 = performance.now();
      const a = createAnalyser(defaultPack).analyse(text);
      expect(performance.now() - t0).toBeLessThan(BOUNDED_MS);
      checkSpans(text, a);
    }
  }, 40_000);

  it('finishes a very long run-on sentence of rule words in bounded time', () => {
    const text = 'he followed her and texted her and turned up at her work and '.repeat(20_000);
    const t0 = performance.now();
    const a = createAnalyser(defaultPack).analyse(text);
    expect(performance.now() - t0).toBeLessThan(BOUNDED_MS);
    checkSpans(text, a);
  }, 40_000);
});
