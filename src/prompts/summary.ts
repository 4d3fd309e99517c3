/**
 * Where the Waymark summary block sits in a notes field: its marker lines, finding it, and
 * putting a new block in place of an old one. The block's content is written and read by
 * summary-format.ts (in the background: it needs zod and the block's wording); this module is
 * small and zod-free because the content script replaces the block in the field.
 */

/** First line of the block: stable across format versions (the data line carries the version). */
export const SUMMARY_START = '--- Waymark summary ---';
/** Last line of the block. */
export const SUMMARY_END = '--- end Waymark summary ---';

/** This start marker, or an older build's "(v1)" one, so a newer build replaces an older block. */
const START_RE = /^--- Waymark summary(?: \(v\d+\))? ---[ \t]*$/m;
const END_RE = /^--- end Waymark summary ---[ \t]*$/m;

/**
 * The first block in `text`, start marker to end marker; null when there is none, and
 * `unterminated` when a start marker has no end marker after it.
 */
export function findSummaryBlock(text: string): string | null | 'unterminated' {
  const s = START_RE.exec(text);
  if (!s) return null;
  const after = s.index + s[0].length;
  const e = END_RE.exec(text.slice(after));
  if (!e) return 'unterminated';
  return text.slice(s.index, after + e.index + e[0].length);
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
