/**
 * "Insert summary" (issue 5, item 5): a plain-text block the officer can put into the record's
 * notes field. It lists the prompts, their states and reasons, and the indicators found by id and
 * count. It never quotes the narrative. The adapter writes it with input events; this module only
 * builds the text and merges it with what the notes field already holds.
 */
import type { Analysis } from '../core/types';
import type { PromptView } from './types';

/** Summary format version, shown in the start marker. */
export const SUMMARY_VERSION = 1;

/** First line of the block. */
export const SUMMARY_START = `--- Waymark summary (v${SUMMARY_VERSION}) ---`;
/** Last line of the block. */
export const SUMMARY_END = '--- end Waymark summary ---';

/** Any version's start marker, so a newer build still replaces an older block. */
const START_RE = /^--- Waymark summary \(v\d+\) ---[ \t]*$/m;
const END_RE = /^--- end Waymark summary ---[ \t]*$/m;

/** What the summary is built from. */
export interface SummaryInput {
  analysis: Analysis;
  prompts: PromptView[];
  /** ms since epoch; printed as a UTC time so the block says when it was made. */
  now: number;
  /** Version of the prompt catalogue the prompts came from. */
  catalogueVersion: string;
}

const STATE_LABEL: Record<PromptView['state'], string> = {
  open: 'OPEN',
  done: 'DONE',
  not_applicable: 'N/A',
  snoozed: 'SNOOZED',
};

/**
 * Officer-typed reasons go into the block; keep them on one line and strip anything that looks
 * like a marker, so a reason can never end the block early or start a second one.
 */
function clean(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/-{3,}/g, '-')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .slice(0, 200);
}

function utc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** "repeated_contact (3 matches)": an id and how many places in the text matched it. */
function matches(id: string, count: number): string {
  return `${id} (${count} ${count === 1 ? 'match' : 'matches'})`;
}

/**
 * The text check's judgement in words. No score: the block goes into the crime record and must
 * not read as a risk assessment.
 */
function indicatorWords(analysis: Analysis): string {
  if (analysis.stalking.likely) return 'likely';
  return analysis.behaviours.length > 0 ? 'some found, not judged likely' : 'not found';
}

function stateLine(state: PromptView['state'], reason: string | undefined): string {
  const r = reason !== undefined && reason.trim() ? ` (reason: ${clean(reason)})` : '';
  return `${STATE_LABEL[state]}${r}`;
}

/**
 * Build the summary block, start marker to end marker, lines joined with "\n".
 * Deterministic for the same input.
 */
export function buildSummary(input: SummaryInput): string {
  const { analysis, prompts, now } = input;
  const s = analysis.stalking;
  const lines: string[] = [SUMMARY_START];
  lines.push(
    `Made ${utc(now)}. Prompts v${input.catalogueVersion}; rules ${clean(analysis.pack)}.`,
  );
  lines.push(
    `Waymark text check (not a risk assessment): stalking indicators ${indicatorWords(analysis)}; ` +
      `occasions: ${s.occasions ?? 'not counted'}; course of conduct: ${s.courseOfConduct ? 'yes' : 'no'}.`,
  );
  const four = (Object.keys(s.four) as (keyof typeof s.four)[]).filter((k) => s.four[k]);
  lines.push(`FOUR: ${four.length ? four.join(', ') : 'none'}.`);
  lines.push(
    `Behaviours: ${
      analysis.behaviours.length
        ? analysis.behaviours.map((b) => matches(b.id, b.evidence.length)).join(', ')
        : 'none'
    }.`,
  );
  lines.push(
    `Risk markers: ${
      analysis.risk.length
        ? analysis.risk.map((r) => matches(r.id, r.evidence.length)).join(', ')
        : 'none'
    }.`,
  );
  lines.push(
    `Relationship: ${analysis.relationship}; domestic: ${analysis.domestic ? 'yes' : 'no'}; ` +
      `s4A markers: ${analysis.s4a.indicated ? 'yes' : 'no'}.`,
  );
  lines.push('Prompts:');
  if (prompts.length === 0) lines.push('- none');
  for (const p of prompts) {
    lines.push(`- ${p.id}: ${stateLine(p.state, p.reason)}${p.mandatory ? ' [mandatory]' : ''}`);
    for (const step of p.steps) {
      lines.push(`  - vna.${step.id}: ${stateLine(step.state, step.reason)}`);
    }
  }
  lines.push(SUMMARY_END);
  return lines.join('\n');
}

/**
 * Put `block` into the notes text: replace the first earlier Waymark block (start marker to end
 * marker), drop any further complete blocks, or append after a blank line when there is none.
 * A start marker with no end marker is left alone and the block is appended, because cutting to
 * the end of the field could delete the officer's own notes.
 */
export function replaceSummary(existingText: string | null, block: string): string {
  const text = existingText ?? '';
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (;;) {
    const rest = text.slice(from);
    const s = START_RE.exec(rest);
    if (!s) break;
    const start = from + s.index;
    const afterStart = start + s[0].length;
    const e = END_RE.exec(text.slice(afterStart));
    if (!e) break;
    spans.push({ start, end: afterStart + e.index + e[0].length });
    from = afterStart + e.index + e[0].length;
  }
  if (spans.length === 0) {
    const base = text.replace(/\s+$/, '');
    return base ? `${base}\n\n${block}` : block;
  }
  let out = '';
  let cursor = 0;
  spans.forEach((span, i) => {
    out += text.slice(cursor, span.start);
    if (i === 0) out += block;
    cursor = span.end;
    // A removed duplicate leaves its line break behind; swallow one so blank lines do not pile up.
    if (i > 0 && text[cursor] === '\n') cursor++;
  });
  out += text.slice(cursor);
  return out;
}
