import { z } from 'zod';
import { SiteProfilesSchema } from '../adapters/profile.schema';
import { PROMPT_IDS } from '../prompts/types';
import { ownMessage } from '../i18n/issue-messages';

/**
 * Settings come from three layers: built-in defaults < the options page (storage.local) < managed
 * policy (storage.managed, set by force IT). Policy wins key by key. Every layer is validated here;
 * a bad layer is reported and ignored, and the last good state is kept.
 *
 * The policy keys mirror public/managed_schema.json exactly (a test keeps them in step).
 */

export const ROLES = ['officer', 'supervisor', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

const phone = z.string().max(40);
export const ServiceEntrySchema = z
  .object({
    name: z.string().min(1).max(120),
    phone: phone.optional(),
    url: z.string().max(300).optional(),
    notes: z.string().max(300).optional(),
  })
  .strict();

/** Local services that prompt text names. Missing entries fall back to national ones. */
export const ServicesSchema = z
  .object({
    stalkingAdvocacy: ServiceEntrySchema.optional(),
    idva: ServiceEntrySchema.optional(),
    perpetratorProgramme: ServiceEntrySchema.optional(),
    helplines: z.array(ServiceEntrySchema).max(10).optional(),
  })
  .strict();

const officerId = z.string().regex(/^[A-Za-z0-9._-]{1,32}$/, ownMessage('issue.own.officerId'));

/** Languages Waymark speaks; a setting that is absent means "follow the browser". */
export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A policy switch. Some policy tools write booleans as the strings "true" and "false" (and
 * Firefox passes what the file says), so those are read as the booleans they mean; anything else
 * is refused with a plain reason rather than guessed at.
 */
const policyFlag = z.union(
  [
    z.boolean(),
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['true', 'false']))
      .transform((v) => v === 'true'),
  ],
  { error: ownMessage('issue.own.trueOrFalse') },
);

/** What force IT may set through managed policy. All optional: policy can arrive late or not at all. */
export const ManagedPolicySchema = z.object({
  siteProfiles: SiteProfilesSchema.optional(),
  role: z
    .enum(ROLES, { error: ownMessage('issue.own.oneOf', { values: ROLES.join(', ') }) })
    .optional(),
  officerId: officerId.optional(),
  mandatoryPrompts: z
    .array(
      z.enum(PROMPT_IDS, {
        error: ownMessage('issue.own.promptId', { values: PROMPT_IDS.join(', ') }),
      }),
    )
    .max(PROMPT_IDS.length)
    .optional(),
  services: ServicesSchema.optional(),
  auditRetentionDays: z
    .number({ error: ownMessage('issue.own.wholeDays') })
    .int(ownMessage('issue.own.wholeDays'))
    .min(1, ownMessage('issue.own.daysMin', { min: 1 }))
    .max(3650, ownMessage('issue.own.daysMax', { max: 3650 }))
    .optional(),
  auditExportEnabled: policyFlag.optional(),
  demoModeAllowed: policyFlag.optional(),
  disableUserProfiles: policyFlag.optional(),
  language: z
    .enum(LANGUAGES, {
      error: ownMessage('issue.own.language', { first: LANGUAGES[0], second: LANGUAGES[1] }),
    })
    .optional(),
  supportContact: z.string().max(200).optional(),
  /** A force's local terms: a rule-pack extension as a JSON string (docs/rules.md). */
  rulePackExtension: z.string().max(200_000).optional(),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

/** What the options page stores. */
export const LocalSettingsSchema = z
  .object({
    siteProfiles: SiteProfilesSchema.default([]),
    /** Kept readable for settings stored by older builds; only policy grants other roles. */
    role: z.enum(ROLES).optional(),
    officerId: officerId.optional(),
    services: ServicesSchema.optional(),
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();
export type LocalSettings = z.infer<typeof LocalSettingsSchema>;

export type Services = z.infer<typeof ServicesSchema>;
