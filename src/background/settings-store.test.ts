import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettingsReport, settingsCache, type ManagedRead } from './settings-store';
import type { SettingsReport } from '../config/settings';

const policy = (value: unknown) => async (): Promise<ManagedRead> => ({ kind: 'policy', value });
const stored = async () => (await fakeBrowser.storage.local.get('policyLastGood')).policyLastGood;

describe('loadSettingsReport: the last good policy survives bad reads', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers an accepted policy, and keeps it through a failed read', async () => {
    await loadSettingsReport(policy({ role: 'supervisor', auditExportEnabled: false }));
    expect(await stored()).toEqual({ role: 'supervisor', auditExportEnabled: false });

    const r = await loadSettingsReport(async () => ({ kind: 'failed', reason: 'IO error' }));
    expect(r.effective.role).toBe('supervisor');
    expect(r.effective.auditExportEnabled).toBe(false);
    expect(r.policyErrors[0]).toBe(
      'policy: could not be read (IO error); the last good policy is kept',
    );
    expect(await stored()).toEqual({ role: 'supervisor', auditExportEnabled: false });
  });

  it('keeps the last good policy when the browser reports none', async () => {
    await loadSettingsReport(policy({ role: 'supervisor' }));
    const r = await loadSettingsReport(async () => ({ kind: 'empty' }));
    expect(r.effective.role).toBe('supervisor');
    expect(r.sources.role).toBe('policy');
    expect(r.policyErrors[0]).toMatch(/^policy: the browser reported none; the last good/);
    expect(await stored()).toEqual({ role: 'supervisor' });
  });

  it('keeps the last good value of a key that turns bad, and stays on defaults with no policy', async () => {
    await loadSettingsReport(policy({ role: 'supervisor', auditRetentionDays: 30 }));
    const r = await loadSettingsReport(policy({ role: 'admin', auditRetentionDays: 0 }));
    expect(r.effective).toMatchObject({ role: 'supervisor', auditRetentionDays: 30 });
    expect(await stored()).toEqual({ role: 'supervisor', auditRetentionDays: 30 });

    fakeBrowser.reset();
    const none = await loadSettingsReport(async () => ({ kind: 'empty' }));
    expect(none.effective.role).toBe('officer');
    expect(none.policyErrors).toEqual([]);
  });

  it('still applies a policy when storage is too full to remember it', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const r = await loadSettingsReport(policy({ role: 'trainer' }));
    expect(r.effective.role).toBe('trainer');
    expect(r.policyErrors.at(-1)).toMatch(/could not be remembered .*QUOTA_BYTES/);
  });
});

describe('settingsCache', () => {
  it('does not keep a failed load: the next request recovers without a restart', async () => {
    const report = { effective: { role: 'officer' } } as SettingsReport;
    const load = vi
      .fn<() => Promise<SettingsReport>>()
      .mockRejectedValueOnce(new Error('storage full'))
      .mockResolvedValue(report);
    const loaded = vi.fn();
    const cache = settingsCache(load, loaded);
    await expect(cache.get()).rejects.toThrow('storage full');
    await new Promise((r) => setTimeout(r, 0));
    await expect(cache.get()).resolves.toBe(report);
    await expect(cache.get()).resolves.toBe(report);
    expect(load).toHaveBeenCalledTimes(2);
    expect(loaded).toHaveBeenCalledTimes(1);
  });
});
