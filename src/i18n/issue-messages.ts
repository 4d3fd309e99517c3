/**
 * The English of the messages our own zod schemas give (policy, site profiles, rule packs,
 * teams). This is their one source: a schema takes its wording from `ownMessage()`, en.ts adds
 * these keys to the English table, cy.ts gives them in Welsh, and issues.ts turns an issue that
 * carries one back into its message id, so a page words it in its own language.
 *
 * The module holds no table and imports none: schemas load it without the message tables.
 */
import { format, type Params } from './runtime';

export const ISSUE_MESSAGES = {
  // Managed policy and settings (src/config/schema.ts)
  'issue.own.trueOrFalse': 'use true or false',
  'issue.own.oneOf': 'use one of {values}',
  'issue.own.promptId': 'not a prompt id (use {values})',
  'issue.own.wholeDays': 'use a whole number of days',
  // Said only of the minimum of 1, hence "day".
  'issue.own.daysMin': 'keep events for at least {min} day',
  'issue.own.daysMax': 'keep events for at most {max} days',
  'issue.own.language': 'use {first} or {second}',
  'issue.own.officerId': 'use letters, digits, dot, hyphen or underscore (up to 32)',
  // Site profiles (src/adapters/profile.schema.ts)
  'issue.own.fieldLocator': 'a field needs a selector or a label',
  'issue.own.profileId': 'use lower-case letters, digits and hyphens (up to 63)',
  'issue.own.matchPattern':
    'match pattern must look like https://host.example/* (http or https only)',
  'issue.own.matchTooBroad':
    'match pattern is too broad: name the crime system’s own host (such as https://crime.force.police.uk/*), not every site or a whole top-level domain',
  'issue.own.profileIdsUnique': 'profile ids must be unique',
  // Rule packs and pack extensions (src/rules/schema.ts)
  'issue.own.ruleId': 'ids look like "following.followed-home"',
  'issue.own.lowerWords': 'lower-case single words',
  'issue.own.lowerStems': 'lower-case stems',
  'issue.own.patternEmpty': 'a pattern must not be empty',
  'issue.own.lexiconWord': 'lexicon entries are single words without hyphens',
  'issue.own.positiveExample': 'every rule needs at least one positive example',
  'issue.own.negativeExample': 'every rule needs at least one negative example',
  'issue.own.ruleTarget': '"{target}" is not a {kind} id (see taxonomy.md)',
  'issue.own.abbreviation': 'an abbreviation is one word',
  'issue.own.expansion': 'expansions are lower-case words',
  'issue.own.semver': 'version must be semver, e.g. 1.0.0',
  'issue.own.className': 'class names are UPPER_CASE',
  // Teams (src/dashboard/teams.ts)
  'issue.own.teamNameEmpty': 'give the team a name',
  'issue.own.teamNameLong': 'use at most {max} characters',
  'issue.own.teamNameChars': 'use letters, digits, spaces and simple punctuation',
  'issue.own.teamSize': 'at most {max} officers',
} as const;

export type OwnMessageId = keyof typeof ISSUE_MESSAGES;

/** What each wording a schema was given stands for: the text is all a finished zod issue keeps. */
const byText = new Map<string, { id: OwnMessageId; params: Params }>();

/**
 * The English of `id` for a schema's `error`/`message`, remembered so the issue it ends up in can
 * be worded again from `id`. Schemas call this once, as they are built.
 */
export function ownMessage(id: OwnMessageId, params: Params = {}): string {
  const text = format(ISSUE_MESSAGES[id], params);
  byText.set(text, { id, params });
  return text;
}

/**
 * Params for an issue a refinement adds with wording that depends on the value (and so cannot be
 * remembered by its text): zod keeps `params` on a custom issue.
 */
export function ownIssue(
  id: OwnMessageId,
  params: Params = {},
): { message: string; params: Params & { messageId: OwnMessageId } } {
  return { message: format(ISSUE_MESSAGES[id], params), params: { ...params, messageId: id } };
}

/** The message id and parameters behind an issue's text, when one of our schemas gave it. */
export function ownMessageOf(
  message: string,
  params?: Record<string, unknown>,
): { id: OwnMessageId; params: Params } | null {
  const id = params?.messageId;
  if (typeof id === 'string' && Object.hasOwn(ISSUE_MESSAGES, id)) {
    const rest: Params = {};
    for (const [k, v] of Object.entries(params ?? {}))
      if (k !== 'messageId' && (typeof v === 'string' || typeof v === 'number')) rest[k] = v;
    return { id: id as OwnMessageId, params: rest };
  }
  return byText.get(message) ?? null;
}
