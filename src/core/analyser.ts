/**
 * createAnalyser: compile a pack once, then analyse text repeatedly. Results for unchanged
 * sentences are reused: sentence results are cached by sentence text, and after an edit only the
 * text from just before the first changed character is split again, so typing at the end of a
 * long narrative costs the last sentence plus aggregation.
 */
import type { RulePack } from '../rules/types';
import {
  aggregate,
  readingOf,
  resolveAhead,
  wordCount,
  type FindingsPrefix,
  type ResolutionCache,
  type Reading,
  type RuleTrace,
} from './aggregate';
import { compilePack, type CompiledPack } from './compile';
import { splitSentences, type SentenceSpan } from './segment';
import { analyseSentence, type SentenceResult } from './sentence';
import type { Analysis } from './types';

export interface Analyser {
  /** `id@version` of the compiled pack. */
  readonly pack: string;
  /**
   * Analyse `text`. Pure in effect: the same text always gives the same Analysis, whatever was
   * analysed before (the caches only save work). Never throws for any string.
   */
  analyse(text: string): Analysis;
  /**
   * Counters for tests and the bench: sentences analysed afresh vs taken from the cache, and
   * sentences resolved ahead by `warm`.
   */
  readonly stats: { fresh: number; cached: number; ahead: number };
  /** Every rule match in `text`, counted or set aside, with the actor: for rule tests and debugging. */
  explain(text: string): RuleTrace[];
  /**
   * Analyse sentences of `text` not yet in the cache, for about `budgetMs`, and say whether every
   * sentence is now cached. A caller can spread a large first analysis (a pasted statement) over
   * several short tasks, then call `analyse`, which only aggregates. A text that took more than
   * one call also has its sentences resolved ahead under the reading of the whole text, so that
   * last call mostly gathers. Changes no result.
   */
  warm(text: string, budgetMs: number): boolean;
}

/** Length of the common prefix of `a` and `b`; compares in native chunks first (typing is fast). */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let p = 0;
  for (let chunk = 4096; chunk >= 16; chunk >>= 2) {
    while (p + chunk <= limit && a.slice(p, p + chunk) === b.slice(p, p + chunk)) p += chunk;
  }
  while (p < limit && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** A sentence result that contributes nothing to aggregation. */
function isInert(r: SentenceResult): boolean {
  const f = r.facts;
  const v = r.votes;
  return (
    r.matches.length === 0 &&
    f.times.length === 0 &&
    f.counts.length === 0 &&
    f.frequencies.length === 0 &&
    f.periods.length === 0 &&
    f.again === null &&
    f.otherTime === null &&
    v.she === 0 &&
    v.he === 0 &&
    v.firstPerson === 0 &&
    v.policeI === 0 &&
    v.suspectShe === 0 &&
    v.suspectHe === 0 &&
    r.names.length === 0 &&
    !r.conduct &&
    !r.isolated &&
    !r.narrator &&
    !r.reporter &&
    r.owned.length === 0
  );
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Both results say the same, whatever their lengths: same matches, facts, votes and names. */
function sameFindings(a: SentenceResult, b: SentenceResult): boolean {
  return JSON.stringify({ ...a, length: 0 }) === JSON.stringify({ ...b, length: 0 });
}

/** Most sentences kept in the cache beyond those of the latest text. */
const CACHE_SLACK = 2000;

/**
 * Compile `pack` (throws PackCompileError, naming the rule, if a pattern is malformed) and return
 * an analyser that reuses per-sentence work between calls.
 */
export function createAnalyser(pack: RulePack): Analyser {
  return analyserFor(compilePack(pack));
}

/** An analyser over an already compiled pack. */
export function analyserFor(compiled: CompiledPack): Analyser {
  let cache = new Map<string, SentenceResult>();
  let prevText = '';
  let prevSpans: SentenceSpan[] = [];
  let prevResults: SentenceResult[] = [];
  const stats = { fresh: 0, cached: 0, ahead: 0 };
  const resolutions: ResolutionCache = { places: new WeakMap(), key: '' };
  const prefix: { current: FindingsPrefix | null } = { current: null };
  let lastAnalysis: Analysis | null = null;
  let lastLive: (SentenceResult | number)[] = [];
  let lastText = '';
  /** The live list (see `run`) of the previous text's sentences, and its length before each. */
  let prevLive: (SentenceResult | number)[] = [];
  const liveBefore: number[] = [0];

  /**
   * The last Analysis, carried over to `text`, when the only change is words typed at the end of
   * one sentence that find nothing new: the same findings at the same places, a sentence that is
   * still as short or as long for the fragment test, and no course-of-conduct evidence that is
   * the whole sentence. Only the occasions that ended there move their end. Else null.
   */
  const carryOver = (text: string, live: readonly (SentenceResult | number)[]): Analysis | null => {
    const prev = lastAnalysis;
    if (prev === null || live.length !== lastLive.length) return null;
    let changed = -1;
    for (let i = 0; i < live.length; i += 2) {
      if (live[i + 1] !== lastLive[i + 1]) return null;
      if (live[i] === lastLive[i]) continue;
      if (changed >= 0) return null;
      changed = i;
    }
    if (changed < 0) return prev;
    const was = lastLive[changed] as SentenceResult;
    const now = live[changed] as SentenceResult;
    const start = live[changed + 1] as number;
    const oldEnd = start + was.length;
    const newEnd = start + now.length;
    if (
      now.length < was.length ||
      text.slice(start, oldEnd) !== lastText.slice(start, oldEnd) ||
      wordCount(text, start, newEnd) <= 8 !== wordCount(lastText, start, oldEnd) <= 8 ||
      !sameFindings(was, now) ||
      prev.stalking.courseBasis.some((b) =>
        b.evidence.some((e) => e.start === start && e.end === oldEnd),
      )
    )
      return null;
    return {
      ...prev,
      chronology: prev.chronology.map((o) => (o.end === oldEnd ? { ...o, end: newEnd } : o)),
    };
  };

  const resultFor = (text: string, span: SentenceSpan): SentenceResult => {
    const key = text.slice(span.start, span.end);
    let r = cache.get(key);
    if (r === undefined) {
      r = analyseSentence(compiled, text, span.start, span.end);
      cache.set(key, r);
      stats.fresh++;
    } else stats.cached++;
    return r;
  };

  const run = (input: string, trace?: RuleTrace[]): Analysis => {
    const text = typeof input === 'string' ? input : '';
    // Common prefix with the previous text: sentences wholly before it are unchanged.
    const p = commonPrefix(text, prevText);
    let keep = 0;
    while (keep < prevSpans.length && (prevSpans[keep] as SentenceSpan).end < p) keep++;
    // Step back two: a boundary depends on a few characters after it (space, capital).
    keep = Math.max(0, keep - 2);
    if (p === text.length && p === prevText.length) keep = prevSpans.length;
    const spans = prevSpans.slice(0, keep);
    const results = prevResults.slice(0, keep);
    stats.cached += keep;
    // Splitting resumes where the last kept sentence ended; the splitter keeps no state across it.
    const from = keep > 0 ? (prevSpans[keep - 1] as SentenceSpan).end : 0;
    if (!(p === text.length && p === prevText.length)) {
      for (const span of splitSentences(text, from)) {
        spans.push(span);
        results.push(resultFor(text, span));
      }
    }
    prevText = text;
    prevSpans = spans;
    prevResults = results;
    if (cache.size > spans.length + CACHE_SLACK) {
      const next = new Map<string, SentenceResult>();
      spans.forEach((s, i) => next.set(text.slice(s.start, s.end), results[i] as SentenceResult));
      cache = next;
    }
    // Sentences with nothing in them (no match, no date, no vote) cannot change the Analysis. If
    // the others are the same results at the same places as last time, so is the Analysis: the
    // common case while typing ordinary words.
    // The kept sentences' part of the list is as it was: only the re-split ones are looked at.
    const live = prevLive.slice(0, liveBefore[keep] ?? 0);
    liveBefore.length = keep + 1;
    for (let i = keep; i < spans.length; i++) {
      const r = results[i] as SentenceResult;
      if (!isInert(r)) live.push(r, (spans[i] as SentenceSpan).start);
      liveBefore[i + 1] = live.length;
    }
    prevLive = live;
    if (trace === undefined && lastAnalysis !== null) {
      if (sameList(live, lastLive)) return lastAnalysis;
      const carried = carryOver(text, live);
      if (carried !== null) {
        lastAnalysis = carried;
        lastLive = live;
        lastText = text;
        return carried;
      }
    }
    const starts = new Uint32Array(spans.length);
    for (let i = 0; i < spans.length; i++) starts[i] = (spans[i] as SentenceSpan).start;
    const analysis = aggregate(text, starts, results, compiled, trace, resolutions, prefix);
    if (trace === undefined) {
      lastAnalysis = analysis;
      lastLive = live;
      lastText = text;
    }
    return analysis;
  };

  const explain = (text: string): RuleTrace[] => {
    const trace: RuleTrace[] = [];
    run(text, trace);
    return trace;
  };

  /**
   * A text too long to warm in one slice, and how far its sentences are resolved ahead under the
   * reading of the whole text: its last analysis then only gathers.
   */
  let ahead: {
    text: string;
    reading: Reading | null;
    starts: Uint32Array;
    results: SentenceResult[];
    next: number;
  } | null = null;

  const warm = (input: string, budgetMs: number): boolean => {
    const text = typeof input === 'string' ? input : '';
    const deadline = Date.now() + budgetMs;
    // The spans are kept only for a text an earlier call could not finish (not while typing).
    const spans: SentenceSpan[] | null = ahead?.text === text ? [] : null;
    for (const span of splitSentences(text, 0)) {
      spans?.push(span);
      if (cache.has(text.slice(span.start, span.end))) continue;
      if (Date.now() >= deadline) {
        if (ahead?.text !== text) ahead = null;
        ahead ??= { text, reading: null, starts: new Uint32Array(0), results: [], next: 0 };
        return false;
      }
      resultFor(text, span);
    }
    // Typing fits in one slice: only a text that needed several goes on to be resolved ahead.
    if (ahead?.text !== text || spans === null) {
      ahead = null;
      return true;
    }
    if (ahead.reading === null) {
      ahead.starts = Uint32Array.from(spans, (s) => s.start);
      ahead.results = spans.map((s) => cache.get(text.slice(s.start, s.end)) ?? resultFor(text, s));
      ahead.reading = readingOf(text, ahead.starts, ahead.results, compiled, resolutions);
    }
    const from = ahead.next;
    ahead.next = resolveAhead(
      ahead.reading,
      ahead.starts,
      ahead.results,
      resolutions,
      from,
      deadline,
    );
    stats.ahead += ahead.next - from;
    if (ahead.next < ahead.results.length) return false;
    ahead = null;
    return true;
  };

  return { pack: compiled.label, analyse: (text: string) => run(text), stats, explain, warm };
}
