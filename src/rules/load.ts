/**
 * Load a rule pack from untrusted JSON (a file, managed policy, an options-page import): parse,
 * validate with zod, then check what a schema cannot (unique ids, patterns that compile, every
 * taxonomy behaviour covered). Errors are short sentences naming the rule at fault.
 */
import type { z } from 'zod';
import { compilePack, PackCompileError } from '../core/compile';
import { TEMPORAL_SOURCES } from '../core/temporal-sources';
import { BEHAVIOUR_IDS } from '../core/types';
import { issueRefusal } from '../i18n/issues';
import { refusal, refusalEnglish, type Refusal } from '../i18n/refusal';
import { rulePackSchema } from './schema';
import type { RulePack } from './types';

/**
 * A refused pack's `errors` are English lines (the CLI prints them, the background logs them).
 * Where they are the schema's issues, `refusals` gives the same problems as message ids, in the
 * same order, so a page words them in its own language.
 */
export type LoadResult =
  { ok: true; pack: RulePack } | { ok: false; errors: string[]; refusals?: Refusal[] };

/** zod issues as "rules[3].patterns: a pattern must not be empty" refusals. */
export function packIssueRefusals(error: z.ZodError, data?: unknown): Refusal[] {
  return error.issues.slice(0, 20).map((issue) => {
    const path = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    // Name the rule by its id where the path runs through one: easier to find than an index.
    let where: Refusal | string = path || refusal('issue.pack');
    const m = /^rules\[(\d+)\]/.exec(path);
    const rules = (data as { rules?: { id?: unknown }[] } | undefined)?.rules;
    if (m && Array.isArray(rules)) {
      const ruleId = rules[Number(m[1])]?.id;
      const rest = path.slice(m[0].length).replace(/^\./, '');
      if (typeof ruleId === 'string')
        where = rest
          ? refusal('issue.ruleAt', { rule: ruleId, path: rest })
          : refusal('issue.rule', { rule: ruleId });
    }
    return refusal('issue.at', { path: where, issue: issueRefusal(issue) });
  });
}

/** Turn zod issues into "rules[3].patterns: a pattern must not be empty" lines. */
export function formatIssues(error: z.ZodError, data?: unknown): string[] {
  return packIssueRefusals(error, data).map(refusalEnglish);
}

/** Checks beyond the schema; returns readable problems (empty when the pack is good). */
export function checkPack(pack: RulePack): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const r of pack.rules) {
    if (seen.has(r.id)) errors.push(`rule ${r.id}: id is used more than once`);
    seen.add(r.id);
  }
  for (const b of BEHAVIOUR_IDS) {
    if (!pack.behaviours[b]) errors.push(`behaviours.${b}: missing label, law and why`);
    if (!pack.rules.some((r) => r.kind === 'behaviour' && r.target === b))
      errors.push(`behaviour ${b}: no rule detects it`);
  }
  try {
    compilePack(pack);
  } catch (e) {
    errors.push(e instanceof PackCompileError ? e.message : `pack does not compile: ${String(e)}`);
  }
  return errors;
}

/**
 * Parse and validate a pack. Accepts a JSON string or an already parsed value. Never throws:
 * returns `{ ok: false, errors }` with one readable line per problem.
 */
export function loadPack(json: unknown): LoadResult {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
    }
  }
  const parsed = rulePackSchema.safeParse(data);
  if (!parsed.success) {
    const refusals = packIssueRefusals(parsed.error, data);
    return { ok: false, errors: refusals.map(refusalEnglish), refusals };
  }
  // The temporal reader's patterns ship in code (src/core/temporal-sources.ts), not in the JSON.
  const pack = { ...(parsed.data as RulePack), temporal: parsed.data.temporal ?? TEMPORAL_SOURCES };
  const errors = checkPack(pack);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}
