import { SILENT_BREAK_SELECTOR, SKIP_SELECTOR } from './editors';
import { isEditable } from './roots';
import type { FieldKind, FieldText, TextSegment } from './types';

/**
 * Reading a field's text without touching it. Value fields give `.value`. Editable fields are
 * walked text node by text node (like innerText, but the same in every engine and with a map
 * from each character back to its text node, which highlights need for `Range.getClientRects`).
 */

/** Input types whose value is free text. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'number', 'date']);

/** Elements that start a new line in the text they hold. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** Characters editors use as caret anchors; they are not text. */
const ZERO_WIDTH = /[\u200b\ufeff]/;

/** How a field of this element is read, or null when it is not a field at all. */
export function fieldKind(el: Element): FieldKind | null {
  const tag = el.tagName;
  if (tag === 'TEXTAREA') return 'value';
  if (tag === 'SELECT') return 'select';
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') return 'checkbox';
    return TEXT_INPUT_TYPES.has(type) ? 'value' : null;
  }
  if (isEditable(el)) return 'editable';
  return null;
}

/** The text of a field, and for editable fields the map back to its text nodes. */
export function readFieldText(el: HTMLElement): FieldText {
  const kind = fieldKind(el);
  if (kind === 'value') return { text: (el as HTMLTextAreaElement).value ?? '', segments: null };
  if (kind === 'select') return { text: selectedText(el as HTMLSelectElement), segments: null };
  if (kind === 'checkbox') {
    return { text: (el as HTMLInputElement).checked ? 'true' : 'false', segments: null };
  }
  return readEditable(el);
}

/** Visible text of the selected option(s), or '' when nothing is selected. */
export function selectedText(select: HTMLSelectElement): string {
  const chosen = Array.from(select.options).filter((o) => o.selected);
  return chosen.map((o) => (o.textContent ?? '').replace(/\s+/g, ' ').trim()).join(', ');
}

function preservesWhitespace(el: HTMLElement): boolean {
  try {
    const view = el.ownerDocument.defaultView;
    const ws = view ? view.getComputedStyle(el).whiteSpace : '';
    return ws.startsWith('pre') || ws === 'break-spaces';
  } catch {
    return false;
  }
}

/** Walk an editable root into text plus segments. */
function readEditable(root: HTMLElement): FieldText {
  const preserve = preservesWhitespace(root);
  const segments: TextSegment[] = [];
  let text = '';
  let current: TextSegment | null = null;

  const emitVirtual = (s: string): void => {
    text += s;
    current = null;
  };
  const emitFrom = (node: Text, nodeStart: number, s: string): void => {
    const seg = current as TextSegment | null;
    if (seg && seg.node === node && seg.nodeStart + (seg.end - seg.start) === nodeStart) {
      seg.end += s.length;
    } else {
      current = { node, nodeStart, start: text.length, end: text.length + s.length };
      segments.push(current);
    }
    text += s;
  };
  const lineBreak = (): void => {
    if (text.length > 0 && !text.endsWith('\n')) emitVirtual('\n');
  };

  const emitText = (node: Text): void => {
    const data = node.data;
    if (data.length === 0) return;
    let i = 0;
    while (i < data.length) {
      const ch = data[i] as string;
      if (ZERO_WIDTH.test(ch)) {
        i++;
        current = null;
        continue;
      }
      if (!preserve && /[ \t\n\r\f]/.test(ch)) {
        let j = i;
        while (j < data.length && /[ \t\n\r\f]/.test(data[j] as string)) j++;
        // Collapse a run to one space, and drop it at the start of a line (as layout would).
        if (text.length > 0 && !/[\s]$/.test(text)) {
          if (ch === ' ' && j === i + 1) emitFrom(node, i, ' ');
          else {
            current = null;
            emitFrom(node, i, ' ');
            current = null;
          }
        }
        i = j;
        continue;
      }
      let j = i;
      while (
        j < data.length &&
        !ZERO_WIDTH.test(data[j] as string) &&
        (preserve || !/[ \t\n\r\f]/.test(data[j] as string))
      ) {
        j++;
      }
      emitFrom(node, i, data.slice(i, j));
      i = j;
    }
  };

  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        emitText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (SKIP_SELECTOR && el.matches(SKIP_SELECTOR)) continue;
      const tag = el.tagName;
      if (tag === 'BR') {
        if (!(SILENT_BREAK_SELECTOR && el.matches(SILENT_BREAK_SELECTOR))) emitVirtual('\n');
        continue;
      }
      if (tag === 'TD' || tag === 'TH') {
        if (text.length > 0 && !/\s$/.test(text)) emitVirtual('\t');
        walk(el);
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) lineBreak();
      walk(el);
      if (block) lineBreak();
    }
  };

  walk(root);
  // Trailing line breaks carry no words; trim them so joined fields are separated consistently.
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  if (end < text.length) {
    text = text.slice(0, end);
    const kept = segments.filter((s) => s.start < end);
    for (const s of kept) s.end = Math.min(s.end, end);
    return { text, segments: kept };
  }
  return { text, segments };
}

/**
 * Where a field offset lies in the DOM: the text node and the offset inside it. Offsets on
 * virtual characters (line breaks between blocks) snap to the nearest real character.
 */
export function domPosition(
  segments: readonly TextSegment[],
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | null {
  if (segments.length === 0) return null;
  // Binary search for the segment containing offset.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const st = (segments[mid] as TextSegment).start;
    // An end position at a segment boundary belongs to the segment before it.
    if (bias === 'end' ? st < offset : st <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segments[lo] as TextSegment;
  if (offset < seg.start) {
    return { node: seg.node, offset: seg.nodeStart };
  }
  if (offset > seg.end) {
    // Offset falls in a virtual gap after this segment.
    if (bias === 'start' && lo + 1 < segments.length) {
      seg = segments[lo + 1] as TextSegment;
      return { node: seg.node, offset: seg.nodeStart };
    }
    return { node: seg.node, offset: seg.nodeStart + (seg.end - seg.start) };
  }
  if (offset === seg.end && bias === 'start' && lo + 1 < segments.length) {
    const next = segments[lo + 1] as TextSegment;
    if (next.start === offset) return { node: next.node, offset: next.nodeStart };
  }
  return { node: seg.node, offset: seg.nodeStart + (offset - seg.start) };
}
