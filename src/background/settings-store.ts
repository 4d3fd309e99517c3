import { browser } from 'wxt/browser';
import { mergeSettings, type SettingsReport } from '../config/settings';
import type { LocalSettings, ManagedPolicy } from '../config/schema';
import { cachedRuntimePack } from './pack';
import { refusal, refusalEnglish, type Refusal } from '../i18n/refusal';

const LOCAL_KEY = 'settings';
const LAST_GOOD_POLICY_KEY = 'policyLastGood';

/** What a managed-storage read gave: the policy, nothing at all, or an error. */
export type ManagedRead =
  { kind: 'policy'; value: unknown } | { kind: 'empty' } | { kind: 'failed'; reason: string };

/**
 * Read managed policy defensively: the area can be missing (Firefox without a policy file) or throw,
 * and policy can arrive seconds after start-up (uBO Lite's `adminRead` does the same).
 */
export async function readManagedPolicy(): Promise<ManagedRead> {
  try {
    if (!browser.storage.managed) return { kind: 'empty' };
    const value: unknown = await browser.storage.managed.get(null);
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'object' && Object.keys(value).length === 0);
    return empty ? { kind: 'empty' } : { kind: 'policy', value };
  } catch (err) {
    return { kind: 'failed', reason: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * The merged settings with their sources and refusals; remembers the last good policy. A read that
 * fails or comes back empty never replaces the last good policy: the browser can answer empty
 * while policy is still loading, and a force that wants a setting back at its default sets it so.
 */
export async function loadSettingsReport(
  readPolicy: () => Promise<ManagedRead> = readManagedPolicy,
): Promise<SettingsReport> {
  const read = await readPolicy();
  const stored = await browser.storage.local.get([LOCAL_KEY, LAST_GOOD_POLICY_KEY]);
  const lastGood = (stored[LAST_GOOD_POLICY_KEY] ?? {}) as ManagedPolicy;
  const hasLastGood = Object.keys(lastGood).length > 0;
  const policyRaw = read.kind === 'policy' ? read.value : hasLastGood ? lastGood : undefined;
  const report = mergeSettings(policyRaw, stored[LOCAL_KEY], lastGood);
  /** A refusal at the start or end of the report, in English and as a message id. */
  const add = (r: Refusal, first = false) => {
    if (first) {
      report.policyErrors.unshift(refusalEnglish(r));
      report.policyRefusals.unshift(r);
    } else {
      report.policyErrors.push(refusalEnglish(r));
      report.policyRefusals.push(r);
    }
  };
  if (read.kind === 'failed') {
    const reason = read.reason.slice(0, 120);
    add(
      refusal(hasLastGood ? 'refusal.policy.unreadKept' : 'refusal.policy.unreadNone', { reason }),
      true,
    );
  } else if (read.kind === 'empty' && hasLastGood) {
    add(refusal('refusal.policy.empty'), true);
  }
  // A force extension that parses as a string can still be a bad pack: say so on the options page.
  for (const r of cachedRuntimePack(report.effective.rulePackExtension).refusals) add(r);
  if (
    read.kind === 'policy' &&
    JSON.stringify(report.acceptedPolicy) !== JSON.stringify(lastGood)
  ) {
    try {
      await browser.storage.local.set({ [LAST_GOOD_POLICY_KEY]: report.acceptedPolicy });
    } catch (err) {
      // Storage full: the policy just read still applies; only remembering it failed.
      add(
        refusal('refusal.policy.notRemembered', {
          error: err instanceof Error ? err.message : String(err),
        }),
      );
    }
  }
  return report;
}

/**
 * The background's settings, loaded once and shared by every message until the next refresh. A
 * load that fails (storage full or broken) is not kept: the next request tries again, so Waymark
 * recovers once space is freed, without a service-worker restart.
 */
export function settingsCache(
  load: () => Promise<SettingsReport>,
  onLoaded: (report: SettingsReport) => void = () => undefined,
): {
  get(): Promise<SettingsReport>;
  refresh(): Promise<SettingsReport>;
} {
  let current: Promise<SettingsReport> | null = null;
  const refresh = (): Promise<SettingsReport> => {
    const loading = load();
    current = loading;
    loading.then(onLoaded, () => {
      if (current === loading) current = null;
    });
    return loading;
  };
  return { get: () => current ?? refresh(), refresh };
}

export async function saveLocalSettings(local: LocalSettings): Promise<void> {
  await browser.storage.local.set({ [LOCAL_KEY]: local });
}

/** True when a storage change can alter the settings. */
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && LOCAL_KEY in changes);
}
