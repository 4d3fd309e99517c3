import {
  protocol,
  type Envelope,
  type MessageType,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';
import { formatIssues } from '../config/settings';

/** What the background knows about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
  /** The sending document (Chromium); absent in browsers that do not say. */
  documentId?: string;
}

export interface HandlerContext {
  kind: SenderKind;
  /** Origin of the sending page (for content) or the extension origin (for pages). */
  origin: string;
  /** Full URL of the sending page or frame (from the browser, not the message). */
  url: string;
  tabId: number | null;
  /** The sending document, when the browser says: it tells one page load from the next. */
  documentId: string | null;
}

export type Handlers = {
  [T in MessageType]: (
    payload: RequestOf<T>,
    ctx: HandlerContext,
  ) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

/**
 * Decide the sender kind from what the browser says, never from the message: our own pages have
 * our extension origin; a content script has a tab and a web URL. Anything else is refused.
 */
export function classifySender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): HandlerContext | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? sender.tab?.url;
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const origin = parsed.origin;
  const documentId = sender.documentId ?? null;
  if (url.startsWith(extensionOrigin))
    return { kind: 'page', origin, url, tabId: sender.tab?.id ?? null, documentId };
  if (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    sender.tab?.id !== undefined
  ) {
    return { kind: 'content', origin, url, tabId: sender.tab.id, documentId };
  }
  return null;
}

function fail(
  code: 'unknown_type' | 'forbidden' | 'bad_request' | 'failed',
  message: string,
): Reply<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Check the sender, validate the payload, run the handler, and turn every failure into a typed
 * error reply. This function never throws.
 */
export async function dispatch(
  message: unknown,
  sender: SenderInfo,
  handlers: Handlers,
  self: { id: string; origin: string },
): Promise<Reply<unknown>> {
  try {
    const ctx = classifySender(sender, self.id, self.origin);
    if (!ctx) return fail('forbidden', 'message from an unknown sender');
    if (typeof message !== 'object' || message === null || (message as Envelope).waymark !== 1) {
      return fail('bad_request', 'not a Waymark message');
    }
    const { type, payload } = message as Envelope;
    if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) {
      return fail('unknown_type', `unknown message type: ${String(type).slice(0, 40)}`);
    }
    const spec = protocol[type as MessageType];
    if (!(spec.senders as readonly SenderKind[]).includes(ctx.kind)) {
      return fail(
        'forbidden',
        `${type} may not be sent from a ${ctx.kind === 'content' ? 'web page' : 'extension page'}`,
      );
    }
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return fail(
        'bad_request',
        `${type}: ${formatIssues('', parsed.error).slice(0, 3).join('; ')}`,
      );
    }
    const handler = handlers[type as MessageType] as (p: unknown, c: HandlerContext) => unknown;
    const data = await handler(parsed.data, ctx);
    return { ok: true, data };
  } catch (err) {
    return fail('failed', err instanceof Error ? err.message : 'handler failed');
  }
}
