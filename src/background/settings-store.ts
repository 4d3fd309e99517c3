import { browser } from 'wxt/browser';
import { mergeSettings, type SettingsReport } from '../config/settings';
import type { LocalSettings, ManagedPolicy } from '../config/schema';
import { cachedRuntimePack } from './pack';

const LOCAL_KEY = 'settings';
const LAST_GOOD_POLICY_KEY = 'policyLastGood';

/**
 * Read managed policy defensively: the area can be missing (Firefox without a policy file) or throw,
 * and policy can arrive seconds after start-up (uBO Lite's `adminRead` does the same).
 */
export async function readManagedPolicy(): Promise<unknown> {
  try {
    if (!browser.storage.managed) return undefined;
    return await browser.storage.managed.get(null);
  } catch {
    return undefined;
  }
}

/** The merged settings with their sources and refusals; remembers the last good policy. */
export async function loadSettingsReport(): Promise<SettingsReport> {
  const policyRaw = await readManagedPolicy();
  const stored = await browser.storage.local.get([LOCAL_KEY, LAST_GOOD_POLICY_KEY]);
  const lastGood = (stored[LAST_GOOD_POLICY_KEY] ?? {}) as ManagedPolicy;
  const report = mergeSettings(policyRaw, stored[LOCAL_KEY], lastGood);
  // A force extension that parses as a string can still be a bad pack: say so on the options page.
  report.policyErrors.push(...cachedRuntimePack(report.effective.rulePackExtension).errors);
  if (JSON.stringify(report.acceptedPolicy) !== JSON.stringify(lastGood)) {
    await browser.storage.local.set({ [LAST_GOOD_POLICY_KEY]: report.acceptedPolicy });
  }
  return report;
}

export async function saveLocalSettings(local: LocalSettings): Promise<void> {
  await browser.storage.local.set({ [LOCAL_KEY]: local });
}

/** True when a storage change can alter the settings. */
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && LOCAL_KEY in changes);
}
