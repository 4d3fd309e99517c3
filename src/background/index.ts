import { browser } from 'wxt/browser';
import type { SettingsReport } from '../config/settings';
import { dispatch, type SenderInfo } from '../messaging/server';
import { createHandlers } from './handlers';
import { syncContentScripts, type RegistrationResult } from './registration';
import { isSettingsChange, loadSettingsReport, settingsCache } from './settings-store';
import { createAuditSink } from './audit-sink';
import { TRAINING_AUDIT_DB_NAME } from '../audit/db';
import { createTrainingState } from './training';
import { expiredDecisionKeys } from './decisions';
import { createPanelRelay, type RelayPort } from './panel-relay';

/** Last registration outcome, shown on the options page (patterns waiting for permission). */
export let lastRegistration: RegistrationResult | null = null;

/**
 * Wire the service worker: one message router, and a settings watcher that keeps the dynamic
 * content script registration in step with the profiles (policy changes, options page saves,
 * permissions granted or removed). Listeners are added synchronously, as MV3 requires.
 */
export function startBackground(): void {
  const audit = createAuditSink();
  const trainingAudit = createAuditSink({ name: TRAINING_AUDIT_DB_NAME, demo: true });
  const training = createTrainingState();
  // Answer settings requests as soon as they are read; registration follows on its own.
  const cache = settingsCache(
    () => loadSettingsReport(),
    (report) => {
      syncContentScripts(report.effective.profiles, browser)
        .then((result) => {
          lastRegistration = result;
        })
        .catch((err: unknown) => console.error('Waymark: content script registration failed', err));
    },
  );
  const refresh = (): Promise<SettingsReport> => cache.refresh();
  const settings = () => cache.get();
  const handlers = createHandlers({ settings, refresh, audit, trainingAudit, training });
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };

  browser.runtime.onMessage.addListener(
    (message: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => {
      // sendResponse + return true works with the native API, the polyfill and fakeBrowser alike.
      void dispatch(message, sender, handlers, self).then(sendResponse);
      return true;
    },
  );

  const relay = createPanelRelay(self);
  browser.runtime.onConnect.addListener((port) => void relay(port as unknown as RelayPort));

  browser.storage.onChanged.addListener((changes, area) => {
    if (isSettingsChange(changes, area)) void refresh();
  });
  browser.tabs.onRemoved.addListener((tabId) => void training.forgetTab(tabId));
  browser.permissions.onAdded.addListener(() => void refresh());
  browser.permissions.onRemoved.addListener(() => void refresh());
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.runtime.onStartup.addListener(() => {
    // Retention: audit events and officers' saved decisions about the same records go together.
    void settings()
      .then(async (r) => {
        await audit.prune(r.effective.auditRetentionDays);
        await trainingAudit.prune(r.effective.auditRetentionDays);
        const stored = await browser.storage.local.get(null);
        const expired = expiredDecisionKeys(stored, r.effective.auditRetentionDays, Date.now());
        if (expired.length > 0) await browser.storage.local.remove(expired);
      })
      .catch(() => undefined);
  });
  void refresh();
}
