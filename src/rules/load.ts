/**
 * Load a rule pack from untrusted JSON (a file, managed policy, an options-page import): parse,
 * validate with zod, then check what a schema cannot (unique ids, patterns that compile, every
 * taxonomy behaviour covered). Errors are short sentences naming the rule at fault.
 */
import type { z } from 'zod';
import { compilePack, PackCompileError } from '../core/compile';
import type { PatternProblem } from '../core/match';
import type { MessageKey } from '../i18n/en';
import { TEMPORAL_SOURCES } from '../core/temporal-sources';
import { BEHAVIOUR_IDS } from '../core/types';
import { issueRefusal } from '../i18n/issues';
import { refusal, refusalEnglish, type Refusal } from '../i18n/refusal';
import { rulePackSchema } from './schema';
import type { RulePack } from './types';

/**
 * A refused pack's `errors` are English lines (the CLI prints them, the background logs them).
 * `refusals` gives the same problems as message ids, in the same order, so a page words them in
 * its own language.
 */
export type LoadResult =
  { ok: true; pack: RulePack } | { ok: false; errors: string[]; refusals: Refusal[] };

/** A refused result from refusals: the English lines are the refusals worded in English. */
export function refused(refusals: Refusal[]): LoadResult {
  return { ok: false, errors: refusals.map(refusalEnglish), refusals };
}

/**
 * Text that did not parse as JSON. The parser's own words are English: they are kept in the
 * English line, and the other languages say only that it is not valid JSON.
 */
export function notJsonRefusal(
  e: unknown,
  id: 'issue.notJson' | 'issue.extension.notJson' = 'issue.notJson',
): Refusal {
  return refusal(id, { detail: e instanceof Error ? e.message : String(e) });
}

/** The message of each pattern problem (src/core/match.ts). */
const PATTERN_MESSAGES: Record<PatternProblem, MessageKey> = {
  hyphen: 'issue.pattern.hyphen',
  empty: 'issue.pattern.empty',
  gap: 'issue.pattern.gap',
  emptyAlternative: 'issue.pattern.emptyAlternative',
  unknownClass: 'issue.pattern.unknownClass',
  edgeGap: 'issue.pattern.edgeGap',
  noRequiredWord: 'issue.pattern.noRequiredWord',
};

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

/** A pattern that does not compile, as a refusal naming where it sits and what is wrong. */
function compileRefusal(e: unknown): Refusal {
  if (!(e instanceof PackCompileError)) return refusal('issue.pack.compile', { detail: String(e) });
  if (e.place === null || e.problem === null) return refusal('refusal.issue', { issue: e.message });
  const place = e.place;
  const where =
    place.kind === 'rule'
      ? refusal('issue.rule', { rule: place.rule })
      : place.kind === 'unless'
        ? refusal('issue.pack.unless', { rule: place.rule })
        : refusal('issue.pack.cue', { cue: place.cue });
  const problem = refusal(PATTERN_MESSAGES[e.problem.problem], { ...e.problem.params });
  return refusal('issue.at', { path: where, issue: problem });
}

/** Checks beyond the schema, as refusals (empty when the pack is good). */
export function checkPackRefusals(pack: RulePack): Refusal[] {
  const problems: Refusal[] = [];
  const seen = new Set<string>();
  for (const r of pack.rules) {
    if (seen.has(r.id)) problems.push(refusal('issue.pack.ruleTwice', { rule: r.id }));
    seen.add(r.id);
  }
  for (const b of BEHAVIOUR_IDS) {
    if (!pack.behaviours[b]) problems.push(refusal('issue.pack.behaviourInfo', { behaviour: b }));
    if (!pack.rules.some((r) => r.kind === 'behaviour' && r.target === b))
      problems.push(refusal('issue.pack.behaviourRule', { behaviour: b }));
  }
  try {
    compilePack(pack);
  } catch (e) {
    problems.push(compileRefusal(e));
  }
  return problems;
}

/** Checks beyond the schema; returns readable problems (empty when the pack is good). */
export function checkPack(pack: RulePack): string[] {
  return checkPackRefusals(pack).map(refusalEnglish);
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
      return refused([notJsonRefusal(e)]);
    }
  }
  const parsed = rulePackSchema.safeParse(data);
  if (!parsed.success) return refused(packIssueRefusals(parsed.error, data));
  // The temporal reader's patterns ship in code (src/core/temporal-sources.ts), not in the JSON.
  const pack = { ...(parsed.data as RulePack), temporal: parsed.data.temporal ?? TEMPORAL_SOURCES };
  const problems = checkPackRefusals(pack);
  return problems.length > 0 ? refused(problems) : { ok: true, pack };
}
