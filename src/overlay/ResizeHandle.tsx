import { useRef } from 'preact/hooks';
import { RESIZE_STEP, SIZE_LIMITS, type Side } from './placement';
import { trusted } from './trusted';
import { t } from '../i18n/runtime';

/** Which of the panel's sizes a handle changes. */
export type ResizeAxis = 'width' | 'height';

export interface ResizeHandleProps {
  axis: ResizeAxis;
  /**
   * The side the panel is docked on: the width handle is its inner edge, the one facing the
   * field; the height handle is its bottom edge.
   */
  side: Side;
  /** The panel's size along `axis` now. */
  size: number;
  /** The largest it may be made here (for the width: without covering the field). */
  max: number;
  /** Ask for this size; `final` when the officer let go or pressed a key (then it is saved). */
  onResize(axis: ResizeAxis, size: number, final: boolean): void;
}

/** Per axis: the message keys, and the keys that grow and shrink the panel. */
const AXES = {
  width: {
    label: 'panel.resize',
    value: 'panel.resize.value',
    title: 'panel.resize.title',
    orientation: 'vertical',
    testid: 'waymark-resize',
  },
  height: {
    label: 'panel.resize.height',
    value: 'panel.resize.height.value',
    title: 'panel.resize.height.title',
    orientation: 'horizontal',
    testid: 'waymark-resize-height',
  },
} as const;

/**
 * One of the docked panel's edges as a window splitter: dragged with the pointer, or focused
 * and moved with the arrow keys (Home and End for the smallest and largest). Its value is the
 * panel's width or height; the controller clamps what it asks for (the width to the room beside
 * the field). A pointer that leaves the frame is followed by the controller in the page, which
 * sees it there.
 */
export function ResizeHandle({ axis, side, size, max, onResize }: ResizeHandleProps) {
  const [min] = SIZE_LIMITS[axis];
  const words = AXES[axis];
  /** A pointer is pressed on the handle (the page follows it outside the frame). */
  const dragging = useRef(false);
  /**
   * How much a key that moves the edge right (or down) by `d` grows the panel: the inner edge of
   * a panel docked on the right grows it by moving left.
   */
  const grows = axis === 'width' && side === 'right' ? -1 : 1;
  /** The panel fills its frame, so the frame's own viewport is the panel as it is now. */
  const frameSize = (e: PointerEvent): number => {
    const view = (e.currentTarget as Element).ownerDocument.defaultView;
    return (axis === 'width' ? view?.innerWidth : view?.innerHeight) ?? size;
  };
  /** The size that puts the edge under the pointer, even before this view has caught up. */
  const sizeAt = (e: PointerEvent): number =>
    Math.round(
      axis === 'height' ? e.clientY : side === 'left' ? e.clientX : frameSize(e) - e.clientX,
    );

  const onKeyDown = trusted((e: KeyboardEvent) => {
    const forward = axis === 'width' ? 'ArrowRight' : 'ArrowDown';
    const back = axis === 'width' ? 'ArrowLeft' : 'ArrowUp';
    const next =
      e.key === forward
        ? size + grows * RESIZE_STEP
        : e.key === back
          ? size - grows * RESIZE_STEP
          : e.key === 'Home'
            ? min
            : e.key === 'End'
              ? max
              : null;
    if (next === null) return;
    e.preventDefault();
    onResize(axis, next, true);
  });

  const onPointerDown = trusted((e: PointerEvent) => {
    if (e.button !== 0) return;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    dragging.current = true;
    e.preventDefault();
    // Not final: tells the controller to follow the pointer over the page until it is let go.
    onResize(axis, size, false);
  });

  const onPointerMove = trusted((e: PointerEvent) => {
    if (!dragging.current) return;
    // Let go outside the frame: the page saw the release, and the controller saved the size.
    if ((e.buttons & 1) === 0) {
      dragging.current = false;
      return;
    }
    onResize(axis, sizeAt(e), false);
  });

  const onPointerUp = trusted((e: PointerEvent) => {
    if (!dragging.current) return;
    dragging.current = false;
    onResize(axis, sizeAt(e), true);
  });

  // A cancelled drag (a touch turned into a scroll) keeps the size it had reached.
  const onPointerCancel = trusted((e: PointerEvent) => {
    if (!dragging.current) return;
    dragging.current = false;
    onResize(axis, frameSize(e), true);
  });

  return (
    <div
      class="wm-resize"
      role="separator"
      tabIndex={0}
      aria-orientation={words.orientation}
      aria-label={t(words.label)}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={Math.max(min, max)}
      aria-valuetext={t(words.value, { size })}
      title={t(words.title)}
      data-testid={words.testid}
      data-axis={axis}
      data-side={side}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
    />
  );
}
