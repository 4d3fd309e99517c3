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

  let config;
  try {
    config = await send('config/get', {});
  } catch (err) {
    // The background is restarting or refused us: stay out of the page rather than half-start.
    console.warn(
      'Waymark: no configuration for this page:',
      err instanceof Error ? err.message : err,
    );
    world[RUNNING] = false;
    return;
  }
  if (!config.profile || ctx.isInvalid) {
    // No profile covers this page (yet): a later injection, when one arrives, may start us.
    world[RUNNING] = false;
    return;
  }
  startOverlay(ctx, config);
}
