import {
  parseFrameMessage,
  parseHostMessage,
  parsePanelPortName,
  type PanelEnd,
} from '../messaging/panel-channel';

/** The parts of a runtime port the relay uses (the browser's `runtime.Port`). */
export interface RelayPort {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number }; frameId?: number };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** The panel frame's page, as the build names it. */
export const PANEL_FRAME_PATH = '/panel-frame.html';

interface Pair {
  host?: RelayPort;
  frame?: RelayPort;
  /** The latest view, for a frame that connects after it was sent. */
  view?: unknown;
  /** A frame has claimed this pair: no other frame may, even after it has gone. */
  claimed?: boolean;
}

/** Most pairs kept at once (one per tab with a panel); the oldest go first. */
const MAX_PAIRS = 500;

function parseUrl(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/**
 * Pairs each panel controller with its frame by tab and nonce and relays between them. Who is who
 * comes from the browser (sender id, URL, tab, frame), never the message: the frame end must be
 * our panel page in a subframe, and only the first to claim a nonce; the controller end a top
 * frame, of a web page (content script) or of one of our pages (the demo). Every message is checked before it is passed on, and nothing is
 * kept but the last view, in memory, until the tab's ports close.
 */
export function createPanelRelay(self: { id: string }): (port: RelayPort) => boolean {
  const pairs = new Map<string, Pair>();

  const allowed = (end: PanelEnd, sender: RelayPort['sender']): boolean => {
    if (!sender || sender.id !== self.id || sender.tab?.id === undefined) return false;
    const url = parseUrl(sender.url);
    if (!url) return false;
    const ours = url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:';
    if (end === 'frame') return ours && url.pathname === PANEL_FRAME_PATH && sender.frameId !== 0;
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return sender.frameId === 0 && (web || (ours && url.pathname !== PANEL_FRAME_PATH));
  };

  /** Handles a port if it claims to be a panel end; false leaves it to other listeners. */
  return (port) => {
    const claim = parsePanelPortName(port.name);
    if (!claim) return false;
    if (!allowed(claim.end, port.sender)) {
      port.disconnect();
      return true;
    }
    const key = `${port.sender!.tab!.id}:${claim.nonce}`;
    let pair = pairs.get(key);
    if (!pair) {
      if (pairs.size >= MAX_PAIRS) pairs.delete(pairs.keys().next().value!);
      pair = {};
      pairs.set(key, pair);
    }
    const p = pair;
    if (claim.end === 'frame') {
      // One frame per nonce, ever: a page that learnt the frame's URL cannot load a copy of its
      // own and take the pair over. A controller whose frame reloads picks a new nonce.
      if (p.claimed) {
        port.disconnect();
        return true;
      }
      p.claimed = true;
    }
    p[claim.end] = port;
    if (claim.end === 'frame' && p.view !== undefined) port.postMessage(p.view);
    port.onMessage.addListener((raw) => {
      if (p[claim.end] !== port) return;
      if (claim.end === 'host') {
        const msg = parseHostMessage(raw);
        if (!msg) return;
        if (msg.t === 'view') p.view = raw;
        p.frame?.postMessage(raw);
      } else {
        const msg = parseFrameMessage(raw);
        if (msg) p.host?.postMessage(msg);
      }
    });
    port.onDisconnect.addListener(() => {
      if (p[claim.end] === port) p[claim.end] = undefined;
      if (!p.host && !p.frame) pairs.delete(key);
    });
    return true;
  };
}
