/**
 * Waymark's analysis engine. Pure: text in, findings out; no DOM, no browser APIs, no I/O, no
 * runtime zod (packs are validated where they enter: tests, CLI, extension background).
 */
import corePack from '../rules/packs/core.json' with { type: 'json' };
import type { RulePack } from '../rules/types';
import { createAnalyser, type Analyser } from './analyser';
import type { Analysis } from './types';

export * from './types';
export type { Analyser } from './analyser';
export type { RuleTrace } from './aggregate';
export type { RulePack, Rule, ContextRule, PackExtension } from '../rules/types';
export { createAnalyser } from './analyser';
import { TEMPORAL_SOURCES } from './temporal-sources';

/** The default rule pack shipped with Waymark (validated by the tests in src/rules). */
export const defaultPack: RulePack = {
  ...(corePack as unknown as RulePack),
  temporal: TEMPORAL_SOURCES,
};

const analysers = new WeakMap<RulePack, Analyser>();

/**
 * Analyse a narrative with `pack` (default: the core pack). Offsets in the result index `text`
 * (UTF-16). Never throws for any string; repeated calls with the same pack reuse a compiled
 * analyser and its per-sentence cache.
 */
export function analyse(text: string, pack: RulePack = defaultPack): Analysis {
  let a = analysers.get(pack);
  if (!a) {
    a = createAnalyser(pack);
    analysers.set(pack, a);
  }
  return a.analyse(text);
}
