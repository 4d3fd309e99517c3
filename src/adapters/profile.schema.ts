import { z } from 'zod';
import { FIELD_ROLES } from '../prompts/types';
import type { SiteProfile } from './profile';
import { ownMessage } from '../i18n/issue-messages';

/**
 * Chrome match pattern: scheme://host/path with `*` wildcards as Chrome allows them
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). We accept only
 * http(s) and reject `<all_urls>`: a profile names the force's crime system, not the web.
 */
const MATCH_PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:(\*|\d{1,5}))?\/.*$/;

/**
 * A pattern whose host is `*` (every site) or `*.` and one label (a whole top-level domain, such
 * as `*.uk`) would run Waymark, and let its audit log be written, on pages that are not the
 * force's crime system. A wildcard host needs at least two labels after `*.` (`*.police.uk`).
 */
function tooBroad(pattern: string): boolean {
  const host = /^[^:]+:\/\/([^/:]+)/.exec(pattern)?.[1] ?? '';
  if (host === '*') return true;
  return host.startsWith('*.') && host.slice(2).split('.').filter(Boolean).length < 2;
}

export const FieldLocatorSchema = z
  .object({
    selector: z.string().min(1).max(500).optional(),
    label: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine((l) => l.selector !== undefined || l.label !== undefined, {
    message: ownMessage('issue.own.fieldLocator'),
  });

export const SiteProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, ownMessage('issue.own.profileId')),
    name: z.string().min(1).max(120),
    matches: z
      .array(
        z
          .string()
          .regex(MATCH_PATTERN, ownMessage('issue.own.matchPattern'))
          .refine((pattern) => !tooBroad(pattern), {
            message: ownMessage('issue.own.matchTooBroad'),
          }),
      )
      .min(1)
      .max(20),
    fields: z
      .partialRecord(
        z.enum(FIELD_ROLES),
        z.union([FieldLocatorSchema, z.array(FieldLocatorSchema).min(1).max(10)]),
      )
      .optional(),
    adapter: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
    training: z.boolean({ error: ownMessage('issue.own.trueOrFalse') }).optional(),
  })
  .strict() satisfies z.ZodType<SiteProfile>;

export const SiteProfilesSchema = z
  .array(SiteProfileSchema)
  .max(50)
  .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, {
    message: ownMessage('issue.own.profileIdsUnique'),
  });
