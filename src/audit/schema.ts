import { z } from 'zod';
import { BEHAVIOUR_IDS } from '../core/types';
import { PROMPT_IDS, PROMPT_STATES, VNA_STEP_IDS } from '../prompts/types';

/**
 * Audit events: what the officer was shown and did, never the narrative. The content script sends
 * an `AuditEventInput`; the background stamps id, time, officer and hash chain and stores an
 * `AuditEvent`. Exports and imports use the same schema.
 */

const promptRef = z.union([z.enum(PROMPT_IDS), z.templateLiteral(['vna.', z.enum(VNA_STEP_IDS)])]);

/** Short free text (officer reasons); bounded so a page cannot flood the log. */
const shortText = z.string().max(500);

export const AuditEventInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('prompt_shown'),
    promptId: promptRef,
    state: z.enum(PROMPT_STATES),
  }),
  z.object({
    kind: z.literal('prompt_state'),
    promptId: promptRef,
    state: z.enum(PROMPT_STATES),
    reason: shortText.optional(),
    /** True when the change came from the record (a field filled), false for an officer action. */
    automatic: z.boolean(),
  }),
  z.object({
    kind: z.literal('indicators'),
    /** Behaviour ids and counts only: never evidence text. */
    behaviours: z.array(z.object({ id: z.enum(BEHAVIOUR_IDS), count: z.number().int().min(0) })),
    stalkingLikely: z.boolean(),
    score: z.number().min(0).max(1),
  }),
  z.object({
    kind: z.literal('summary_inserted'),
  }),
  z.object({
    /** A supervisor reviewed the record on their own machine (outcome only). */
    kind: z.literal('record_reviewed'),
    summary: z.enum(['found', 'missing', 'invalid']),
    changed: z.boolean(),
    /** How many prompts were still outstanding when reviewed. */
    outstanding: z.number().int().min(0).max(64),
  }),
  z.object({
    kind: z.literal('health'),
    /** Roles the profile names that could not be found on the page. */
    missingRoles: z.array(z.string().max(64)).max(64),
  }),
]);
export type AuditEventInput = z.infer<typeof AuditEventInputSchema>;

/** Where the event came from: set by the background from the sender, not by the page. */
export const AuditContextSchema = z.object({
  /** Crime reference as read from the record, or null. */
  recordRef: z.string().max(64).nullable(),
  profileId: z.string().max(64),
  origin: z.string().max(256),
});
export type AuditContext = z.infer<typeof AuditContextSchema>;

export const AuditEventSchema = z.intersection(
  AuditEventInputSchema,
  z.object({
    id: z.string().min(1).max(64),
    seq: z.number().int().min(0),
    at: z.number().int(),
    officerId: z.string().max(64),
    recordRef: z.string().max(64).nullable(),
    profileId: z.string().max(64),
    origin: z.string().max(256),
    demo: z.boolean(),
    /** sha-256 hex of the previous event's hash and this event's canonical JSON. */
    prevHash: z.string().regex(/^[0-9a-f]{64}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
  }),
);
export type AuditEvent = z.infer<typeof AuditEventSchema>;
