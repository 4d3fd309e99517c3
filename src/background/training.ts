import { browser } from 'wxt/browser';
import type { ActiveProfile, SettingsReport } from '../config/settings';
import { refusal, type Refusal } from '../i18n/refusal';

/**
 * Demo mode on a force's training environment. A trainer switches it on for a training profile
 * (one with `training: true`); each page load is then told whether it runs in demo mode, and its
 * audit events go where the page was told: the training log when its panel shows the training
 * banner, the real log otherwise. The state lives in storage.session, which the browser empties
 * when it closes, so demo mode is never on by itself on a live system.
 */

/** storage.session key: ids of the training profiles demo mode is switched on for. */
const DEMO_ON_KEY = 'demoOn';
/** storage.session key prefix: what the pages last loaded in a tab were told, newest first. */
const TAB_PREFIX = 'demoTab:';
/**
 * Page loads remembered per tab. More than one, because a page's last events can arrive after the
 * next page in the same tab has loaded; they must still go where their own page said.
 */
const LOADS_KEPT = 8;

interface PageLoad {
  /** The browser's id of the document, or null where the browser gives none. */
  documentId: string | null;
  origin: string;
  demo: boolean;
}

/**
 * Why demo mode may not be on for this profile, or null when it may. A force's own training
 * profile needs the trainer role from force policy too, so an officer cannot make themselves a
 * trainer on the options page and divert a force system's events out of the real log. Policy
 * profiles come before hand-added ones for the same page, so a hand-added training profile only
 * ever covers a page the force has not configured.
 */
export function demoRefusal(report: SettingsReport, profile: ActiveProfile | null): Refusal | null {
  const { effective } = report;
  if (!profile) return refusal('refusal.demo.noProfile');
  if (!profile.training) return refusal('refusal.demo.notTraining', { name: profile.name });
  if (!effective.demoModeAllowed) return refusal('refusal.demo.policy');
  // Roles other than officer come only from force policy (a role chosen on the options page
  // counts as officer), so a trainer here was made one by the force.
  if (effective.role !== 'trainer') return refusal('refusal.demo.role');
  return null;
}

export interface TrainingState {
  /** Ids of the profiles demo mode is switched on for (whether or not still allowed). */
  switchedOn(): Promise<string[]>;
  setSwitch(profileId: string, on: boolean): Promise<void>;
  /** Remember what a page loaded in this tab was told. */
  bindPage(tabId: number, documentId: string | null, origin: string, demo: boolean): Promise<void>;
  /**
   * Whether the sending page was told it runs in demo mode: looked up by its document where the
   * browser names it, else the tab's newest page load. False for a page never told.
   */
  pageDemo(tabId: number | null, documentId: string | null, origin: string): Promise<boolean>;
  forgetTab(tabId: number): Promise<void>;
}

export function createTrainingState(area = browser.storage.session): TrainingState {
  const read = async () => {
    const value = (await area.get(DEMO_ON_KEY))[DEMO_ON_KEY];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  const pageLoads = async (tabId: number): Promise<PageLoad[]> => {
    const key = `${TAB_PREFIX}${tabId}`;
    const value = (await area.get(key))[key];
    return Array.isArray(value) ? (value as PageLoad[]) : [];
  };
  return {
    switchedOn: read,
    async setSwitch(profileId, on) {
      const ids = new Set(await read());
      if (on) ids.add(profileId);
      else ids.delete(profileId);
      await area.set({ [DEMO_ON_KEY]: [...ids].sort() });
    },
    async bindPage(tabId, documentId, origin, demo) {
      const loads = await pageLoads(tabId);
      const others = loads.filter((l) => documentId === null || l.documentId !== documentId);
      const next: PageLoad[] = [{ documentId, origin, demo }, ...others].slice(0, LOADS_KEPT);
      await area.set({ [`${TAB_PREFIX}${tabId}`]: next });
    },
    async pageDemo(tabId, documentId, origin) {
      if (tabId === null) return false;
      const loads = await pageLoads(tabId);
      const load = documentId === null ? loads[0] : loads.find((l) => l.documentId === documentId);
      return load?.origin === origin && load.demo === true;
    },
    async forgetTab(tabId) {
      await area.remove(`${TAB_PREFIX}${tabId}`);
    },
  };
}
