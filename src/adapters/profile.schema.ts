import { z } from 'zod';
import { FIELD_ROLES } from '../prompts/types';
import type { SiteProfile } from './profile';

/**
 * Chrome match pattern: scheme://host/path with `*` wildcards as Chrome allows them
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). We accept only
 * http(s) and reject `<all_urls>`: a profile names the force's crime system, not the web.
 */
const MATCH_PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:(\*|\d{1,5}))?\/.*$/;

export const FieldLocatorSchema = z
  .object({
    selector: z.string().min(1).max(500).optional(),
    label: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine((l) => l.selector !== undefined || l.label !== undefined, {
    message: 'a field needs a selector or a label',
  });

export const SiteProfileSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and hyphens (up to 63)'),
    name: z.string().min(1).max(120),
    matches: z
      .array(
        z
          .string()
          .regex(
            MATCH_PATTERN,
            'match pattern must look like https://host.example/* (http or https only)',
          ),
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
  })
  .strict() satisfies z.ZodType<SiteProfile>;

export const SiteProfilesSchema = z
  .array(SiteProfileSchema)
  .max(50)
  .refine((ps) => new Set(ps.map((p) => p.id)).size === ps.length, {
    message: 'profile ids must be unique',
  });
