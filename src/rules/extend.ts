/**
 * A force's local terms, without editing code: a pack extension adds patterns to existing rules
 * (by rule id), new rules for existing behaviour/risk ids, lexicon words, shorthand and context
 * cues. The merged pack is validated like any other, so a bad extension is refused with reasons
 * and the base pack stays in use.
 */
import { refusal, refusalEnglish } from '../i18n/refusal';
import { packIssueRefusals, checkPack, type LoadResult } from './load';
import { packExtensionSchema } from './schema';
import type { PackExtension, Rule, RulePack } from './types';

/**
 * Merge `extension` (JSON string or parsed value) into `base`. A rule whose id already exists in
 * the base has its patterns, vetoes and examples appended (its kind and target must agree); other
 * rules are added. Lexicon classes are unioned. Returns the merged pack, or readable errors.
 * `base` is not modified.
 */
export function extendPack(base: RulePack, extension: unknown): LoadResult {
  let data: unknown = extension;
  if (typeof extension === 'string') {
    try {
      data = JSON.parse(extension);
    } catch (e) {
      return { ok: false, errors: [`extension is not valid JSON: ${(e as Error).message}`] };
    }
  }
  const parsed = packExtensionSchema.safeParse(data);
  if (!parsed.success) {
    const refusals = packIssueRefusals(parsed.error, data).map((issue) =>
      refusal('issue.extension', { issue }),
    );
    return { ok: false, errors: refusals.map(refusalEnglish), refusals };
  }
  const ext = parsed.data as PackExtension;
  if (ext.extends !== base.id)
    return {
      ok: false,
      errors: [`extension extends "${ext.extends}" but the pack is "${base.id}"`],
    };

  const errors: string[] = [];
  const lexicon: Record<string, string[]> = { ...base.lexicon };
  for (const [k, v] of Object.entries(ext.lexicon ?? {}))
    lexicon[k] = [...new Set([...(lexicon[k] ?? []), ...v])];
  const rules: Rule[] = base.rules.map((r) => ({ ...r, examples: { ...r.examples } }));
  for (const r of ext.rules ?? []) {
    const existing = rules.find((x) => x.id === r.id);
    if (!existing) {
      rules.push(r);
      continue;
    }
    if (existing.kind !== r.kind || existing.target !== r.target) {
      errors.push(
        `extension rule ${r.id}: kind/target must match the base rule (${existing.kind} ${existing.target})`,
      );
      continue;
    }
    existing.patterns = [...existing.patterns, ...r.patterns];
    if (r.unless) existing.unless = [...(existing.unless ?? []), ...r.unless];
    existing.examples = {
      positive: [...existing.examples.positive, ...r.examples.positive],
      negative: [...existing.examples.negative, ...r.examples.negative],
    };
  }
  if (errors.length > 0) return { ok: false, errors };
  const merged: RulePack = {
    ...base,
    id: base.id,
    version: `${base.version}+${ext.id}.${ext.version}`,
    lexicon,
    shorthand: [...base.shorthand, ...(ext.shorthand ?? [])],
    context: [...base.context, ...(ext.context ?? [])],
    rules,
  };
  const problems = checkPack(merged);
  return problems.length > 0
    ? { ok: false, errors: problems.map((p) => `extension: ${p}`) }
    : { ok: true, pack: merged };
}
