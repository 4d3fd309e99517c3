import type { JoinedNarrative, NarrativePart } from '../adapters/read-record';
import { domPosition } from '../adapters/text';
import type { TextSegment } from '../adapters/types';

/**
 * Evidence highlights drawn over the host page's fields without touching them (Grammarly's "new
 * way", Harper's TextFieldRange): boxes live in our shadow root, positioned over the text.
 * - textarea/input: a hidden mirror element copies the field's box and font; a Range over the
 *   mirror's text gives the rectangles.
 * - contenteditable and editors: a Range over the field's own text nodes.
 * Boxes follow scroll (capture, passive), resize, field resizes and web-font loads, recomputed in
 * one animation frame and only for fields on screen.
 */

/** One span of the joined record text to highlight. */
export interface HighlightSpan {
  /** Unique per span; the card and the indicator list refer to it. */
  key: string;
  start: number;
  end: number;
  /** `behaviour` evidence, or a `suppressed` match shown on request. */
  kind: 'behaviour' | 'suppressed';
  /** Behaviour (or risk) id, for the card and for tests. */
  id: string;
}

/** A rectangle in the overlay's coordinates (CSS px of our layer). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What the pointer or caret is on. */
export interface HighlightHit {
  span: HighlightSpan;
  box: Box;
  /** Caret hits come from the keyboard; the card then stays until the caret moves off. */
  source: 'pointer' | 'caret';
}

/** Properties copied onto the mirror (component/textarea-caret-position's list). */
const MIRROR_PROPS = [
  'direction',
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontFeatureSettings',
  'fontKerning',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
  'wordBreak',
  'overflowWrap',
] as const;

/** Map an offset in the joined text to the part (field) holding it. */
export function partAt(joined: JoinedNarrative, offset: number): NarrativePart | null {
  for (const p of joined.parts) {
    if (offset >= p.start && offset < p.end) return p;
  }
  return null;
}

/** Map a DOM position inside an editable field back to an offset in that field's text. */
export function offsetOfDom(
  segments: readonly TextSegment[],
  node: Node,
  offset: number,
): number | null {
  for (const s of segments) {
    if (s.node !== node) continue;
    const local = offset - s.nodeStart;
    if (local >= 0 && local <= s.end - s.start) return s.start + local;
  }
  return null;
}

interface FrameShift {
  x: number;
  y: number;
  /** Visible area of the innermost frame in overlay coordinates (null for the top document). */
  clip: Box | null;
}

/** Offset from a field's document to the overlay's document, through same-origin frames. */
export function frameShift(fieldDoc: Document, overlayDoc: Document): FrameShift | null {
  let x = 0;
  let y = 0;
  let clip: Box | null = null;
  let win = fieldDoc.defaultView;
  let guard = 0;
  while (win && win.document !== overlayDoc && guard++ < 10) {
    let fe: Element | null;
    try {
      fe = win.frameElement;
    } catch {
      return null;
    }
    if (!fe) return null;
    const r = fe.getBoundingClientRect();
    const cs = fe.ownerDocument.defaultView?.getComputedStyle(fe);
    const padL = cs ? parseFloat(cs.paddingLeft) || 0 : 0;
    const padT = cs ? parseFloat(cs.paddingTop) || 0 : 0;
    const inner: Box = {
      left: r.left + fe.clientLeft + padL,
      top: r.top + fe.clientTop + padT,
      width: fe.clientWidth - padL,
      height: fe.clientHeight - padT,
    };
    // Shift accumulated inner coordinates into this frame's parent.
    x += inner.left;
    y += inner.top;
    const prev = clip as Box | null;
    clip = prev
      ? intersect({ ...prev, left: prev.left + inner.left, top: prev.top + inner.top }, inner)
      : inner;
    win = fe.ownerDocument.defaultView;
  }
  if (!win || win.document !== overlayDoc) return null;
  return { x, y, clip };
}

function intersect(a: Box, b: Box): Box {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return { left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}

function toBox(r: DOMRect | DOMRectReadOnly): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}

/** Options for the highlighter. */
export interface HighlighterOptions {
  /** Fixed, full-viewport layer in the shadow root, with `pointer-events: none`. */
  layer: HTMLElement;
  signal: AbortSignal;
  /** Called when the pointer or caret moves onto or off a highlight. */
  onHover(hit: HighlightHit | null): void;
  /** Called after each layout (scroll, resize, field moves), so the panel can move too. */
  onLayout?(): void;
}

/** Draws and keeps highlight boxes over the narrative fields. */
export class Highlighter {
  private joined: JoinedNarrative = { text: '', parts: [], truncated: false };
  private spans: HighlightSpan[] = [];
  private boxes: { span: HighlightSpan; box: Box }[] = [];
  private pool: HTMLElement[] = [];
  private frame = 0;
  private suspended = false;
  private hover: HighlightHit | null = null;
  private flashKey: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly mirror: HTMLElement;
  private readonly listenedDocs = new WeakSet<Document>();
  private readonly resizeObserver: ResizeObserver | null;
  private observedFields = new Set<Element>();
  private pointer: { doc: Document; x: number; y: number } | null = null;
  /** The overlay's document: read each time, as the host can be moved into a frame's document. */
  private get doc(): Document {
    return this.opts.layer.ownerDocument;
  }

  private get win(): Window {
    return this.doc.defaultView as Window;
  }

  constructor(private readonly opts: HighlighterOptions) {
    this.mirror = this.doc.createElement('div');
    this.mirror.className = 'wm-mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    opts.layer.append(this.mirror);
    const RO = (this.win as Window & typeof globalThis).ResizeObserver;
    this.resizeObserver = RO ? new RO(() => this.schedule()) : null;
    const o = { capture: true, passive: true, signal: opts.signal };
    this.win.addEventListener('resize', () => this.schedule(), o);
    this.listenDoc(this.doc);
    const fonts = (this.doc as Document & { fonts?: FontFaceSet }).fonts;
    fonts?.addEventListener?.('loadingdone', () => this.schedule(), { signal: opts.signal });
    opts.signal.addEventListener(
      'abort',
      () => {
        if (this.frame) this.win.cancelAnimationFrame(this.frame);
        if (this.flashTimer) clearTimeout(this.flashTimer);
        this.resizeObserver?.disconnect();
      },
      { once: true },
    );
  }

  /** Listen to scroll, pointer and caret moves in a document (the page or a field's frame). */
  private listenDoc(doc: Document): void {
    if (this.listenedDocs.has(doc)) return;
    this.listenedDocs.add(doc);
    const o = { capture: true, passive: true, signal: this.opts.signal };
    doc.addEventListener('scroll', () => this.schedule(), o);
    doc.addEventListener(
      'mousemove',
      (e: MouseEvent) => {
        this.pointer = { doc, x: e.clientX, y: e.clientY };
        this.schedule();
      },
      o,
    );
    // No keyup or selectionchange triggers: text edits arrive through setSpans, and a caret move
    // that scrolls the field fires 'scroll'. Laying out on every key was most of the typing cost.
  }

  /**
   * Hide the boxes while the officer is typing: the text under them is moving, and measuring it
   * on every key costs milliseconds per keystroke on long narratives. setSpans shows them again.
   */
  suspend(): void {
    if (this.suspended) return;
    this.suspended = true;
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.opts.layer.style.visibility = 'hidden';
  }

  /** Replace the text map and spans; boxes are recomputed in the next frame. */
  setSpans(joined: JoinedNarrative, spans: HighlightSpan[]): void {
    this.suspended = false;
    this.opts.layer.style.visibility = '';
    this.joined = joined;
    this.spans = spans;
    const fields = new Set(joined.parts.map((p) => p.field.el));
    for (const el of this.observedFields) {
      if (!fields.has(el as HTMLElement)) this.resizeObserver?.unobserve(el);
    }
    for (const el of fields) {
      if (!this.observedFields.has(el)) this.resizeObserver?.observe(el);
      this.listenDoc(el.ownerDocument);
    }
    this.observedFields = fields;
    // Measure in a later task than the one that changed the panel: a pasted statement's panel
    // and mirror layout together could otherwise make one task longer than 50 ms.
    this.win.setTimeout(() => this.schedule(), 0);
  }

  /** Recompute positions in the next animation frame (coalesced). */
  schedule(): void {
    if (this.frame || this.suspended || this.opts.signal.aborted) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      if (this.doc.hidden) return;
      this.layout();
    });
  }

  /** Boxes as currently drawn (for tests and the card). */
  current(): readonly { span: HighlightSpan; box: Box }[] {
    return this.boxes;
  }

  /** Effective CSS zoom on our layer (the host page may zoom <html>). */
  private zoom(): number {
    const z = (this.opts.layer as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom;
    return typeof z === 'number' && z > 0 ? z : 1;
  }

  private layout(): void {
    const out: { span: HighlightSpan; box: Box }[] = [];
    const vw = this.win.innerWidth;
    const vh = this.win.innerHeight;
    const byPart = new Map<NarrativePart, HighlightSpan[]>();
    for (const span of this.spans) {
      const part = partAt(this.joined, span.start);
      if (!part) continue;
      const list = byPart.get(part) ?? [];
      list.push(span);
      byPart.set(part, list);
    }
    for (const [part, spans] of byPart) {
      const el = part.field.el;
      if (!el.isConnected) continue;
      const shift = frameShift(el.ownerDocument, this.doc);
      if (!shift) continue;
      const fr = el.getBoundingClientRect();
      let visible = intersect(
        { left: fr.left + shift.x, top: fr.top + shift.y, width: fr.width, height: fr.height },
        { left: 0, top: 0, width: vw, height: vh },
      );
      if (shift.clip) visible = intersect(visible, shift.clip);
      // Only fields on screen: off-screen or hidden fields cost nothing.
      if (visible.width <= 0 || visible.height <= 0) continue;
      const rects =
        part.content.segments === null
          ? this.valueRects(el, part, spans, shift)
          : this.editableRects(el, part, part.content.segments, spans, shift);
      for (const { span, box } of rects) {
        const clipped = intersect(box, visible);
        if (clipped.width > 0 && clipped.height > 0) out.push({ span, box: clipped });
      }
    }
    this.boxes = out;
    this.draw();
    this.updateHover();
    this.opts.onLayout?.();
  }

  private valueRects(
    el: HTMLElement,
    part: NarrativePart,
    spans: HighlightSpan[],
    shift: FrameShift,
  ): { span: HighlightSpan; box: Box }[] {
    const node = this.prepareMirror(el, part.content.text, shift);
    if (!node) return [];
    const out: { span: HighlightSpan; box: Box }[] = [];
    const range = this.doc.createRange();
    const len = node.data.length;
    for (const span of spans) {
      const s = Math.min(len, span.start - part.start);
      const e = Math.min(len, span.end - part.start);
      if (e <= s) continue;
      range.setStart(node, s);
      range.setEnd(node, e);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width > 0 && r.height > 0) out.push({ span, box: toBox(r) });
      }
    }
    return out;
  }

  /** Size and fill the mirror over a value field; returns its text node. */
  private prepareMirror(el: HTMLElement, text: string, shift: FrameShift): Text | null {
    const view = el.ownerDocument.defaultView;
    if (!view) return null;
    const cs = view.getComputedStyle(el);
    const m = this.mirror;
    const st = m.style;
    for (const p of MIRROR_PROPS) {
      (st as unknown as Record<string, string>)[p] =
        (cs as unknown as Record<string, string>)[p] ?? '';
    }
    const z = this.zoom();
    const fr = el.getBoundingClientRect();
    const isInput = el.tagName === 'INPUT';
    st.position = 'fixed';
    st.visibility = 'hidden';
    st.overflow = 'hidden';
    st.boxSizing = 'border-box';
    st.borderColor = 'transparent';
    st.whiteSpace = isInput ? 'pre' : 'pre-wrap';
    if (!isInput) st.overflowWrap = cs.overflowWrap || 'break-word';
    // clientWidth excludes the field's scrollbar, so the mirror wraps lines where the field does.
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    const bt = parseFloat(cs.borderTopWidth) || 0;
    const bb = parseFloat(cs.borderBottomWidth) || 0;
    st.left = `${(fr.left + shift.x) / z}px`;
    st.top = `${(fr.top + shift.y) / z}px`;
    st.width = `${(el.clientWidth + bl + br) / z}px`;
    st.height = `${(el.clientHeight + bt + bb) / z}px`;
    if (isInput) {
      // An input centres its single line in the content box.
      const pad = (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0);
      st.lineHeight = `${Math.max(0, el.clientHeight - pad) / z}px`;
    }
    let node = m.firstChild as Text | null;
    if (!node || node.nodeType !== 3) {
      m.textContent = '';
      node = this.doc.createTextNode('');
      m.append(node);
    }
    if (node.data !== text) node.data = text;
    m.scrollTop = el.scrollTop;
    m.scrollLeft = el.scrollLeft;
    return node;
  }

  private editableRects(
    el: HTMLElement,
    part: NarrativePart,
    segments: readonly TextSegment[],
    spans: HighlightSpan[],
    shift: FrameShift,
  ): { span: HighlightSpan; box: Box }[] {
    const out: { span: HighlightSpan; box: Box }[] = [];
    const range = el.ownerDocument.createRange();
    for (const span of spans) {
      const a = domPosition(segments, span.start - part.start, 'start');
      const b = domPosition(segments, span.end - part.start, 'end');
      if (!a || !b || !a.node.isConnected || !b.node.isConnected) continue;
      try {
        range.setStart(a.node, Math.min(a.offset, a.node.length));
        range.setEnd(b.node, Math.min(b.offset, b.node.length));
      } catch {
        // The editor changed its DOM since we read it; the next read will catch up.
        continue;
      }
      for (const r of Array.from(range.getClientRects())) {
        if (r.width <= 0 || r.height <= 0) continue;
        out.push({
          span,
          box: { left: r.left + shift.x, top: r.top + shift.y, width: r.width, height: r.height },
        });
      }
    }
    return out;
  }

  private draw(): void {
    const z = this.zoom();
    const layer = this.opts.layer;
    while (this.pool.length < this.boxes.length) {
      const d = this.doc.createElement('div');
      d.className = 'wm-hl';
      d.setAttribute('data-testid', 'waymark-highlight');
      layer.append(d);
      this.pool.push(d);
    }
    this.pool.forEach((d, i) => {
      const item = this.boxes[i];
      if (!item) {
        d.hidden = true;
        return;
      }
      const { span, box } = item;
      d.hidden = false;
      d.setAttribute('data-kind', span.kind);
      d.setAttribute('data-highlight', span.id);
      d.toggleAttribute('data-flash', span.key === this.flashKey);
      d.style.transform = `translate(${box.left / z}px, ${box.top / z}px)`;
      d.style.width = `${box.width / z}px`;
      d.style.height = `${box.height / z}px`;
    });
  }

  /** Which highlight the pointer or the caret is on, reported when it changes. */
  private updateHover(): void {
    let hit: HighlightHit | null = null;
    if (this.pointer) {
      const shift =
        this.pointer.doc === this.doc ? { x: 0, y: 0 } : frameShift(this.pointer.doc, this.doc);
      if (shift) {
        const x = this.pointer.x + shift.x;
        const y = this.pointer.y + shift.y;
        const found = this.boxes.find(
          ({ box }) =>
            x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height,
        );
        if (found) hit = { ...found, source: 'pointer' };
      }
    }
    if (!hit) hit = this.caretHit();
    const same =
      (hit === null && this.hover === null) ||
      (hit !== null && this.hover !== null && hit.span.key === this.hover.span.key);
    const moved =
      hit &&
      this.hover &&
      (hit.box.left !== this.hover.box.left || hit.box.top !== this.hover.box.top);
    this.hover = hit;
    if (!same || moved) this.opts.onHover(hit);
  }

  /** The highlight under the caret of the focused narrative field (keyboard "focus" on evidence). */
  private caretHit(): HighlightHit | null {
    for (const part of this.joined.parts) {
      const el = part.field.el;
      const doc = el.ownerDocument;
      const active = deepActive(doc);
      if (!active || !(active === el || el.contains(active))) continue;
      let offset: number | null;
      if (part.content.segments === null) {
        const v = el as HTMLTextAreaElement;
        if (v.selectionStart !== v.selectionEnd) return null;
        offset = v.selectionStart;
      } else {
        const root = el.getRootNode() as Document | ShadowRoot;
        const sel =
          (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ??
          doc.getSelection();
        if (!sel || !sel.isCollapsed || !sel.anchorNode) return null;
        offset = offsetOfDom(part.content.segments, sel.anchorNode, sel.anchorOffset);
      }
      if (offset === null) return null;
      const at = part.start + offset;
      const found = this.boxes.find(({ span }) => at > span.start && at < span.end);
      return found ? { ...found, source: 'caret' } : null;
    }
    return null;
  }

  /** Bring a span into view in its field and flash its box. Never moves focus or the selection. */
  reveal(span: HighlightSpan): void {
    const part = partAt(this.joined, span.start);
    if (!part) return;
    const el = part.field.el;
    if (part.content.segments === null) {
      const shift = frameShift(el.ownerDocument, this.doc) ?? { x: 0, y: 0, clip: null };
      const node = this.prepareMirror(el, part.content.text, shift);
      if (node) {
        this.mirror.scrollTop = 0;
        const range = this.doc.createRange();
        const s = Math.min(node.length, span.start - part.start);
        range.setStart(node, s);
        range.setEnd(node, Math.min(node.length, Math.max(s, span.end - part.start)));
        const r = range.getBoundingClientRect();
        const top = r.top - this.mirror.getBoundingClientRect().top;
        el.scrollTop = Math.max(0, top - el.clientHeight / 3);
      }
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else {
      const pos = domPosition(part.content.segments, span.start - part.start, 'start');
      const target = pos?.node.parentElement ?? el;
      target.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
    this.flashKey = span.key;
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashKey = null;
      this.schedule();
    }, 1600);
    this.schedule();
  }
}

/** The focused element, looking into open shadow roots and same-origin frames. */
function deepActive(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a && (a as HTMLElement).shadowRoot?.activeElement) {
    a = (a as HTMLElement).shadowRoot!.activeElement;
  }
  return a;
}
