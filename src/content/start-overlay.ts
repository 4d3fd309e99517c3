import type { ContentScriptContext } from '#imports';
import type { ContentConfig } from '../messaging/protocol';

/** Until the overlay lands this mounts only the host element, so tests can see the injection. */
export function startOverlay(ctx: ContentScriptContext, config: ContentConfig): void {
  const host = document.createElement('waymark-overlay');
  host.setAttribute('data-profile', config.profile?.id ?? '');
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
}
