import type { ContentConfig } from '../messaging/protocol';
import { MessageError, send } from '../messaging/client';
import { MAX_RECORD_KEY, MAX_RECORD_REF } from '../messaging/limits';
import { servicesDirectory } from '../config/services';
import { startWaymark } from './page-controller';
import type { SaveState, WaymarkBridge } from './bridge';
import type { OfficerAction } from '../prompts/types';

/** How long to wait before saving again what failed to save. */
export const SAVE_RETRY_MS = 5000;
/** At most this many unsaved items wait (memory stays bounded if the background is gone). */
export const MAX_UNSAVED = 100;

/**
 * The content script's bridge: audit events and officer decisions go to the background by
 * message (IndexedDB lives in the extension origin, never the page's). A failed save is retried
 * from a bounded queue (a newer save of the same record's decisions replaces an older one) and the
 * officer is told what is waiting or lost; it never interrupts the officer. A retried event is
 * stamped when it is saved.
 */
export function messageBridge(signal: AbortSignal): WaymarkBridge {
  const warn = (what: string) => (err: unknown) =>
    console.warn(`Waymark: ${what} failed:`, err instanceof Error ? err.message : err);
  const unsaved = new Map<string, () => Promise<unknown>>();
  const latestActions = new Map<string, OfficerAction[]>();
  let lost = 0;
  let appended = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let listener: ((state: SaveState) => void) | undefined;
  const report = () => listener?.({ waiting: unsaved.size, lost });
  const retry = () => {
    timer = undefined;
    if (!signal.aborted) for (const [key, job] of unsaved) save(key, job);
  };
  const save = (key: string, job: () => Promise<unknown>): void => {
    job().then(
      () => {
        if (unsaved.get(key) === job && unsaved.delete(key)) report();
      },
      (err: unknown) => {
        warn('saving')(err);
        // A request the background refuses as malformed will never succeed.
        const hopeless = err instanceof MessageError && err.code === 'bad_request';
        if (hopeless || (!unsaved.has(key) && unsaved.size >= MAX_UNSAVED)) {
          unsaved.delete(key);
          lost++;
        } else unsaved.set(key, job);
        report();
        if (!signal.aborted) timer ??= setTimeout(retry, SAVE_RETRY_MS);
      },
    );
  };
  return {
    appendAudit(event, recordRef) {
      const payload = { event, recordRef: recordRef && recordRef.slice(0, MAX_RECORD_REF) };
      save(`audit:${appended++}`, () => send('audit/append', payload));
    },
    async loadActions(recordKey) {
      try {
        return (await send('actions/get', { recordKey: recordKey.slice(0, MAX_RECORD_KEY) }))
          .actions;
      } catch (err) {
        warn('loading decisions')(err);
        return [];
      }
    },
    saveActions(recordKey, actions) {
      // Every attempt, first or retried, sends the record's newest decisions.
      const key = recordKey.slice(0, MAX_RECORD_KEY);
      latestActions.set(key, actions);
      save(`actions:${key}`, () =>
        send('actions/set', { recordKey: key, actions: latestActions.get(key) ?? actions }),
      );
    },
    openReview(recordRef) {
      send('review/open', { recordRef: recordRef.slice(0, MAX_RECORD_REF) }).catch(
        warn('opening the review'),
      );
    },
    spoDraft(input) {
      return send('spo/draft', input);
    },
    watchSaving(onChange) {
      listener = onChange;
    },
    async summary(input) {
      return (await send('summary/build', input)).text;
    },
    review(input) {
      return send('review/build', input);
    },
    async recordReview(recordRef, review) {
      const ref = recordRef && recordRef.slice(0, MAX_RECORD_REF);
      return (await send('review/record', { recordRef: ref, review })).line;
    },
    savePlacement(placement) {
      send('placement/set', placement).catch(warn('saving the panel place'));
    },
  };
}

/** Start the overlay for this page's profile; everything stops when `signal` aborts. */
export function startOverlay(signal: AbortSignal, config: ContentConfig): void {
  if (!config.profile) return;
  startWaymark({
    signal,
    doc: document,
    profile: config.profile,
    shadowMode: __WAYMARK_TEST__ ? 'open' : 'closed',
    role: config.role,
    mandatory: config.mandatoryPrompts,
    services: servicesDirectory(config.services),
    bridge: messageBridge(signal),
    pack: config.pack,
    catalogue: config.catalogue,
    demo: config.demo,
    placement: config.placement,
    language: config.language,
    messages: config.messages,
  });
}
