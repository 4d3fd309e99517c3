import { useRef } from 'preact/hooks';
import { RESIZE_STEP, SIZE_LIMITS, type Side } from './placement';
import { trusted } from './trusted';
import { t } from '../i18n/runtime';

export interface ResizeHandleProps {
  /** The side the panel is docked on: the handle is its inner edge, the one facing the field. */
  side: Side;
  width: number;
  /** The widest the panel may be made here without covering the field. */
  maxWidth: number;
  /** Ask for this width; `final` when the officer let go or pressed a key (then it is saved). */
  onResize(width: number, final: boolean): void;
}

/**
 * The docked panel's inner edge as a window splitter: dragged with the pointer, or focused and
 * moved with the arrow keys (Home and End for the narrowest and widest). Its value is the
 * panel's width; the controller clamps what it asks for to the room beside the field. A pointer
 * that leaves the frame is followed by the controller in the page, which sees it there.
 */
export function ResizeHandle({ side, width, maxWidth, onResize }: ResizeHandleProps) {
  const [min] = SIZE_LIMITS.width;
  /** A pointer is pressed on the handle (the page follows it outside the frame). */
  const dragging = useRef(false);
  /** The width for the edge moved `dx` pixels to the right. */
  const widthFor = (from: number, dx: number): number => (side === 'left' ? from + dx : from - dx);
  /**
   * The width that puts the inner edge under the pointer. The panel fills its frame, so the
   * frame's own viewport is the panel as it is now, even before this view has caught up.
   */
  const frameWidth = (e: PointerEvent): number =>
    (e.currentTarget as Element).ownerDocument.defaultView?.innerWidth ?? width;
  const widthAt = (e: PointerEvent): number =>
    Math.round(side === 'left' ? e.clientX : frameWidth(e) - e.clientX);

  const onKeyDown = trusted((e: KeyboardEvent) => {
    const next =
      e.key === 'ArrowLeft'
        ? widthFor(width, -RESIZE_STEP)
        : e.key === 'ArrowRight'
          ? widthFor(width, RESIZE_STEP)
          : e.key === 'Home'
            ? min
            : e.key === 'End'
              ? maxWidth
              : null;
    if (next === null) return;
    e.preventDefault();
    onResize(next, true);
  });

  const onPointerDown = trusted((e: PointerEvent) => {
    if (e.button !== 0) return;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    dragging.current = true;
    e.preventDefault();
    // Not final: tells the controller to follow the pointer over the page until it is let go.
    onResize(width, false);
  });

  const onPointerMove = trusted((e: PointerEvent) => {
    if (!dragging.current) return;
    // Let go outside the frame: the page saw the release, and the controller saved the width.
    if ((e.buttons & 1) === 0) {
      dragging.current = false;
      return;
    }
    onResize(widthAt(e), false);
  });

  const onPointerUp = trusted((e: PointerEvent) => {
    if (!dragging.current) return;
    dragging.current = false;
    onResize(widthAt(e), true);
  });

  // A cancelled drag (a touch turned into a scroll) keeps the width it had reached.
  const onPointerCancel = trusted((e: PointerEvent) => {
    if (!dragging.current) return;
    dragging.current = false;
    onResize(frameWidth(e), true);
  });

  return (
    <div
      class="wm-resize"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('panel.resize')}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={Math.max(min, maxWidth)}
      aria-valuetext={t('panel.resize.value', { width })}
      title={t('panel.resize.title')}
      data-testid="waymark-resize"
      data-side={side}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
    />
  );
}
