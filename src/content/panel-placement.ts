import type { LocatedField } from '../adapters/types';
import { frameShift } from '../overlay/highlights';
import {
  clampSize,
  DEFAULT_PLACEMENT,
  GAP,
  LARGE,
  place,
  STANDARD,
  type Placement,
  type Rect,
  type SavedPlacement,
  type Side,
} from '../overlay/placement';

/** How long after the heading is pressed a release over the page still moves the panel. */
export const DRAG_MS = 10_000;

/** What the placement is measured against, as the page is now. */
export interface PlacementInputs {
  /** The document the overlay is mounted in. */
  target: Document;
  /** The CSS zoom the host page applies to the overlay. */
  zoom: number;
  narrative: readonly LocatedField[];
  /** Any prompt applies to this record: there is something to say. */
  hasPrompts: boolean;
}

/** The side a panel let go at `x` docks on: the half of the viewport (`vw` wide) it was over. */
export function sideAt(x: number, vw: number): Side {
  return x < vw / 2 ? 'left' : 'right';
}

/**
 * Where the caret is, near enough: as far down the field as it is through the text. Reading the
 * caret's real box would force a layout on every keystroke.
 */
export function caretY(box: Rect, selectionEnd: number, length: number): number {
  return box.top + ((box.bottom - box.top) * selectionEnd) / length;
}

/** The two sizes the size button switches between. */
export function nextSize(saved: SavedPlacement): SavedPlacement {
  return { ...saved, ...(saved.width > STANDARD.width ? STANDARD : LARGE) };
}

/**
 * The panel's place as the officer chose it (closed, side, size: saved per site profile) and as
 * it is now. Measuring turns the field's box into our CSS pixels; the pure geometry is `place`.
 */
export class PanelPlacement {
  /** What the officer chose: closed, side and size (saved per site profile). */
  saved: SavedPlacement;
  /** The officer opened the panel since it was last closed. */
  opened = false;
  /** Where the panel and badge are now. */
  at: Placement;
  /** Ends the page's following of a resize drag. */
  private resizing: AbortController | null = null;

  constructor(
    saved: SavedPlacement | null | undefined,
    private readonly persist: (placement: SavedPlacement) => void,
    private readonly signal: AbortSignal,
  ) {
    this.saved = saved ?? DEFAULT_PLACEMENT;
    this.at = place({
      field: null,
      caretY: null,
      vw: 0,
      vh: 0,
      saved: DEFAULT_PLACEMENT,
      wanted: false,
      opened: false,
    });
  }

  /**
   * Where the panel goes now, clear of the narrative being typed in, in our own CSS pixels (a
   * host page that zooms <html> zooms us too; browser zoom shrinks the viewport instead).
   */
  measure({ target, zoom: z, narrative, hasPrompts }: PlacementInputs): Placement {
    const win = target.defaultView;
    // The field to keep clear: the narrative being typed in, else the first one.
    const active = narrative.find((f) => f.el.ownerDocument.activeElement === f.el)?.el;
    const el = active ?? narrative[0]?.el;
    const shift = el && frameShift(el.ownerDocument, target);
    const r = el?.getBoundingClientRect();
    const box: Rect | null =
      shift && r?.width
        ? {
            left: (r.left + shift.x) / z,
            top: (r.top + shift.y) / z,
            right: (r.right + shift.x) / z,
            bottom: (r.bottom + shift.y) / z,
          }
        : null;
    const { selectionEnd, value } = (el ?? {}) as HTMLTextAreaElement;
    return place({
      field: box,
      caretY: box && value && el === active ? caretY(box, selectionEnd, value.length) : null,
      vw: (win?.innerWidth ?? 0) / z,
      vh: (win?.innerHeight ?? 0) / z,
      saved: this.saved,
      wanted: this.opened || (!this.saved.closed && hasPrompts),
      opened: this.opened,
    });
  }

  save(): void {
    this.persist(this.saved);
  }

  /**
   * Dragged by the heading and let go at `x`: the panel docks on that half of the screen (`vw`
   * wide, both in our CSS pixels).
   */
  dropAt(x: number, vw: number): void {
    this.saved = { ...this.saved, side: sideAt(x, vw) };
  }

  /**
   * The heading was pressed: a person's release over the page, soon, picks the side. The panel
   * frame cannot see a release outside itself, so the page listens for it, briefly.
   */
  drag(target: Document, view: { zoom(): number; width(): number }, moved: () => void): void {
    const stop = new AbortController();
    const timer = setTimeout(() => stop.abort(), DRAG_MS);
    this.signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    target.addEventListener(
      'pointerup',
      (e) => {
        clearTimeout(timer);
        stop.abort();
        if (!e.isTrusted) return;
        this.dropAt(e.clientX / view.zoom(), view.width());
        this.save();
        moved();
      },
      { capture: true, signal: stop.signal },
    );
  }

  /** The move button: dock on the other side from where the panel is now. */
  move(): void {
    this.saved = { ...this.saved, side: this.at.side === 'right' ? 'left' : 'right' };
  }

  resize(): void {
    this.saved = nextSize(this.saved);
  }

  /**
   * A resize handle asked for this width or height: keep it within the room where the panel is
   * docked `now` (the width within the room beside the field, so a wider panel never covers the
   * narrative). Only a docked panel has the handles; a badge or popover ignores a late request.
   */
  resizeTo(axis: 'width' | 'height', size: number, now: Placement): void {
    if (now.mode !== 'dock') return;
    const room = axis === 'width' ? now.maxWidth : now.maxHeight;
    this.saved = { ...this.saved, [axis]: clampSize(axis, size, room) };
  }

  /**
   * A resize handle was pressed: follow the pointer over the page too, as the frame sees only
   * itself. The edge goes where the pointer is; `resized` hears each size asked for, and
   * `final` once the pointer is let go (or found released). Ends at the first release or abort.
   */
  followResize(
    axis: 'width' | 'height',
    target: Document,
    view: { zoom(): number; width(): number },
    resized: (size: number, final: boolean) => void,
  ): void {
    if (this.resizing) return;
    const stop = new AbortController();
    this.resizing = stop;
    stop.signal.addEventListener('abort', () => {
      if (this.resizing === stop) this.resizing = null;
    });
    this.signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
    const sizeAt = (e: PointerEvent): number => {
      if (axis === 'height') return e.clientY / view.zoom() - this.at.y;
      const x = e.clientX / view.zoom();
      return this.at.side === 'right' ? view.width() - GAP - x : x - GAP;
    };
    const listen = { capture: true, signal: stop.signal };
    target.addEventListener(
      'pointermove',
      (e) => {
        if (!e.isTrusted) return;
        if ((e.buttons & 1) === 0) {
          // Let go where we did not see it (in the frame, or outside the window): the width the
          // last move reached stands, not wherever the pointer has wandered to since.
          stop.abort();
          resized(this.saved[axis], true);
          return;
        }
        resized(sizeAt(e), false);
      },
      listen,
    );
    target.addEventListener(
      'pointerup',
      (e) => {
        if (!e.isTrusted) return;
        stop.abort();
        resized(sizeAt(e), true);
      },
      listen,
    );
  }

  /** The handle was let go inside the panel: the page need not follow the pointer any more. */
  endResize(): void {
    this.resizing?.abort();
  }

  /** The officer opened or closed the panel; closed stays closed on this site until reopened. */
  toggled(open: boolean): void {
    this.opened = open;
    this.saved = { ...this.saved, closed: !open };
    this.save();
  }
}
