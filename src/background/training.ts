import { browser } from 'wxt/browser';
import type { ActiveProfile, SettingsReport } from '../config/settings';

/**
 * Demo mode on a force's training environment. A trainer switches it on for a training profile
 * (one with `training: true`); each page load is then told whether it runs in demo mode, and its
 * audit events go where the page was told: the training log when its panel shows the training
 * banner, the real log otherwise. The state lives in storage.session, which the browser empties
 * when it closes, so demo mode is never on by itself on a live system.
 */

/** storage.session key: ids of the training profiles demo mode is switched on for. */
const DEMO_ON_KEY = 'demoOn';
/** storage.session key prefix: what the page now loaded in a tab was told. */
const TAB_PREFIX = 'demoTab:';

interface TabBinding {
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
export function demoRefusal(report: SettingsReport, profile: ActiveProfile | null): string | null {
  const { effective, sources } = report;
  if (!profile) return 'no site profile covers this page';
  if (!profile.training) return `${profile.name} is not a training environment`;
  if (!effective.demoModeAllowed) return 'force policy does not allow demo mode';
  if (effective.role !== 'trainer') return 'only a trainer can switch demo mode on';
  if (profile.source === 'policy' && sources.role !== 'policy') {
    return 'on a training environment set by force policy, the trainer role must come from force policy too';
  }
  return null;
}

export interface TrainingState {
  /** Ids of the profiles demo mode is switched on for (whether or not still allowed). */
  switchedOn(): Promise<string[]>;
  setSwitch(profileId: string, on: boolean): Promise<void>;
  /** Remember what the page loaded in this tab was told. */
  bindTab(tabId: number, origin: string, demo: boolean): Promise<void>;
  /** What the page in this tab was told; false for a tab never told or now on another origin. */
  tabDemo(tabId: number | null, origin: string): Promise<boolean>;
  forgetTab(tabId: number): Promise<void>;
}

export function createTrainingState(area = browser.storage.session): TrainingState {
  const read = async () => {
    const value = (await area.get(DEMO_ON_KEY))[DEMO_ON_KEY];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  return {
    switchedOn: read,
    async setSwitch(profileId, on) {
      const ids = new Set(await read());
      if (on) ids.add(profileId);
      else ids.delete(profileId);
      await area.set({ [DEMO_ON_KEY]: [...ids].sort() });
    },
    async bindTab(tabId, origin, demo) {
      await area.set({ [`${TAB_PREFIX}${tabId}`]: { origin, demo } satisfies TabBinding });
    },
    async tabDemo(tabId, origin) {
      if (tabId === null) return false;
      const key = `${TAB_PREFIX}${tabId}`;
      const bound = (await area.get(key))[key] as TabBinding | undefined;
      return bound?.origin === origin && bound.demo === true;
    },
    async forgetTab(tabId) {
      await area.remove(`${TAB_PREFIX}${tabId}`);
    },
  };
}
