import { browser } from 'wxt/browser';
import { panelPortName } from '../messaging/panel-port';
import { watchFrame } from './frame-visible';
import type { FrameMessage, HostMessage, PanelIntent, PanelView } from './panel-view';
import { BADGE } from './placement';
import type { PanelSurface, SurfaceFactory } from './surface';

/** The panel's extension page (a web-accessible resource; see wxt.config.ts). */
export const PANEL_FRAME_PAGE = '/panel-frame.html' as const;

/**
 * Wait before opening the port again after the background went away (an idle service worker),
 * doubling up to the longest wait while it keeps refusing.
 */
const RECONNECT_MS = 200;
const RECONNECT_MAX_MS = 10_000;

/** Intents the controller acts on only while the frame is visibly on top in the page. */
const CONSEQUENTIAL: ReadonlySet<PanelIntent['kind']> = new Set([
  'action',
  'insert-summary',
  'reviewed',
  'open-review',
]);

/** The frame's URL for a nonce (a query, so a new nonce loads a new document). */
function frameUrl(id: string): string {
  return `${browser.runtime.getURL(PANEL_FRAME_PAGE)}?n=${id}`;
}

/** A random nonce for the frame's URL and the port names (the relay pairs by tab and nonce). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The panel in an extension frame: the page can neither read it, nor search or select its text,
 * nor see keys typed into it, and its size depends only on where it is placed. The controller
 * talks to the frame through the background (panel-relay.ts), never through window messages.
 */
export const frameSurface: SurfaceFactory = ({ doc, shadow, signal, onIntent }) => {
  let id = nonce();
  const frame = doc.createElement('iframe');
  frame.className = 'wm-frame';
  frame.title = 'Waymark';
  frame.setAttribute('data-testid', 'waymark-frame');
  frame.src = frameUrl(id);
  // A frame loads again when its host is put back in the page; the relay lets one frame claim a
  // nonce, once, so each load but the one we asked for gets a fresh nonce and port.
  let expected = 1;
  frame.addEventListener(
    'load',
    () => {
      if (expected > 0) {
        expected--;
        return;
      }
      id = nonce();
      expected = 1;
      frame.src = frameUrl(id);
      const old = port;
      port = null;
      try {
        old?.disconnect();
      } catch {
        // Already closed.
      }
      connect();
    },
    { signal },
  );
  shadow.append(frame);
  const shown = watchFrame(frame, signal);

  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let last: HostMessage | null = null;
  let lastKey = '';
  let retry: ReturnType<typeof setTimeout> | null = null;
  let wait = RECONNECT_MS;

  const post = (message: HostMessage): void => {
    try {
      port?.postMessage(message);
    } catch {
      // The port closed under us; the reconnect sends the latest view again.
    }
  };

  const onMessage = (raw: unknown): void => {
    // The relay has checked the message against the panel channel's schemas.
    const message = raw as FrameMessage;
    wait = RECONNECT_MS;
    if (message.t === 'ready') {
      if (last) post(last);
    } else if (message.t === 'intent') {
      if (CONSEQUENTIAL.has(message.intent.kind)) {
        const state = shown();
        if (state !== 'shown') {
          post({ t: 'refused', reason: state });
          return;
        }
      }
      onIntent(message.intent);
    }
  };

  const connect = (): void => {
    retry = null;
    if (signal.aborted) return;
    try {
      port = browser.runtime.connect({ name: panelPortName('host', id) });
    } catch {
      // The extension is gone: the lifetime ends this controller shortly.
      return;
    }
    port.onMessage.addListener(onMessage);
    const opened = port;
    port.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = null;
      if (signal.aborted) return;
      retry ??= setTimeout(connect, wait);
      wait = Math.min(wait * 2, RECONNECT_MAX_MS);
    });
    if (last) post(last);
  };
  connect();

  signal.addEventListener(
    'abort',
    () => {
      if (retry) clearTimeout(retry);
      try {
        port?.disconnect();
      } catch {
        // Already closed.
      }
      port = null;
      frame.remove();
    },
    { once: true },
  );

  const surface: PanelSurface = {
    show(view: PanelView) {
      const { mode, x, y, width, height, badgeX, badgeY } = view.place;
      // The frame's box depends only on the placement, never on what the panel says.
      const box =
        mode === 'badge'
          ? { x: badgeX, y: badgeY, width: BADGE.width, height: BADGE.height }
          : { x, y, width, height };
      frame.style.left = `${box.x}px`;
      frame.style.top = `${box.y}px`;
      frame.style.width = `${box.width}px`;
      frame.style.height = `${box.height}px`;
      frame.dataset.mode = mode;
      const message: HostMessage = { t: 'view', view };
      const key = JSON.stringify(view);
      last = message;
      if (key === lastKey) return;
      lastKey = key;
      post(message);
    },
    announce(text) {
      post({ t: 'announce', text });
    },
    focus() {
      frame.focus({ preventScroll: true });
      post({ t: 'focus' });
    },
    hasFocus() {
      return shadow.activeElement === frame;
    },
  };
  return surface;
};
