import { publicCaseText } from './bench.ts';
import { PatternIndex } from '../src/core/match.ts';
import { createAnalyser } from '../src/core/analyser.ts';
import { defaultPack } from '../src/core/index.ts';
const text = publicCaseText(100 * 1024);
const counts = new Map<unknown, number>();
const proto = PatternIndex.prototype as any;
const orig = proto.visit;
proto.visit = function (slots: unknown, ...rest: unknown[]) { counts.set(slots, (counts.get(slots) ?? 0) + 1); return orig.call(this, slots, ...rest); };
const an = createAnalyser(defaultPack) as any;
an.analyse(text);
// map slots arrays back to pattern source: find the PatternIndex instance
let idx: any = null;
const seen = new Set();
(function find(o: any, d: number) { if (!o || typeof o !== 'object' || d > 4 || seen.has(o)) return; seen.add(o); if (o instanceof PatternIndex) { idx = o; return; } for (const k of Object.keys(o)) find(o[k], d + 1); })(an, 0);
const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log('total visits', total, 'idx found', !!idx);
const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
for (const [slots, n] of top) {
  const id = idx ? idx.patterns.indexOf(slots) : -1;
  console.log(n, id);
}
(globalThis as any).__top = top.map(([s]) => idx?.patterns.indexOf(s));
console.log(JSON.stringify((globalThis as any).__top));
