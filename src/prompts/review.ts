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

const STATE_WORDS: Record<PromptState, string> = {
  open: 'still to do',
  done: 'done',
  not_applicable: 'not applicable',
  snoozed: 'put off for now',
};

const SETTLED: ReadonlySet<PromptState> = new Set(['done', 'not_applicable']);

function officerName(data: SummaryData): string {
  return data.officer ? `officer ${data.officer}` : 'the officer';
}

/** Build the review. Never throws: a block that does not parse is an invalid review. */
export function buildReview(req: ReviewRequest, ctx: ReviewContext): ReviewView {
  const parsed = req.block === null ? ({ status: 'missing' } as const) : parseSummary(req.block);
  const nowById = new Map(req.now.map((p) => [p.id, p]));
  const name = (id: PromptRef) => ctx.names[id] ?? id;

  if (parsed.status !== 'found') {
    const status =
      parsed.status === 'missing'
        ? 'No Waymark summary in this record: Waymark was not used, or the officer did not insert the summary.'
        : `The Waymark summary in this record cannot be trusted: ${parsed.reason} Its decisions are not shown; check the record by hand.`;
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
        detail: `Now: ${STATE_WORDS[p.state]}.`,
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
      detail = `Set to ${STATE_WORDS[p.state]} by ${who} on ${localTime(p.at, ctx.zone)}.`;
    } else if (p.by === 'record') {
      detail = `Done: the record showed it${p.because ? ` (${p.because})` : ''}.`;
    } else {
      // Shown to the officer but never set by them: not a decision.
      detail = `Shown as ${STATE_WORDS[p.state]}; not set by ${who}.`;
    }
    if (p.reason) detail += ` Reason given: "${p.reason}".`;
    const now = nowById.get(p.id);
    const outstanding = !SETTLED.has(p.state) && (now === undefined || !SETTLED.has(now.state));
    if (outstanding) detail += ' Still outstanding now.';
    else if (now && !SETTLED.has(p.state)) detail += ` Now: ${STATE_WORDS[now.state]}.`;
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
      detail: `Not in the summary; now ${STATE_WORDS[p.state]}.`,
      outstanding: !SETTLED.has(p.state),
    });
  }
  return {
    summary: 'found',
    changed: Boolean(changes && (changes.narrative || changes.fields)),
    status: `Summary inserted for ${who} on ${localTime(data.input.made, ctx.zone)}.`,
    change: changes
      ? changeWords(changes)
      : 'Whether the record changed since the summary cannot be checked on this page.',
    prompts,
  };
}

function changeWords(c: { narrative: boolean; fields: boolean }): string {
  if (c.narrative && c.fields)
    return 'The narrative and key fields changed since the summary was inserted.';
  if (c.narrative) return 'The narrative changed since the summary was inserted.';
  if (c.fields)
    return 'Key fields (such as classification or the SPO decision) changed since the summary was inserted.';
  return 'Narrative and key fields are as they were when the summary was inserted.';
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

const SUMMARY_WORDS: Record<ReviewSummary, string> = {
  found: 'summary found',
  missing: 'no Waymark summary',
  invalid: 'summary edited or damaged',
};

/** The short line a supervisor may insert into the notes, on one line, no markers. */
export function reviewLine(
  r: Reviewed,
  ctx: ReviewContext & { supervisor: string | null; at: number },
): string {
  const who = ctx.supervisor ? `supervisor ${ctx.supervisor}` : 'a supervisor';
  const left = r.outstanding.map((id) => ctx.names[id] ?? id);
  return (
    `Waymark review: reviewed by ${who} on ${localTime(ctx.at, ctx.zone)}; ${SUMMARY_WORDS[r.summary]}` +
    `${r.changed ? '; narrative or key fields changed since the summary' : ''}; ` +
    `${left.length ? `still outstanding: ${left.join(', ')}` : 'nothing outstanding'}.`
  );
}
