import { z } from 'zod';
import { AuditEventInputSchema, type AuditEvent } from '../audit/schema';
import type { SiteProfile } from '../adapters/profile';
import type { RulePack } from '../rules/types';
import type { Catalogue } from '../prompts/catalogue';
import type { SpoDraft } from '../prompts/spo-draft';
import { SPO_DRAFT_LIMITS } from '../prompts/spo-draft-input';
import { SummaryRequestSchema } from '../prompts/summary-format';
import { ReviewRequestSchema, ReviewedSchema, type ReviewView } from '../prompts/review';
import { BEHAVIOUR_IDS, RISK_IDS } from '../core/types';
import type { SettingsReport } from '../config/settings';
import type { Language, Role, Services } from '../config/schema';
import type { Messages } from '../i18n/en';
import type { Refusal } from '../i18n/refusal';
import { LocalSettingsSchema } from '../config/schema';
import { MAX_RECORD_KEY, MAX_RECORD_REF } from './limits';
import { SIZE_LIMITS, STANDARD, type SavedPlacement } from '../overlay/placement';
import {
  PROMPT_IDS,
  PROMPT_STATES,
  VNA_STEP_IDS,
  type OfficerAction,
  type PromptId,
} from '../prompts/types';

/**
 * THE ONLY PLACE MESSAGE SHAPES LIVE. Each message type has a request schema (checked by the
 * background before any handler runs), a response type, and the sender kinds allowed to send it:
 * `content` (a content script in a web page, which is untrusted page context) or `page` (one of
 * our own extension pages). Content scripts can add to the audit log but never read or export it.
 */

export type SenderKind = 'content' | 'page';

const recordKey = z.string().min(1).max(MAX_RECORD_KEY);
/** A crime reference as read; the background bounds what it stores (src/audit/record-ref.ts). */
const recordRef = z.string().max(MAX_RECORD_REF);

export const OfficerActionSchema = z
  .object({
    promptId: z.union([z.enum(PROMPT_IDS), z.templateLiteral(['vna.', z.enum(VNA_STEP_IDS)])]),
    state: z.enum(PROMPT_STATES).exclude(['open']),
    reason: z.string().max(500).optional(),
    at: z.number().int(),
    until: z.number().int().optional(),
  })
  .strict();

/**
 * Where the officer left the panel: closed, side and size only, never anything from a record.
 * The width is any whole number the resize handle set within the limits; a placement saved
 * before the panel had a size (closed and side only) loads with the standard size.
 */
export const SavedPlacementSchema = z
  .object({
    closed: z.boolean(),
    side: z.enum(['left', 'right']),
    width: z
      .number()
      .int()
      .min(SIZE_LIMITS.width[0])
      .max(SIZE_LIMITS.width[1])
      .default(STANDARD.width),
    height: z
      .number()
      .int()
      .min(SIZE_LIMITS.height[0])
      .max(SIZE_LIMITS.height[1])
      .default(STANDARD.height),
  })
  .strict();

export const protocol = {
  /** Liveness and version; used by tests and the options page. */
  'app/ping': { senders: ['content', 'page'], request: z.object({}).strict() },
  /** The content script asks which profile applies to its page, and the settings it needs. */
  'config/get': { senders: ['content'], request: z.object({}).strict() },
  /** Append one audit event. The background adds officer, time, origin and the hash chain. */
  'audit/append': {
    senders: ['content'],
    request: z
      .object({
        event: AuditEventInputSchema,
        recordRef: recordRef.nullable(),
      })
      .strict(),
  },
  /**
   * The audit chain head now, `{ seq, hash }` (null while the log is empty), so a summary block
   * inserted into the record can carry it: the force's record then anchors the log.
   */
  'audit/head': { senders: ['content', 'page'], request: z.object({}).strict() },
  /** Officer decisions on prompts for one record (per origin), so reopening shows them. */
  'actions/get': {
    senders: ['content'],
    request: z.object({ recordKey }).strict(),
  },
  'actions/set': {
    senders: ['content'],
    request: z.object({ recordKey, actions: z.array(OfficerActionSchema).max(200) }).strict(),
  },
  /** Keep where the panel is for the sending page's site profile (config/get returns it). */
  'placement/set': { senders: ['content'], request: SavedPlacementSchema },
  /** Open the supervisor review of this record in the dashboard (a new tab of our own page). */
  'review/open': {
    senders: ['content'],
    request: z.object({ recordRef: recordRef.min(1) }).strict(),
  },
  /**
   * Build the SPO grounds draft from ids, the chronology and the crime reference (no narrative
   * sentences), so the draft's wording stays out of the content script's bundle.
   */
  'spo/draft': {
    senders: ['content', 'page'],
    request: z
      .object({
        behaviours: z.array(z.enum(BEHAVIOUR_IDS)).max(BEHAVIOUR_IDS.length),
        risks: z.array(z.enum(RISK_IDS)).max(RISK_IDS.length),
        chronology: z
          .array(
            z
              .object({
                start: z.number().int().nonnegative(),
                when: z.string().max(SPO_DRAFT_LIMITS.when).nullable(),
                date: z
                  .string()
                  .regex(/^\d{4}-\d{2}-\d{2}$/)
                  .nullable(),
                behaviours: z.array(z.enum(BEHAVIOUR_IDS)).max(BEHAVIOUR_IDS.length),
                count: z.number().int().min(1).max(10_000),
              })
              .strict(),
          )
          .max(SPO_DRAFT_LIMITS.occasions),
        period: z.string().max(SPO_DRAFT_LIMITS.period).nullable(),
        occasions: z.number().int().nonnegative().nullable(),
        crimeReference: z.string().max(SPO_DRAFT_LIMITS.crimeReference).nullable(),
      })
      .strict(),
  },
  /**
   * Write the summary block from ids, states and digests (no narrative text). The background
   * adds the officer id, the local time zone and the names, so the block's wording stays out of
   * the content script's bundle.
   */
  'summary/build': { senders: ['content', 'page'], request: SummaryRequestSchema },
  /**
   * A supervisor's review of the record on the page: the background parses the summary block,
   * compares digests and words the review, so none of that is in the content script's bundle.
   */
  'review/build': { senders: ['content'], request: ReviewRequestSchema },
  /**
   * The supervisor records "reviewed": an audit event on their machine. Refused unless the role
   * (from policy) is supervisor. Answers with the review line they may insert into the notes.
   */
  'review/record': {
    senders: ['content'],
    request: z.object({ recordRef: recordRef.nullable(), review: ReviewedSchema }).strict(),
  },
  /** Full settings report with sources and refusals (options page, dashboard). */
  'settings/get': { senders: ['page'], request: z.object({}).strict() },
  /** Save the options page's settings; refused with readable errors when invalid. */
  'settings/save': {
    senders: ['page'],
    request: z.object({ local: LocalSettingsSchema }).strict(),
  },
  /** Training profiles with their demo switch, and the training log (options page). */
  'demo/get': { senders: ['page'], request: z.object({}).strict() },
  /**
   * Switch demo mode on or off for a training profile. Extension pages only, and the background
   * refuses it unless the profile is a training environment and the user a trainer.
   */
  'demo/set': {
    senders: ['page'],
    request: z.object({ profileId: z.string().min(1).max(64), on: z.boolean() }).strict(),
  },
} as const satisfies Record<string, { senders: readonly SenderKind[]; request: z.ZodType }>;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;

/** What the content script needs to run on a page. */
export interface ContentConfig {
  profile: SiteProfile | null;
  role: Role;
  officerId: string;
  mandatoryPrompts: PromptId[];
  services: Services;
  /** The rule pack to analyse with: default pack plus any force extension, examples removed. */
  pack: RulePack;
  /** The prompt catalogue (data), kept out of the content-script bundle. */
  catalogue: Catalogue;
  /** Where the officer left the panel on this site profile; null before they move it. */
  placement: SavedPlacement | null;
  /** Demo mode on a training environment: this page's events go to the training log. */
  demo: boolean;
  /** The language of Waymark's own text on this page (setting, policy or browser). */
  language: Language;
  /** The message table of that language (data, kept out of the content-script bundle). */
  messages: Messages;
}

/** A training profile as the options page lists it. */
export interface DemoProfileStatus {
  id: string;
  name: string;
  on: boolean;
  /** Why demo mode cannot be switched on here (a message id for the page to word), or null. */
  refusal: Refusal | null;
}

export interface ResponseMap {
  'app/ping': { version: string };
  'config/get': ContentConfig;
  'audit/append': { seq: number };
  'audit/head': { head: { seq: number; hash: string } | null };
  'actions/get': { actions: OfficerAction[] };
  'actions/set': { saved: number };
  'placement/set': { saved: true };
  'review/open': { opened: boolean };
  'spo/draft': SpoDraft;
  'summary/build': { text: string };
  'review/build': ReviewView;
  'review/record': { seq: number; line: string };
  'settings/get': SettingsReport;
  'settings/save': SettingsReport;
  'demo/get': { profiles: DemoProfileStatus[]; events: AuditEvent[] };
  'demo/set': { profiles: DemoProfileStatus[] };
}
export type ResponseOf<T extends MessageType> = ResponseMap[T];

export const ERROR_CODES = ['unknown_type', 'forbidden', 'bad_request', 'failed'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every answer is one of these; handlers never let an exception escape the service worker. */
export type Reply<T> =
  { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** The envelope on the wire. */
export interface Envelope {
  waymark: 1;
  type: string;
  payload: unknown;
}
