import { defaultPack } from '../core/index';
import { refusal, refusalEnglish, type Refusal } from '../i18n/refusal';
import { extendPack } from '../rules/extend';
import type { RulePack } from '../rules/types';

export interface RuntimePack {
  pack: RulePack;
  /** Why a force extension was refused (the default pack is used instead), one line each. */
  errors: string[];
  /** The same lines as message ids, for the options page to word. */
  refusals: Refusal[];
}

/**
 * The pack content scripts analyse with: the shipped pack, merged with the force's extension when
 * policy sets one and it validates. Example sentences are dropped because only tests read them.
 */
export function runtimePack(extension: string | null): RuntimePack {
  let pack = defaultPack;
  let refusals: Refusal[] = [];
  if (extension) {
    const merged = extendPack(defaultPack, extension);
    if (merged.ok) pack = merged.pack;
    else {
      refusals = merged.refusals.map((issue) =>
        refusal('issue.at', { path: 'rulePackExtension', issue }),
      );
    }
  }
  return {
    pack: {
      ...pack,
      rules: pack.rules.map((r) => ({ ...r, examples: { positive: [], negative: [] } })),
    },
    errors: refusals.map(refusalEnglish),
    refusals,
  };
}

let memo: { key: string | null; value: RuntimePack } | null = null;

/** `runtimePack`, computed once per distinct extension. */
export function cachedRuntimePack(extension: string | null): RuntimePack {
  if (!memo || memo.key !== extension) memo = { key: extension, value: runtimePack(extension) };
  return memo.value;
}
