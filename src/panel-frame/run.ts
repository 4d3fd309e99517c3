import { browser } from 'wxt/browser';
import { panelPortName, parseHostMessage } from '../messaging/panel-channel';
import type { FrameMessage } from '../overlay/panel-view';
import { startFramePanel } from './frame-panel';
import { watchVisibility } from './visibility';

/**
 * Wait before opening the port again after the background went away (an idle service worker),
 * doubling up to the longest wait while it keeps refusing.
 */
const RECONNECT_MS = 200;
const RECONNECT_MAX_MS = 10_000;

/**
 * The panel frame's wiring: the nonce in the URL's query names this frame's port; the
 * background pairs it with the controller that made the frame and relays its views here.
 */
export function runPanelFrame(): void {
  const nonce = new URLSearchParams(location.search).get('n');
  const root = document.getElementById('panel');
  const live = document.getElementById('live');
  if (!nonce || !root || !live) return;
  const controller = new AbortController();
  const { signal } = controller;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let wait = RECONNECT_MS;
  const send = (message: FrameMessage): void => {
    try {
      port?.postMessage(message);
    } catch {
      // Closed; the reconnect says "ready" and the controller sends its latest view.
    }
  };
  const panel = startFramePanel({
    doc: document,
    root,
    live,
    send,
    visibility: watchVisibility(document.documentElement, signal),
    signal,
  });
  const connect = (): void => {
    if (signal.aborted) return;
    try {
      port = browser.runtime.connect({ name: panelPortName('frame', nonce) });
    } catch {
      controller.abort();
      return;
    }
    port.onMessage.addListener((raw: unknown) => {
      const message = parseHostMessage(raw);
      if (!message) return;
      wait = RECONNECT_MS;
      panel.receive(message);
    });
    port.onDisconnect.addListener(() => {
      port = null;
      setTimeout(connect, wait);
      wait = Math.min(wait * 2, RECONNECT_MAX_MS);
    });
    send({ t: 'ready' });
  };
  connect();
  window.addEventListener('pagehide', () => controller.abort(), { once: true });
}
