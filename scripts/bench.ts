/**
 * `npm run bench [-- --smoke]`: how fast is analyse()?
 *
 * 1. On public-case text (real cases re-told, every register) and on generated narratives of
 *    1 KB, 10 KB and 100 KB: the median time of a cold analyse()
 *    (fresh cache, compiled pack) and, in the same run, of one bare tokenising regex pass over
 *    the same text (the floor), printed as a ratio. Targets on public-case text: within 10x the floor at
 *    100 KB, 15x at 1 KB.
 * 2. Re-analysis after one character typed at the end of a 5,000-word narrative: p50 and p95.
 *    Target: p95 under 1 ms.
 * 3. Heap used by a compiled analyser. Target: under 5 MB.
 * `--smoke` runs few iterations (< 20 s) and still prints every figure, for CI.
 *
 * The engine is timed as a bundle of src/core built with esbuild (already installed: tsx and Vite
 * use it) and loaded into this process, as the extension ships it: code run straight through tsx
 * carries a helper call (`__name`) at every closure it creates. The floor runs in the same process
 * on the same text, interleaved with analyse(). `--source` times src/core through tsx instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import type * as Esbuild from 'esbuild';
import type { Analyser } from '../src/core/analyser';
import type { CompiledPack } from '../src/core/compile';
import type { RulePack } from '../src/rules/types';
import { generateNarrative } from './lib/generate';

const smoke = process.argv.includes('--smoke');
// `npm run bench` runs without --expose-gc; V8 lets a script enable it for itself.
function findGc(): (() => void) | undefined {
  const own = (globalThis as { gc?: () => void }).gc;
  if (own) return own;
  try {
    v8.setFlagsFromString('--expose_gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
const gc = findGc();

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

/**
 * The floor: one pass of a tokenising regex over the text (words with inner apostrophes and
 * hyphens, numbers, and every other non-space character as a token of its own), consuming every
 * match. Returns the number of tokens so the work cannot be optimised away.
 */
export const FLOOR_RE = /\p{L}[\p{L}\p{N}'’-]*|\p{N}+|[^\s\p{L}\p{N}]/gu;
export function bareTokenPass(text: string): number {
  const re = FLOOR_RE;
  re.lastIndex = 0;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) n += m[0].length > 0 ? 1 : 0;
  return n;
}

interface Engine {
  analyserFor: (compiled: CompiledPack) => Analyser;
  createAnalyser: (pack: RulePack) => Analyser;
  compilePack: (pack: RulePack) => CompiledPack;
  defaultPack: RulePack;
  label: string;
}

/** src/core bundled with esbuild (not minified, no keepNames), or straight from source. */
async function loadEngine(): Promise<Engine> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const fromSource = async (why: string): Promise<Engine> => {
    const a = await import('../src/core/analyser');
    const c = await import('../src/core/compile');
    const i = await import('../src/core/index');
    return {
      analyserFor: a.analyserFor,
      createAnalyser: a.createAnalyser,
      compilePack: c.compilePack,
      defaultPack: i.defaultPack,
      label: `src/core through tsx (${why})`,
    };
  };
  if (process.argv.includes('--source')) return fromSource('--source');
  let esbuild: typeof Esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return fromSource('esbuild not installed');
  }
  const out = path.join(os.tmpdir(), `waymark-bench-${process.pid}-${Date.now()}.mjs`);
  await esbuild.build({
    stdin: {
      contents: [
        "export { analyserFor, createAnalyser } from './src/core/analyser';",
        "export { compilePack } from './src/core/compile';",
        "export { defaultPack } from './src/core/index';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: out,
    logLevel: 'warning',
  });
  try {
    const m = (await import(pathToFileURL(out).href)) as Omit<Engine, 'label'>;
    return { ...m, label: `src/core bundled with esbuild ${esbuild.version}` };
  } finally {
    fs.rmSync(out, { force: true });
  }
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * About `bytes` of real-case narrative text: the public-case corpus (tests/corpus/public, every
 * split; only the text is used here) joined in id order and cut at a paragraph break, so the
 * engine is timed on text people wrote about real cases, in every register.
 */
export function publicCaseText(bytes: number): string {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.join(root, 'tests', 'corpus', 'public');
  const texts: { id: string; text: string }[] = [];
  for (const split of ['dev', 'holdout', 'unseen']) {
    const d = path.join(dir, split);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort())
      for (const line of fs.readFileSync(path.join(d, f), 'utf8').split('\n'))
        if (line.trim()) texts.push(JSON.parse(line) as { id: string; text: string });
  }
  texts.sort((a, b) => a.id.localeCompare(b.id));
  if (texts.length === 0) return '';
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += `${texts[i % texts.length]?.text ?? ''}\n\n`;
  const cut = out.lastIndexOf('\n\n', bytes);
  return out.slice(0, cut > bytes / 2 ? cut : bytes);
}

function sizes({ analyserFor, compilePack, defaultPack }: Engine): void {
  console.log('analyse() vs a bare tokenising regex pass (median, cold cache, compiled pack)');
  console.log(
    `  floor: /${FLOOR_RE.source}/${FLOOR_RE.flags} over the same text, every match consumed`,
  );
  console.log(
    `  ${'size'.padEnd(8)} ${'analyse ms'.padStart(11)} ${'floor ms'.padStart(10)} ${'ratio'.padStart(7)}`,
  );
  const inputs = [1, 10, 100].flatMap((kb) => [
    { kb, kind: 'public cases', text: publicCaseText(kb * 1024) },
    { kb, kind: 'generated', text: generateNarrative(kb * 1024, kb) },
  ]);
  for (const { kb, kind, text } of inputs) {
    if (text === '') continue;
    const runs = smoke ? (kb === 100 ? 5 : 15) : kb === 1 ? 500 : kb === 10 ? 200 : 40;
    const warm = smoke ? 3 : kb === 1 ? 300 : kb === 10 ? 60 : 8;
    const a: number[] = [];
    const f: number[] = [];
    const compiled = compilePack(defaultPack);
    // Warm up the JIT on this size (both sides, not measured) before measuring.
    for (let i = 0; i < warm; i++) {
      analyserFor(compiled).analyse(text);
      bareTokenPass(text);
    }
    for (let i = 0; i < runs; i++) {
      // A fresh analyser per run over an already compiled pack: no sentence is cached.
      const analyser = analyserFor(compiled);
      a.push(time(() => analyser.analyse(text)));
      f.push(time(() => bareTokenPass(text)));
    }
    const am = quantile(a, 0.5);
    const fm = quantile(f, 0.5);
    console.log(
      `  ${`${kb} KB`.padEnd(8)} ${am.toFixed(3).padStart(11)} ${fm.toFixed(3).padStart(10)} ${(am / fm).toFixed(1).padStart(6)}x  ${kind}`,
    );
  }
}

function typing({ createAnalyser, defaultPack }: Engine): void {
  const words = 5000;
  let text = generateNarrative(words * 6.2, 7);
  while (text.split(/\s+/).length < words) text += ' ' + generateNarrative(2000, text.length);
  const analyser = createAnalyser(defaultPack);
  analyser.analyse(text);
  const runs = smoke ? 1000 : 3000;
  const ts: number[] = [];
  // What an officer types next, one character at a time: sentences with and without indicators.
  const typed =
    ' On 12 May he was seen outside her house again and sent her 14 messages. She has not replied.' +
    ' The officer updated the log and advised her to keep a diary. He texted her sister on Friday.';
  // Warm up (JIT, caches) on keystrokes that are not measured, then start from a clean heap.
  for (let i = 0; i < 600; i++) {
    text += typed[i % typed.length];
    analyser.analyse(text);
  }
  gc?.();
  for (let i = 0; i < runs; i++) {
    text += typed[i % typed.length];
    ts.push(time(() => analyser.analyse(text)));
  }
  console.log('');
  console.log(
    `re-analysis after one character typed at the end of a ${text.split(/\s+/).length}-word narrative (${runs} keystrokes)`,
  );
  console.log(
    `  p50 ${quantile(ts, 0.5).toFixed(3)} ms   p95 ${quantile(ts, 0.95).toFixed(3)} ms   max ${Math.max(...ts).toFixed(3)} ms   (target p95 < 1 ms)`,
  );
}

function heap({ createAnalyser, defaultPack }: Engine): void {
  console.log('');
  if (!gc) {
    console.log('heap of a compiled analyser: unavailable (this runtime does not allow gc())');
    return;
  }
  const keep: unknown[] = [];
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 10; i++) keep.push(createAnalyser(defaultPack));
  gc();
  const after = process.memoryUsage().heapUsed;
  const each = (after - before) / keep.length;
  console.log(
    `heap of a compiled analyser: ${(each / 1024 / 1024).toFixed(2)} MB each (mean of ${keep.length}; target < 5 MB)`,
  );
}

async function main(): Promise<void> {
  const engine = await loadEngine();
  console.log(`engine: ${engine.label}; node ${process.version}`);
  sizes(engine);
  typing(engine);
  heap(engine);
}

// Run only as a script, not when a test imports bareTokenPass.
if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
)
  await main();
