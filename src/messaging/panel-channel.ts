import { z } from 'zod';
import { BEHAVIOUR_IDS } from '../core/types';
import { LANGUAGES } from '../config/schema';
import {
  type FrameMessage,
  type HostMessage,
  type PanelView,
  REFUSAL_REASONS,
} from '../overlay/panel-view';
import { OfficerActionSchema } from './protocol';

export { panelPortName, parsePanelPortName, type PanelEnd } from './panel-port';

/**
 * The panel's channel: the controller in the page (content script) and the panel frame (an
 * extension page inside the page) each open a runtime port to the background, named with their
 * end and a random nonce; the background pairs the two by tab and nonce and relays. The page
 * can neither open nor read runtime ports, so knowing the nonce (it is in the frame's URL) is
 * harmless. Messages are checked here by the relay and again by the frame; the content script
 * carries no zod (its bundle budget), and only ever receives what the relay has checked. Port
 * names live in panel-port.ts, which the content script imports.
 */

const Side = z.enum(['left', 'right']);

export const PanelIntentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('toggle'), keyboard: z.boolean() }).strict(),
  z.object({ kind: z.literal('escape') }).strict(),
  z.object({ kind: z.literal('move') }).strict(),
  z.object({ kind: z.literal('drag') }).strict(),
  z.object({ kind: z.literal('drop'), x: z.number().finite() }).strict(),
  z.object({ kind: z.literal('size') }).strict(),
  z
    .object({
      kind: z.literal('resize'),
      axis: z.enum(['width', 'height']),
      size: z.number().finite(),
      final: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('suppressed') }).strict(),
  z.object({ kind: z.literal('reveal'), id: z.enum(BEHAVIOUR_IDS) }).strict(),
  z.object({ kind: z.literal('action'), action: OfficerActionSchema }).strict(),
  z.object({ kind: z.literal('insert-summary') }).strict(),
  z.object({ kind: z.literal('reviewed'), insert: z.boolean() }).strict(),
  z.object({ kind: z.literal('open-review') }).strict(),
]);

const INTENT_KINDS = PanelIntentSchema.options.map((o) => o.shape.kind.value);

export const FrameMessageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('ready') }).strict(),
  z.object({ t: z.literal('intent'), intent: PanelIntentSchema }).strict(),
  z.object({ t: z.literal('refused'), kind: z.enum(INTENT_KINDS) }).strict(),
]) satisfies z.ZodType<FrameMessage>;

const num = z.number().finite();
const PlacementSchema = z
  .object({
    mode: z.enum(['dock', 'badge', 'popover']),
    side: Side,
    x: num,
    y: num,
    width: num.nonnegative(),
    height: num.nonnegative(),
    badgeX: num,
    badgeY: num,
    maxWidth: num.nonnegative(),
    maxHeight: num.nonnegative(),
  })
  .strict();

/**
 * The view's frame and the fields the frame acts on are checked; the analysis, prompts and
 * worded parts are the controller's own output and are only checked to be objects and arrays.
 */
const PanelViewSchema = z.object({
  analysis: z.record(z.string(), z.unknown()).nullable(),
  prompts: z.array(z.record(z.string(), z.unknown())).max(200),
  spoDraft: z.record(z.string(), z.unknown()).nullable(),
  health: z.record(z.string(), z.unknown()),
  role: z.enum(['officer', 'supervisor', 'trainer']),
  demo: z.boolean(),
  relationshipLabels: z.record(z.string(), z.string()),
  place: PlacementSchema,
  showSuppressed: z.boolean(),
  hover: z.record(z.string(), z.unknown()).nullable(),
  canInsertSummary: z.boolean(),
  insertStatus: z.string().max(500).nullable(),
  review: z.record(z.string(), z.unknown()).nullable(),
  canOpenReview: z.boolean(),
  names: z.record(z.string(), z.string()),
  language: z.enum(LANGUAGES),
  totals: z
    .object({
      mentions: z.record(z.string(), z.number().int().nonnegative()),
      suppressed: z.number().int().nonnegative(),
    })
    .strict()
    .optional(),
});

/**
 * zod drops keys its schema does not name, so a view field missing here would vanish on the way
 * to the frame: the schema and `PanelView` must name the same fields (checked when compiling).
 */
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? true
    : false
  : false;
const VIEW_FIELDS_MATCH: SameKeys<z.infer<typeof PanelViewSchema>, PanelView> = true;
void VIEW_FIELDS_MATCH;

export const HostMessageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('view'), view: PanelViewSchema }).strict(),
  z.object({ t: z.literal('announce'), text: z.string().max(300) }).strict(),
  z.object({ t: z.literal('focus') }).strict(),
  z.object({ t: z.literal('refused'), reason: z.enum(REFUSAL_REASONS) }).strict(),
]);

/** A checked message from the controller, or null. */
export function parseHostMessage(raw: unknown): HostMessage | null {
  const r = HostMessageSchema.safeParse(raw);
  if (!r.success) return null;
  // The loose parts are the controller's own types (see PanelViewSchema).
  if (r.data.t === 'view') return { t: 'view', view: r.data.view as unknown as PanelView };
  return r.data;
}

/** A checked message from the frame, or null. */
export function parseFrameMessage(raw: unknown): FrameMessage | null {
  const r = FrameMessageSchema.safeParse(raw);
  return r.success ? r.data : null;
}
