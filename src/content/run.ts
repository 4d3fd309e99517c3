import type { ContentScriptContext } from '#imports';
import { send } from '../messaging/client';
import { startOverlay } from './start-overlay';

/** Marks this isolated world as already running Waymark: the background may inject us again. */
const RUNNING = Symbol.for('waymark.content.running');

/**
 * Ask the background for this page's profile and settings, then start the overlay. Everything is
 * tied to `ctx.signal`, so an update or uninstall tears it all down.
 */
export async function runContent(ctx: ContentScriptContext): Promise<void> {
  const world = globalThis as unknown as Record<symbol, boolean>;
  if (world[RUNNING]) return;
  // The top frame owns the panel; the adapters reach same-origin frames from there.
  if (window.top !== window) return;
  world[RUNNING] = true;
  ctx.onInvalidated(() => {
    world[RUNNING] = false;
  });

  const config = await send('config/get', {});
  if (!config.profile || ctx.isInvalid) return;
  startOverlay(ctx, config);
}
