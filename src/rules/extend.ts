/**
 * A force's local terms, without editing code: a pack extension adds patterns to existing rules
 * (by rule id), new rules for existing behaviour/risk ids, lexicon words, shorthand and context
 * cues. The merged pack is validated like any other, so a bad extension is refused with reasons
 * and the base pack stays in use.
 */
import { refusal, type Refusal } from '../i18n/refusal';
import {
  checkPackRefusals,
  notJsonRefusal,
  packIssueRefusals,
  refused,
  type LoadResult,
} from './load';
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
      return refused([notJsonRefusal(e, 'issue.extension.notJson')]);
    }
  }
  const parsed = packExtensionSchema.safeParse(data);
  if (!parsed.success)
    return refused(
      packIssueRefusals(parsed.error, data).map((issue) => refusal('issue.extension', { issue })),
    );
  const ext = parsed.data as PackExtension;
  if (ext.extends !== base.id)
    return refused([refusal('issue.extension.base', { extends: ext.extends, pack: base.id })]);

  const problems: Refusal[] = [];
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
      problems.push(
        refusal('issue.extension.rule', {
          rule: r.id,
          kind: existing.kind,
          target: existing.target,
        }),
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
  if (problems.length > 0) return refused(problems);
  const merged: RulePack = {
    ...base,
    id: base.id,
    version: `${base.version}+${ext.id}.${ext.version}`,
    lexicon,
    shorthand: [...base.shorthand, ...(ext.shorthand ?? [])],
    context: [...base.context, ...(ext.context ?? [])],
    rules,
  };
  const mergedProblems = checkPackRefusals(merged);
  return mergedProblems.length > 0
    ? refused(mergedProblems.map((issue) => refusal('issue.extension.merged', { issue })))
    : { ok: true, pack: merged };
}
