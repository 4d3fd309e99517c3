import { publicCaseText } from './bench.ts';
import { compilePack } from '../src/core/compile.ts';
import { analyserFor } from '../src/core/analyser.ts';
import { defaultPack } from '../src/core/index.ts';
const text = publicCaseText(100 * 1024);
const c = compilePack(defaultPack);
for (let i = 0; i < 30; i++) analyserFor(c).analyse(text);
