/**
 * The inserted summary block: one versioned format, written and read here only.
 *
 *   --- Waymark summary ---
 *   (plain English for anyone reading the record: local time, names not ids)
 *   WAYMARK-DATA v2 <base64url JSON>
 *   --- end Waymark summary ---
 *
 * The data line carries what a supervisor's review on another machine needs: each prompt's
 * state, who set it and when, reasons, digests of the narrative and key fields at insertion (no
 * narrative text) and a check of the readable lines, so a block edited by hand is reported as
 * such rather than trusted. The check detects edits, not forgery: anyone can recompute it.
 * Imports zod: the background and extension pages use this module, never the content script.
 */
import { z } from 'zod';
import {
  BEHAVIOUR_IDS,
  FOUR_ELEMENTS,
  RELATIONSHIP_IDS,
  RISK_IDS,
  type FourElement,
} from '../core/types';
import type { PromptRef } from './labels';
import { language, t } from '../i18n/runtime';
import { SUMMARY_END, SUMMARY_START, findSummaryBlock } from './summary';
import { SUMMARY_LIMITS, type SummaryInput, type SummaryRequest } from './summary-input';
import { PROMPT_IDS, PROMPT_STATES, VNA_STEP_IDS, type PromptState } from './types';

/** Version of the data line; a reader refuses versions it does not know. */
export const SUMMARY_DATA_VERSION = 2;

/** The data line's prefix, before the version number. */
export const DATA_PREFIX = 'WAYMARK-DATA';

const DATA_LINE_RE = /^WAYMARK-DATA v(\d+) ([A-Za-z0-9_-]+)$/;

const promptRef = z.union([z.enum(PROMPT_IDS), z.templateLiteral(['vna.', z.enum(VNA_STEP_IDS)])]);
const digest = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);
const version = z.string().min(1).max(SUMMARY_LIMITS.version);

/** What the content script sends to have a block written (checked by the background). */
export const SummaryInputSchema = z
  .object({
    made: z.number().int().nonnegative(),
    catalogue: version,
    pack: version,
    likely: z.boolean(),
    occasions: z.number().int().nonnegative().nullable(),
    courseOfConduct: z.boolean(),
    period: z.string().max(SUMMARY_LIMITS.period).nullable(),
    four: z.array(z.enum(FOUR_ELEMENTS)).max(FOUR_ELEMENTS.length),
    behaviours: z
      .array(z.object({ id: z.enum(BEHAVIOUR_IDS), n: z.number().int().min(0) }).strict())
      .max(BEHAVIOUR_IDS.length),
    risks: z.array(z.enum(RISK_IDS)).max(RISK_IDS.length),
    relationship: z.enum(RELATIONSHIP_IDS),
    domestic: z.boolean(),
    s4a: z.boolean(),
    prompts: z
      .array(
        z
          .object({
            id: promptRef,
            state: z.enum(PROMPT_STATES),
            mandatory: z.literal(true).optional(),
            by: z.enum(['officer', 'record']).optional(),
            at: z.number().int().nonnegative().optional(),
            reason: z.string().min(1).max(SUMMARY_LIMITS.reason).optional(),
            because: z.string().min(1).max(SUMMARY_LIMITS.because).optional(),
          })
          .strict(),
      )
      .max(SUMMARY_LIMITS.prompts),
    digest: z.object({ narrative: digest, fields: digest }).strict().nullable(),
  })
  .strict() satisfies z.ZodType<SummaryInput>;

const requestState = z.enum(PROMPT_STATES);
const because = z.string().max(1000).nullable();
const reason = z.string().max(500).optional();

/**
 * What the content script sends (`SummaryRequest`), checked by the background. Prompts arrive as
 * the panel shows them; fields the block does not use are dropped here.
 */
export const SummaryRequestSchema = SummaryInputSchema.omit({
  prompts: true,
  four: true,
  period: true,
})
  .extend({
    period: z.string().max(1000).nullable(),
    four: z.object(
      Object.fromEntries(FOUR_ELEMENTS.map((f) => [f, z.boolean()])) as Record<
        FourElement,
        z.ZodBoolean
      >,
    ),
    prompts: z
      .array(
        z.object({
          id: z.enum(PROMPT_IDS),
          state: requestState,
          mandatory: z.boolean(),
          doneBecause: because,
          reason,
          steps: z
            .array(
              z.object({
                id: z.enum(VNA_STEP_IDS),
                state: requestState,
                doneBecause: because,
                reason,
              }),
            )
            .max(VNA_STEP_IDS.length),
        }),
      )
      .max(PROMPT_IDS.length),
    actions: z
      .array(
        z
          .object({
            promptId: promptRef,
            state: z.enum(PROMPT_STATES).exclude(['open']),
            reason: z.string().max(500).optional(),
            at: z.number().int(),
            until: z.number().int().optional(),
          })
          .strict(),
      )
      .max(200),
  })
  .strict() satisfies z.ZodType<SummaryRequest>;

/** The data line's content. */
export const SummaryDataSchema = z
  .object({
    v: z.literal(SUMMARY_DATA_VERSION),
    /** IANA time zone the readable lines were written in. */
    zone: z.string().min(1).max(64),
    /** Officer id of the browser that inserted it, as set by policy or the options page. */
    officer: z.string().max(64).nullable(),
    /** Head of that officer's audit chain when the block was written, when known. */
    chain: z
      .object({
        seq: z.number().int().nonnegative(),
        hash: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict()
      .optional(),
    /** Check of the readable lines (see `lineCheck`). */
    check: z.string().regex(/^[0-9a-z]{1,12}$/),
    input: SummaryInputSchema,
  })
  .strict();
export type SummaryData = z.infer<typeof SummaryDataSchema>;

/** Names the readable lines use: from the rule pack and the catalogue (labels.ts). */
export interface SummaryNames {
  behaviour: Record<string, string>;
  risk: Record<string, string>;
  prompt: Record<PromptRef, string>;
}

/** What the writer adds to the content script's input. */
export interface SummaryContext {
  names: SummaryNames;
  /** IANA zone for local times (the browser's own). */
  zone: string;
  officer: string | null;
  chain?: { seq: number; hash: string };
}

/** A step's state as the block words it. */
const stateWords = (state: PromptState): string => t(`block.state.${state}`);

/**
 * The readable lines as compared: editors turn the pasted lines into paragraphs and may add blank
 * lines, indentation or non-breaking spaces, none of which is an edit.
 */
function comparable(lines: readonly string[]): string {
  return lines
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * A 53-bit string hash (cyrb53) of the readable lines, in base 36. Synchronous, so parsing stays
 * synchronous, and enough to notice a hand edit.
 */
export function lineCheck(lines: readonly string[]): string {
  const text = comparable(lines);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** "2 December 2026 at 22:41 GMT" in the given zone, in the active language. */
export function localTime(ms: number, zone: string): string {
  const parts = new Intl.DateTimeFormat(`${language()}-GB`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
    timeZoneName: 'short',
  }).formatToParts(ms);
  const p = (t: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === t)?.value ?? '';
  // Assembled from parts: ICU versions differ in the words and commas between them.
  return t('block.time', {
    day: p('day'),
    month: p('month'),
    year: p('year'),
    time: `${p('hour')}:${p('minute')}`,
    zone: p('timeZoneName'),
  });
}

/** Officer-typed text on one line, with nothing that could look like a marker or a data line. */
function clean(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/-{3,}/g, '-')
    .replace(/WAYMARK-DATA/gi, 'Waymark data')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

function list(items: string[], none: string): string {
  return items.length ? items.join('; ') : none;
}

/** The readable lines, start marker included. */
function readable(input: SummaryInput, ctx: SummaryContext): string[] {
  const { names, zone } = ctx;
  const lines = [SUMMARY_START];
  const none = t('block.none');
  lines.push(
    t(ctx.officer ? 'block.writtenFor' : 'block.written', {
      time: localTime(input.made, zone),
      officer: ctx.officer ? clean(ctx.officer) : '',
    }),
  );
  lines.push(
    t('block.indicators', {
      verdict: t(
        input.likely
          ? 'block.likely'
          : input.behaviours.length
            ? 'block.someNotLikely'
            : 'block.noneFound',
      ),
    }),
  );
  lines.push(
    t('block.occasions', {
      occasions:
        input.occasions === null
          ? t('block.notCounted')
          : t('block.occasionCount', { count: input.occasions }),
      course: input.courseOfConduct ? t('block.course') : '',
      period: input.period ? clean(input.period) : t('block.notStated'),
    }),
  );
  lines.push(
    t('block.four', {
      shown: input.four.length ? input.four.map((f) => t(`four.${f}`)).join(', ') : none,
    }),
  );
  lines.push(
    t('block.behaviours', {
      list: list(
        input.behaviours.map(
          (b) =>
            `${names.behaviour[b.id] ?? t('block.otherBehaviour')} (${t('block.mentions', { count: b.n })})`,
        ),
        none,
      ),
    }),
  );
  lines.push(
    t('block.risks', {
      list: list(
        input.risks.map((r) => names.risk[r] ?? t('block.otherMarker')),
        none,
      ),
    }),
  );
  lines.push(
    t('block.relationship', {
      relationship: t(`relationship.${input.relationship}`),
      domestic: input.domestic ? t('block.domestic') : '',
    }),
  );
  lines.push(t(input.s4a ? 'block.s4a' : 'block.s4a.not'));
  lines.push(t('block.steps'));
  if (input.prompts.length === 0) lines.push(t('block.noSteps'));
  for (const p of input.prompts) {
    const step = p.id.startsWith('vna.');
    const name = names.prompt[p.id] ?? t('block.otherStep');
    const shown = step ? name.slice(name.indexOf(': ') + 2) : name;
    let line = `${step ? '  - ' : '- '}${shown}: ${stateWords(p.state)}`;
    if (p.by === 'officer' && p.at !== undefined) {
      line += t(ctx.officer ? 'block.setByOfficer' : 'block.setBy', {
        officer: ctx.officer ? clean(ctx.officer) : '',
        time: localTime(p.at, zone),
      });
    } else if (p.by === 'record') {
      line += p.because
        ? t('block.recordShowsBecause', { because: clean(p.because) })
        : t('block.recordShows');
    }
    if (p.reason) line += t('block.reason', { reason: clean(p.reason) });
    if (p.mandatory && !step) line += t('block.mandatory');
    lines.push(`${line}.`);
  }
  return lines;
}

function encode(json: string): string {
  const bytes = new TextEncoder().encode(json);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decode(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(bin, (c) => c.charCodeAt(0)),
  );
}

/** Write the block, start marker to end marker, lines joined with "\n". Deterministic. */
export function formatSummary(input: SummaryInput, ctx: SummaryContext): string {
  const lines = readable(input, ctx);
  const data: SummaryData = {
    v: SUMMARY_DATA_VERSION,
    zone: ctx.zone,
    officer: ctx.officer,
    ...(ctx.chain ? { chain: ctx.chain } : {}),
    check: lineCheck(lines),
    input,
  };
  lines.push(`${DATA_PREFIX} v${SUMMARY_DATA_VERSION} ${encode(JSON.stringify(data))}`);
  lines.push(SUMMARY_END);
  return lines.join('\n');
}

/** What a record's notes say about the summary (the review's `data-summary`). */
export type ParsedSummary =
  | { status: 'missing' }
  | { status: 'found'; data: SummaryData }
  /** `data` is present when the data line is sound but the readable lines were edited. */
  | { status: 'invalid'; reason: string; data?: SummaryData };

/**
 * Read the first Waymark block in `text` (a notes field's contents). Never throws: anything
 * that does not parse, or whose readable lines no longer match their check, is `invalid`.
 */
export function parseSummary(text: string): ParsedSummary {
  // Rich editors may hand spaces back as non-breaking ones.
  const block = findSummaryBlock(text.replace(/\u00a0/g, ' '));
  if (block === null) return { status: 'missing' };
  if (block === 'unterminated') {
    return { status: 'invalid', reason: t('parse.noEnd') };
  }
  const lines = block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // Last line is the end marker; the data line comes just before it.
  const dataAt = lines.length - 2;
  const m = DATA_LINE_RE.exec(lines[dataAt] ?? '');
  if (!m) {
    return {
      status: 'invalid',
      reason: t('parse.noData'),
    };
  }
  if (Number(m[1]) !== SUMMARY_DATA_VERSION) {
    return {
      status: 'invalid',
      reason: t('parse.format', { version: m[1] ?? '' }),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(decode(m[2]!));
  } catch {
    return { status: 'invalid', reason: t('parse.damaged') };
  }
  const parsed = SummaryDataSchema.safeParse(json);
  if (!parsed.success) {
    return { status: 'invalid', reason: t('parse.notValid') };
  }
  if (lineCheck(lines.slice(0, dataAt)) !== parsed.data.check) {
    return {
      status: 'invalid',
      reason: t('parse.edited'),
      data: parsed.data,
    };
  }
  return { status: 'found', data: parsed.data };
}

/** Which parts of the record differ from the digests in the block; null when it cannot tell. */
export function summaryChanges(
  data: SummaryData,
  now: { narrative: string; fields: string } | null,
): { narrative: boolean; fields: boolean } | null {
  const then = data.input.digest;
  if (!then || !now) return null;
  return { narrative: then.narrative !== now.narrative, fields: then.fields !== now.fields };
}
