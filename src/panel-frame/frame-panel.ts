import { h, render } from 'preact';
import { language, messages, t } from '../i18n/runtime';
import { useLanguage } from '../i18n/tables';
import { Announcer } from '../overlay/announce';
import { Panel } from '../overlay/Panel';
import type {
  FrameMessage,
  HostMessage,
  PanelIntent,
  PanelView,
  RefusalReason,
} from '../overlay/panel-view';
import { Review } from '../overlay/Review';
import { isToggleShortcut } from '../overlay/shortcut';
import { TrustGate } from '../overlay/trusted';
import type { VisibilityGate } from './visibility';

/** Intents that change the record, the audit or the officer's decisions. */
const CONSEQUENTIAL: ReadonlySet<PanelIntent['kind']> = new Set([
  'action',
  'insert-summary',
  'reviewed',
  'open-review',
]);

export interface FramePanelOptions {
  doc: Document;
  /** Where the panel is drawn. */
  root: HTMLElement;
  /** The polite live region (outside the Preact tree, so renders never clear it). */
  live: HTMLElement;
  send(message: FrameMessage): void;
  visibility: VisibilityGate;
  signal: AbortSignal;
}

export interface FramePanel {
  receive(message: HostMessage): void;
}

/**
 * The panel as the frame draws it: views arrive from the controller in the page, the officer's
 * clicks and keys go back as intents. Every handler runs only for events a person made, and an
 * intent that changes anything is sent only while the frame is really visible.
 */
export function startFramePanel(opts: FramePanelOptions): FramePanel {
  const { doc, root, live, send, visibility, signal } = opts;
  const gate = new TrustGate();
  const announcer = new Announcer(() => live);
  let view: PanelView | null = null;
  let refusal: string | null = null;

  const refuse = (reason: RefusalReason): void => {
    // Shown as an alert in the panel, which screen readers announce.
    refusal = t(reason === 'new' ? 'panel.refusedNew' : 'panel.refused');
    draw();
  };

  const intent = (i: PanelIntent): void => {
    if (CONSEQUENTIAL.has(i.kind)) {
      const state = visibility.state();
      if (state !== 'shown') {
        send({ t: 'refused', kind: i.kind });
        refuse(state);
        return;
      }
      if (refusal) {
        refusal = null;
        draw();
      }
    }
    send({ t: 'intent', intent: i });
  };

  const onDrag = (e: PointerEvent): void => {
    const el = e.currentTarget as Element;
    if (!e.isTrusted || (e.target as Element).closest('button') || !view) return;
    if (e.type === 'pointerdown') {
      el.setPointerCapture(e.pointerId);
      // Let go outside the frame, the page's document sees it: the controller listens there.
      intent({ kind: 'drag' });
    } else if (el.hasPointerCapture(e.pointerId)) {
      intent({ kind: 'drop', x: e.clientX + view.place.x });
    }
  };

  const draw = (): void => {
    if (!view || signal.aborted) return;
    const v = view;
    const place = { ...v.place, x: 0, y: 0, badgeX: 0, badgeY: 0 };
    // The card sits over the panel, near the highlight as far as the frame allows.
    const hover =
      v.hover && v.place.mode !== 'badge'
        ? {
            ...v.hover,
            box: {
              ...v.hover.box,
              left: v.hover.box.left - v.place.x,
              top: v.hover.box.top - v.place.y,
            },
          }
        : null;
    render(
      h(Panel, {
        analysis: v.analysis,
        totals: v.totals,
        prompts: v.prompts,
        spoDraft: v.spoDraft,
        health: v.health,
        role: v.role,
        demo: v.demo,
        relationshipLabels: v.relationshipLabels,
        place,
        showLauncher: v.place.mode === 'badge',
        notice: refusal,
        showSuppressed: v.showSuppressed,
        hover,
        zoom: 1,
        canInsertSummary: v.canInsertSummary,
        insertStatus: v.insertStatus,
        gate,
        onToggleOpen: () => intent({ kind: 'toggle', keyboard: true }),
        onMove: () => intent({ kind: 'move' }),
        onDrag,
        onSize: () => intent({ kind: 'size' }),
        onResize: (axis, size, final) => intent({ kind: 'resize', axis, size, final }),
        onToggleSuppressed: () => intent({ kind: 'suppressed' }),
        nameOf: (id: string) => v.names[id] ?? id,
        onReveal: (id) => intent({ kind: 'reveal', id }),
        onAction: (action) => {
          if (gate.open()) intent({ kind: 'action', action });
        },
        onInsertSummary: () => intent({ kind: 'insert-summary' }),
        review: v.review
          ? h(Review, {
              view: v.review.view,
              status: v.review.status,
              canInsert: v.review.canInsert,
              onReviewed: (e: Event, insert: boolean) => {
                if (e.isTrusted) intent({ kind: 'reviewed', insert });
              },
            })
          : null,
        onOpenReview: v.canOpenReview ? () => intent({ kind: 'open-review' }) : null,
      }),
      root,
    );
  };

  // Keys typed in the frame never reach the page; the shortcut and Escape are handled here.
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!isToggleShortcut(e)) return;
      e.preventDefault();
      e.stopPropagation();
      intent({ kind: 'toggle', keyboard: true });
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      // Forms inside the panel catch their own Escape first.
      if (e.key === 'Escape' && e.isTrusted && view && view.place.mode !== 'badge') {
        intent({ kind: 'escape' });
      }
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      announcer.stop();
      render(null, root);
    },
    { once: true },
  );

  return {
    receive(message) {
      if (message.t === 'view') {
        view = message.view;
        if (messages() === null || view.language !== language()) useLanguage(view.language, doc);
        draw();
      } else if (message.t === 'announce') announcer.say(message.text);
      else if (message.t === 'refused') refuse(message.reason);
      else root.querySelector<HTMLElement>('#wm-title')?.focus({ preventScroll: true });
    },
  };
}
