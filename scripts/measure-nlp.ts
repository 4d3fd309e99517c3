/**
 * `npx tsx scripts/measure-nlp.ts`: the hand-written sentence splitter and temporal reader
 * (src/core/segment.ts, src/core/temporal.ts) against chrono-node and wink-nlp, on the labelled
 * gold set in tests/nlp-gold, in one process:
 *
 * 1. Precision, recall and F1 per task: sentence boundaries; explicit dates (span, and span with
 *    the stated day/month/year); all date references including relative ones; periods.
 * 2. Speed: median ms over repeated runs on the gold inputs and on a ~100 KB text made by
 *    repeating them.
 * 3. Bundle size: each candidate bundled as the content script would bundle it, minified and
 *    gzipped; wink's model load time; a worker_threads round trip of a 5 KB string, the cheapest
 *    possible cost of moving the work off the content script.
 *
 * The scoring functions are exported so scripts/measure-nlp.test.ts can check the arithmetic;
 * the libraries are imported lazily inside main() so the test never loads them.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import zlib from 'node:zlib';
import type * as Chrono from 'chrono-node';
import type { SentenceSpan } from '../src/core/segment';
import { score, type Counts, type Scores } from './lib/metrics';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Gold data and scoring (pure; tested)
// ---------------------------------------------------------------------------------------------

export interface Span {
  start: number;
  end: number;
}

/** A gold mention. `optional` ones (the two ends of a range) neither reward nor penalise. */
export interface GoldSpan extends Span {
  text?: string;
  optional?: boolean;
}

/** A date with the parts the text states; null where it does not state them. */
export interface DateValue {
  day: number | null;
  month: number | null;
  year: number | null;
}

export type GoldDate = GoldSpan & DateValue;

export interface SentenceGold {
  id: string;
  register: string;
  text: string;
  sentences: [number, number][];
}

export interface TemporalGold {
  id: string;
  register: string;
  text: string;
  dates: GoldDate[];
  relative: GoldSpan[];
  periods: GoldSpan[];
}

/**
 * Internal boundaries of a split: the start offset of every sentence but the first. Comparing
 * starts (not ends) makes trailing white space and where a system puts a closing quote irrelevant
 * unless it changes where the next sentence begins.
 */
export function boundaries(spans: readonly Span[]): number[] {
  return spans.slice(1).map((s) => s.start);
}

/** Counts for two sets of boundary offsets. */
export function scoreBoundaries(gold: readonly number[], pred: readonly number[]): Counts {
  const g = new Set(gold);
  const p = new Set(pred);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Match predicted mentions to gold mentions one to one, a pair being any overlap (systems differ
 * on whether "on", "approx." or "since" belong to the span, which is not what is being judged).
 * A prediction overlapping an optional gold mention is ignored; `same` can demand more of a pair
 * (the same date values), and a prediction that overlaps only gold it does not satisfy counts as
 * a false positive.
 */
export function matchSpans<G extends GoldSpan, P extends Span>(
  gold: readonly G[],
  pred: readonly P[],
  same: (g: G, p: P) => boolean = () => true,
): Counts {
  const used = new Array<boolean>(gold.length).fill(false);
  let tp = 0;
  let fp = 0;
  for (const p of pred) {
    const i = gold.findIndex((g, k) => !used[k] && !g.optional && overlaps(g, p) && same(g, p));
    if (i >= 0) {
      used[i] = true;
      tp++;
    } else if (!gold.some((g) => g.optional && overlaps(g, p))) fp++;
  }
  const fn = gold.filter((g, k) => !g.optional && !used[k]).length;
  return { tp, fp, fn };
}

/** Stated parts must agree; a part the gold leaves unstated must not be claimed either. */
export function sameDate(g: DateValue, p: DateValue): boolean {
  return g.day === p.day && g.month === p.month && g.year === p.year;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

// ---------------------------------------------------------------------------------------------
// Adapters: every system's output as spans in the input text
// ---------------------------------------------------------------------------------------------

/** What a temporal system found in one sentence. */
export interface TemporalOut {
  dates: (Span & DateValue)[];
  relative: Span[];
  periods: Span[];
}

/** The part of readTemporal's result scored here (the bundle is imported untyped). */
interface HandFacts {
  times: (Span & DateValue & { key: string })[];
  periods: Span[];
}

interface HandModules {
  splitSentences: (text: string) => SentenceSpan[];
  readTemporal: (
    lower: string,
    toOriginal: (s: number, e: number) => [number, number],
    original: string,
  ) => HandFacts;
}

function handTemporal(h: HandModules, text: string): TemporalOut {
  // The gold is plain ASCII, so the engine's normalise() is the identity and so is the offset map.
  const f = h.readTemporal(text.toLowerCase(), (s, e) => [s, e], text);
  const out: TemporalOut = { dates: [], relative: [], periods: [] };
  for (const t of f.times) {
    // Keys: d: a calendar date, w: a weekday, r: a relative day, t: a clock time (not scored).
    if (t.key.startsWith('d:')) out.dates.push(t);
    else if (t.key.startsWith('w:') || t.key.startsWith('r:')) out.relative.push(t);
  }
  out.periods.push(...f.periods);
  return out;
}

/** Reference date for chrono: fixed so runs are comparable (it only fills implied parts). */
const REF = new Date(2026, 2, 31, 12);

function chronoTemporal(chrono: typeof Chrono, text: string): TemporalOut {
  const out: TemporalOut = { dates: [], relative: [], periods: [] };
  for (const r of chrono.en.GB.parse(text, REF)) {
    const span = { start: r.index, end: r.index + r.text.length };
    const tags = r.tags();
    const relative =
      tags.has('result/relativeDate') ||
      [...tags].some((t) => t.startsWith('casualReference') || t.includes('Casual'));
    // chrono's only notion of a period: a range ("5 to 19 January") or "for three months",
    // which it returns as a date three months ahead.
    if (r.end || /^for\b/i.test(r.text)) out.periods.push(span);
    else if (relative || (r.start.isCertain('weekday') && !r.start.isCertain('day')))
      out.relative.push(span);
    else if (r.start.isCertain('day') || r.start.isCertain('month') || r.start.isCertain('year'))
      out.dates.push({
        ...span,
        day: r.start.isCertain('day') ? (r.start.get('day') ?? null) : null,
        month: r.start.isCertain('month') ? (r.start.get('month') ?? null) : null,
        year: r.start.isCertain('year') ? (r.start.get('year') ?? null) : null,
      });
    // Otherwise a bare clock time: not scored.
  }
  return out;
}

interface WinkDoc {
  tokens(): { out(f?: unknown): unknown[] };
  sentences(): { out(f?: unknown): unknown[] };
  entities(): { out(f?: unknown): unknown[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

/** Character offsets of wink's tokens (wink reports token indices only). */
function winkTokenOffsets(text: string, doc: WinkDoc, its: Wink['its']): Span[] {
  const values = doc.tokens().out() as string[];
  const spans: Span[] = [];
  let at = 0;
  for (const v of values) {
    const i = text.indexOf(v, at);
    const start = i >= 0 ? i : at;
    spans.push({ start, end: start + v.length });
    at = start + v.length;
  }
  void its;
  return spans;
}

function winkSentences(w: Wink, text: string): Span[] {
  const doc = w.readDoc(text);
  const tok = winkTokenOffsets(text, doc, w.its);
  return (doc.sentences().out(w.its.span) as [number, number][]).map(([a, b]) => {
    // wink can open a sentence with the line break before it; the gold and segment.ts trim it.
    let start = (tok[a] as Span).start;
    while (/\s/.test(text[start] ?? '')) start++;
    return { start, end: (tok[b] as Span).end };
  });
}

// A DATE entity that names a calendar date; wink gives no values, so this is decided on the text.
const EXPLICIT_DATE =
  /\d{1,2}[/.-]\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b|\d(?:st|nd|rd|th)\b/i;

function winkTemporal(w: Wink, text: string): TemporalOut {
  const doc = w.readDoc(text);
  const tok = winkTokenOffsets(text, doc, w.its);
  const out: TemporalOut = { dates: [], relative: [], periods: [] };
  const types = doc.entities().out(w.its.type) as string[];
  const spans = doc.entities().out(w.its.span) as [number, number][];
  spans.forEach(([a, b], i) => {
    const span = { start: (tok[a] as Span).start, end: (tok[b] as Span).end };
    const type = types[i];
    if (type === 'DURATION') out.periods.push(span);
    else if (type === 'DATE') {
      if (EXPLICIT_DATE.test(text.slice(span.start, span.end)))
        out.dates.push({ ...span, day: null, month: null, year: null });
      else out.relative.push(span);
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Measurement
// ---------------------------------------------------------------------------------------------

/** Median wall time in ms of `fn` over `runs` runs, after `warm` unmeasured runs. */
function timeIt(fn: () => void, runs: number, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

/** Bundle `entry` (TS source resolved from the repo root) as the content script would. */
async function bundle(
  entry: string,
  minify = true,
): Promise<{ raw: number; gz: number; js: string }> {
  const { build } = await import('esbuild');
  const r = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  const js = (r.outputFiles[0] as { text: string }).text;
  const buf = Buffer.from(js);
  // Level 9, as scripts/bench-browser.ts measures the content script against its budget.
  return { raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length, js };
}

/** Median and p95 ms of a postMessage round trip of `payload` to a worker_threads echo worker. */
async function workerRoundTrip(payload: string, runs: number): Promise<[number, number, number]> {
  const t0 = performance.now();
  const w = new Worker(
    "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (m) => parentPort.postMessage(m));",
    { eval: true },
  );
  const once = (): Promise<void> =>
    new Promise((resolve) => {
      w.once('message', () => resolve());
      w.postMessage(payload);
    });
  await once();
  const startup = performance.now() - t0;
  for (let i = 0; i < 50; i++) await once();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    await once();
    t.push(performance.now() - a);
  }
  await w.terminate();
  t.sort((a, b) => a - b);
  return [median(t), t[Math.floor(t.length * 0.95)] as number, startup];
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const ms = (x: number): string => (x < 10 ? x.toFixed(3) : x.toFixed(1));
const kb = (b: number): string => (b / 1024).toFixed(1);

function table(rows: string[][]): string {
  const w = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r, i) => {
      const line = r
        .map((cell, c) => cell.padEnd(w[c] as number))
        .join('  ')
        .trimEnd();
      return i === 0 ? `${line}\n${w.map((n) => '-'.repeat(n)).join('  ')}` : line;
    })
    .join('\n');
}

async function main(): Promise<void> {
  const details = process.argv.includes('--details');
  const chrono = await import('chrono-node');
  // wink's load time is measured while it is cold; chrono has no model to load.
  let t0 = performance.now();
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const winkImport = performance.now() - t0;
  t0 = performance.now();
  const wink = winkNLP(model) as unknown as Wink;
  const winkInit = performance.now() - t0;

  // The hand-written modules run as an esbuild bundle, as the extension ships them: through tsx
  // every closure carries a helper call that would slow them down unfairly.
  const handEntry = [
    "export { splitSentences, tokenise } from './src/core/segment';",
    "import { compileTemporal, readTemporal as read } from './src/core/temporal';",
    "import { TEMPORAL_SOURCES } from './src/core/temporal-sources';",
    'const patterns = compileTemporal(TEMPORAL_SOURCES);',
    'export const readTemporal = (l, m, o) => read(l, m, o, patterns);',
  ].join('\n');
  const handBuilt = await bundle(handEntry, false);
  const hand = (await import(
    `data:text/javascript;base64,${Buffer.from(handBuilt.js).toString('base64')}`
  )) as HandModules;

  const sentGold = readJsonl<SentenceGold>('tests/nlp-gold/sentences.jsonl');
  const tempGold = readJsonl<TemporalGold>('tests/nlp-gold/temporal.jsonl');

  // --- accuracy ---
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const sent = { hand: zero(), wink: zero() };
  for (const g of sentGold) {
    const gold = boundaries(g.sentences.map(([start, end]) => ({ start, end })));
    if (details)
      for (const [name, pred] of [
        ['hand-written', boundaries(hand.splitSentences(g.text))],
        ['wink-nlp', boundaries(winkSentences(wink, g.text))],
      ] as const) {
        const c = scoreBoundaries(gold, pred);
        if (c.fp + c.fn > 0)
          console.log(`${name} ${g.id} gold ${gold.join(',')} got ${pred.join(',')}: ${g.text}`);
      }
    sent.hand = addCounts(
      sent.hand,
      scoreBoundaries(gold, boundaries(hand.splitSentences(g.text))),
    );
    sent.wink = addCounts(
      sent.wink,
      scoreBoundaries(gold, boundaries(winkSentences(wink, g.text))),
    );
  }

  const systems: [string, (t: string) => TemporalOut][] = [
    ['hand-written', (t) => handTemporal(hand, t)],
    ['chrono-node', (t) => chronoTemporal(chrono, t)],
    ['wink-nlp', (t) => winkTemporal(wink, t)],
  ];
  const temporal = systems.map(([name, run]) => {
    let dates = zero();
    let values = zero();
    let all = zero();
    let periods = zero();
    for (const g of tempGold) {
      const o = run(g.text);
      dates = addCounts(dates, matchSpans(g.dates, o.dates));
      values = addCounts(values, matchSpans(g.dates, o.dates, sameDate));
      all = addCounts(
        all,
        matchSpans<GoldSpan, Span>([...g.dates, ...g.relative], [...o.dates, ...o.relative]),
      );
      periods = addCounts(periods, matchSpans(g.periods, o.periods));
      // `--details`: every sentence a system got wrong, to check the gold as well as the systems.
      if (details) {
        const show = (xs: readonly Span[]): string =>
          xs.map((x) => JSON.stringify(g.text.slice(x.start, x.end))).join(' ');
        const d = matchSpans(g.dates, o.dates, sameDate);
        const p = matchSpans(g.periods, o.periods);
        if (d.fp + d.fn + p.fp + p.fn > 0)
          console.log(
            `${name} ${g.id} ${JSON.stringify(g.text)}\n  dates ${show(o.dates)} | gold ${show(g.dates)}\n  periods ${show(o.periods)} | gold ${show(g.periods)}`,
          );
      }
    }
    return { name, dates, values: name === 'wink-nlp' ? null : values, all, periods };
  });

  // --- speed ---
  const sentTexts = sentGold.map((g) => g.text);
  const tempTexts = tempGold.map((g) => g.text);
  let big = '';
  while (big.length < 100_000) big += [...sentTexts, ...tempTexts].join('\n') + '\n';
  const bigSentences = hand.splitSentences(big).map((s) => big.slice(s.start, s.end));
  const R = 30;
  const speed = {
    sentGold: {
      hand: timeIt(() => sentTexts.forEach((t) => hand.splitSentences(t)), R),
      wink: timeIt(() => sentTexts.forEach((t) => winkSentences(wink, t)), R),
    },
    sentBig: {
      hand: timeIt(() => hand.splitSentences(big), 10),
      wink: timeIt(() => winkSentences(wink, big), 5, 1),
    },
    tempGold: systems.map(([, run]) => timeIt(() => tempTexts.forEach(run), R)),
    // Per sentence, as the engine reads temporal facts (wink reads the whole document at once).
    tempBig: [
      timeIt(() => bigSentences.forEach((t) => handTemporal(hand, t)), 10),
      timeIt(() => bigSentences.forEach((t) => chronoTemporal(chrono, t)), 5, 1),
      timeIt(() => winkTemporal(wink, big), 5, 1),
    ],
  };

  // --- size ---
  const sizes: [string, { raw: number; gz: number }][] = [
    ['hand-written (segment.ts + temporal.ts)', await bundle(handEntry)],
    [
      'chrono-node (en.GB.parse)',
      await bundle(
        "import { en } from 'chrono-node'; export const r = en.GB.parse('2/1', new Date());",
      ),
    ],
    [
      'chrono-node/en only',
      await bundle(
        "import * as en from 'chrono-node/en'; export const r = en.GB.parse('2/1', new Date());",
      ),
    ],
    [
      'wink-nlp + wink-eng-lite-web-model',
      await bundle(
        "import winkNLP from 'wink-nlp'; import model from 'wink-eng-lite-web-model'; const nlp = winkNLP(model); export const s = nlp.readDoc('A. B.').sentences().out();",
      ),
    ],
  ];

  const payload = 'x'.repeat(5 * 1024);
  const [rtMedian, rtP95, workerStart] = await workerRoundTrip(payload, 500);

  // --- report ---
  const f = (s: Scores): string[] => [pct(s.precision), pct(s.recall), pct(s.f1)];
  const rows: string[][] = [['task', 'system', 'P %', 'R %', 'F1 %', 'tp/fp/fn']];
  const c = (x: Counts): string => `${x.tp}/${x.fp}/${x.fn}`;
  rows.push(['sentence boundaries', 'hand-written', ...f(score(sent.hand)), c(sent.hand)]);
  rows.push(['sentence boundaries', 'wink-nlp', ...f(score(sent.wink)), c(sent.wink)]);
  for (const t of temporal)
    rows.push(['explicit dates (span)', t.name, ...f(score(t.dates)), c(t.dates)]);
  for (const t of temporal)
    if (t.values)
      rows.push(['explicit dates (span+d/m/y)', t.name, ...f(score(t.values)), c(t.values)]);
  for (const t of temporal)
    rows.push(['all date refs incl. relative', t.name, ...f(score(t.all)), c(t.all)]);
  for (const t of temporal) rows.push(['periods', t.name, ...f(score(t.periods)), c(t.periods)]);

  const names = systems.map(([n]) => n);
  const speedRows: string[][] = [['input', 'system', 'median ms']];
  speedRows.push([
    `sentences: ${sentTexts.length} gold texts`,
    'hand-written',
    ms(speed.sentGold.hand),
  ]);
  speedRows.push([
    `sentences: ${sentTexts.length} gold texts`,
    'wink-nlp',
    ms(speed.sentGold.wink),
  ]);
  speedRows.push([`sentences: ${kb(big.length)} KB text`, 'hand-written', ms(speed.sentBig.hand)]);
  speedRows.push([`sentences: ${kb(big.length)} KB text`, 'wink-nlp', ms(speed.sentBig.wink)]);
  names.forEach((n, i) =>
    speedRows.push([
      `temporal: ${tempTexts.length} gold sentences`,
      n,
      ms(speed.tempGold[i] as number),
    ]),
  );
  names.forEach((n, i) =>
    speedRows.push([`temporal: ${kb(big.length)} KB text`, n, ms(speed.tempBig[i] as number)]),
  );

  const sizeRows: string[][] = [['bundle (esbuild, minified, esm, browser)', 'raw KB', 'gzip KB']];
  for (const [n, s] of sizes) sizeRows.push([n, kb(s.raw), kb(s.gz)]);

  const cpus = os.cpus();
  console.log(
    `measure-nlp ${new Date().toISOString()} | node ${process.version} | ${cpus.length} cores ${cpus[0]?.model ?? ''}`,
  );
  console.log(
    `gold: ${sentGold.length} texts / ${sentGold.reduce((n, g) => n + g.sentences.length - 1, 0)} boundaries; ` +
      `${tempGold.length} sentences / ${tempGold.reduce((n, g) => n + g.dates.filter((d) => !d.optional).length, 0)} dates, ` +
      `${tempGold.reduce((n, g) => n + g.relative.length, 0)} relative, ${tempGold.reduce((n, g) => n + g.periods.length, 0)} periods\n`,
  );
  console.log(table(rows) + '\n');
  console.log(table(speedRows) + '\n');
  console.log(table(sizeRows) + '\n');
  console.log(
    table([
      ['one-off cost', 'ms'],
      ['wink-nlp + model import', ms(winkImport)],
      ['wink-nlp model load (winkNLP(model))', ms(winkInit)],
      ['worker_threads start + first echo', ms(workerStart)],
      ['worker round trip 5 KB string, median', ms(rtMedian)],
      ['worker round trip 5 KB string, p95', ms(rtP95)],
    ]),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
