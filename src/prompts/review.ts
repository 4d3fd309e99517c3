/**
 * A supervisor's review of one record, built from the summary block the officer inserted and the
 * record as it is now. Runs in the background (it needs zod, through summary-format.ts, and its
 * wording): the content script sends the block as read, the record's digests and the prompts it
 * evaluates now, and draws what comes back.
 *
 * Only a block that parses and whose readable lines match their check is trusted: an edited or
 * damaged block is reported as invalid and none of its decisions are shown as the officer's.
 */
import { z } from 'zod';
import type { PromptRef } from './labels';
import { localTime, parseSummary, summaryChanges, type SummaryData } from './summary-format';
import { PROMPT_IDS, PROMPT_STATES, VNA_STEP_IDS, type PromptState } from './types';
import { t } from '../i18n/runtime';

/** Longest block the content script may send (a block is a few kilobytes; this bounds a page). */
export const MAX_REVIEW_BLOCK = 40_000;

const promptRef = z.union([z.enum(PROMPT_IDS), z.templateLiteral(['vna.', z.enum(VNA_STEP_IDS)])]);
const digest = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

/** What the content script sends: no narrative text, only the block, digests and states. */
export const ReviewRequestSchema = z
  .object({
    /** The notes' Waymark block as found (start to end marker); null when there is none. */
    block: z.string().max(MAX_REVIEW_BLOCK).nullable(),
    /** Digests of the record now; null where the page has no Web Crypto. */
    digest: z.object({ narrative: digest, fields: digest }).strict().nullable(),
    /** Prompts and needs-assessment steps as evaluated from the record now. */
    now: z
      .array(
        z.object({ id: promptRef, state: z.enum(PROMPT_STATES), mandatory: z.boolean() }).strict(),
      )
      .max(PROMPT_IDS.length + VNA_STEP_IDS.length),
  })
  .strict();
export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;

export type ReviewSummary = 'found' | 'missing' | 'invalid';

export interface ReviewPrompt {
  id: PromptRef;
  /** The state the summary recorded (found); the state now otherwise. */
  state: PromptState;
  name: string;
  /** Who set it and when, or that it was only shown, and any reason given, in plain words. */
  detail: string;
  /** Still to be done on the record as it is now. */
  outstanding: boolean;
}

/** What the panel draws; every sentence is written here so the content script stays small. */
export interface ReviewView {
  summary: ReviewSummary;
  changed: boolean;
  /** One or two sentences: who inserted the summary and when, or why it is missing or invalid. */
  status: string;
  /** What changed since the summary was inserted, or that it could not be checked. */
  change: string | null;
  prompts: ReviewPrompt[];
}

export interface ReviewContext {
  names: Record<PromptRef, string>;
  /** IANA zone of the reviewing browser: times are shown in the reader's local time. */
  zone: string;
}

/** A step's state as the review words it (the same words as the summary block). */
const stateWords = (state: PromptState): string => t(`block.state.${state}`);

const SETTLED: ReadonlySet<PromptState> = new Set(['done', 'not_applicable']);

function officerName(data: SummaryData): string {
  return data.officer ? t('review.officer', { officer: data.officer }) : t('review.theOfficer');
}

/** Build the review. Never throws: a block that does not parse is an invalid review. */
export function buildReview(req: ReviewRequest, ctx: ReviewContext): ReviewView {
  const parsed = req.block === null ? ({ status: 'missing' } as const) : parseSummary(req.block);
  const nowById = new Map(req.now.map((p) => [p.id, p]));
  const name = (id: PromptRef) => ctx.names[id] ?? id;

  if (parsed.status !== 'found') {
    const status =
      parsed.status === 'missing'
        ? t('review.noSummary')
        : t('review.untrusted', { reason: parsed.reason });
    // Hand-edited lines around a sound data line: digests still tell whether the record moved.
    const changes =
      parsed.status === 'invalid' && parsed.data ? summaryChanges(parsed.data, req.digest) : null;
    return {
      summary: parsed.status,
      changed: Boolean(changes && (changes.narrative || changes.fields)),
      status,
      change: changes ? changeWords(changes) : null,
      prompts: req.now.map((p) => ({
        id: p.id,
        state: p.state,
        name: name(p.id),
        detail: t('review.now', { state: stateWords(p.state) }),
        outstanding: !SETTLED.has(p.state),
      })),
    };
  }

  const data = parsed.data;
  const who = officerName(data);
  const changes = summaryChanges(data, req.digest);
  const prompts: ReviewPrompt[] = data.input.prompts.map((p) => {
    let detail: string;
    if (p.by === 'officer' && p.at !== undefined) {
      detail = t('review.setBy', {
        state: stateWords(p.state),
        who,
        time: localTime(p.at, ctx.zone),
      });
    } else if (p.by === 'record') {
      detail = p.because
        ? t('review.recordShowedBecause', { because: p.because })
        : t('review.recordShowed');
    } else {
      // Shown to the officer but never set by them: not a decision.
      detail = t('review.shownAs', { state: stateWords(p.state), who });
    }
    if (p.reason) detail += ` ${t('review.reason', { reason: p.reason })}`;
    const now = nowById.get(p.id);
    const outstanding = !SETTLED.has(p.state) && (now === undefined || !SETTLED.has(now.state));
    if (outstanding) detail += ` ${t('review.stillOutstanding')}`;
    else if (now && !SETTLED.has(p.state))
      detail += ` ${t('review.now', { state: stateWords(now.state) })}`;
    return { id: p.id, state: p.state, name: name(p.id), detail, outstanding };
  });
  const inBlock = new Set(prompts.map((p) => p.id));
  for (const p of req.now) {
    if (inBlock.has(p.id)) continue;
    // A prompt the record raises now that the summary did not have: the record changed since.
    prompts.push({
      id: p.id,
      state: p.state,
      name: name(p.id),
      detail: t('review.notInSummary', { state: stateWords(p.state) }),
      outstanding: !SETTLED.has(p.state),
    });
  }
  return {
    summary: 'found',
    changed: Boolean(changes && (changes.narrative || changes.fields)),
    status: t('review.inserted', { who, time: localTime(data.input.made, ctx.zone) }),
    change: changes ? changeWords(changes) : t('review.cannotCheck'),
    prompts,
  };
}

function changeWords(c: { narrative: boolean; fields: boolean }): string {
  if (c.narrative && c.fields) return t('review.changedBoth');
  if (c.narrative) return t('review.changedNarrative');
  if (c.fields) return t('review.changedFields');
  return t('review.unchanged');
}

/** What the supervisor's "reviewed" sends: the outcome only, to go in their audit log. */
export const ReviewedSchema = z
  .object({
    summary: z.enum(['found', 'missing', 'invalid']),
    changed: z.boolean(),
    outstanding: z.array(promptRef).max(PROMPT_IDS.length + VNA_STEP_IDS.length),
  })
  .strict();
export type Reviewed = z.infer<typeof ReviewedSchema>;

/** How the review line names what it found of the summary. */
const summaryWords = (summary: ReviewSummary): string =>
  t(
    summary === 'found'
      ? 'event.summaryFound'
      : summary === 'missing'
        ? 'event.summaryMissing'
        : 'event.summaryDamaged',
  );

/** The short line a supervisor may insert into the notes, on one line, no markers. */
export function reviewLine(
  r: Reviewed,
  ctx: ReviewContext & { supervisor: string | null; at: number },
): string {
  const who = ctx.supervisor
    ? t('review.supervisor', { supervisor: ctx.supervisor })
    : t('review.aSupervisor');
  const left = r.outstanding.map((id) => ctx.names[id] ?? id);
  return t('review.line', {
    who,
    time: localTime(ctx.at, ctx.zone),
    summary: summaryWords(r.summary),
    changed: r.changed ? t('review.line.changed') : '',
    left: left.length
      ? t('review.line.outstanding', { list: left.join(', ') })
      : t('review.line.nothing'),
  });
}
