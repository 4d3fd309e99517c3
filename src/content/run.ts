import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { extensionLifetime, type Lifetime } from './lifetime';
import { startOverlay } from './start-overlay';

/**
 * Marks this isolated world as already running Waymark (the background may inject us again). It
 * holds the running copy's lifetime, so a fresh copy can take over from one that has gone stale.
 */
const RUNNING = Symbol.for('waymark.content.running');

/**
 * Ask the background for this page's profile and settings, then start the overlay. Everything is
 * tied to a lifetime that only the extension can end (see lifetime.ts), never the page.
 */
export async function runContent(): Promise<void> {
  const world = globalThis as unknown as Record<symbol, Lifetime | undefined>;
  if (world[RUNNING] && !world[RUNNING].isInvalid) return;
  // The top frame owns the panel; the adapters reach same-origin frames from there.
  if (window.top !== window) return;
  const lifetime = extensionLifetime(() => browser.runtime?.id);
  world[RUNNING] = lifetime;
  lifetime.signal.addEventListener('abort', () => {
    if (world[RUNNING] === lifetime) world[RUNNING] = undefined;
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
    lifetime.end('no configuration');
    return;
  }
  if (!config.profile || lifetime.isInvalid) {
    // No profile covers this page (yet): a later injection, when one arrives, may start us.
    lifetime.end('no profile for this page');
    return;
  }
  startOverlay(lifetime.signal, config);
}
