import type { ContentScriptContext } from '#imports';
import type { ContentConfig } from '../messaging/protocol';
import { send } from '../messaging/client';
import { servicesDirectory } from '../config/services';
import { startWaymark } from '../overlay/start';
import type { WaymarkBridge } from '../overlay/bridge';

/**
 * The content script's bridge: audit events and officer decisions go to the background by
 * message (IndexedDB lives in the extension origin, never the page's). Failures are logged and
 * dropped; they must never interrupt the officer.
 */
function messageBridge(): WaymarkBridge {
  const warn = (what: string) => (err: unknown) =>
    console.warn(`Waymark: ${what} failed:`, err instanceof Error ? err.message : err);
  return {
    appendAudit(event, recordRef) {
      send('audit/append', { event, recordRef }).catch(warn('audit'));
    },
    async loadActions(recordKey) {
      try {
        return (await send('actions/get', { recordKey })).actions;
      } catch (err) {
        warn('loading decisions')(err);
        return [];
      }
    },
    saveActions(recordKey, actions) {
      send('actions/set', { recordKey, actions }).catch(warn('saving decisions'));
    },
    openReview(recordRef) {
      send('review/open', { recordRef }).catch(warn('opening the review'));
    },
    spoDraft(input) {
      return send('spo/draft', input);
    },
    async summary(input) {
      return (await send('summary/build', input)).text;
    },
  };
}

/** Start the overlay for this page's profile; everything stops with `ctx`. */
export function startOverlay(ctx: ContentScriptContext, config: ContentConfig): void {
  if (!config.profile) return;
  startWaymark({
    signal: ctx.signal,
    doc: document,
    profile: config.profile,
    shadowMode: __WAYMARK_TEST__ ? 'open' : 'closed',
    role: config.role,
    mandatory: config.mandatoryPrompts,
    services: servicesDirectory(config.services),
    bridge: messageBridge(),
    pack: config.pack,
    catalogue: config.catalogue,
  });
}
