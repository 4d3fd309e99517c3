import { EXTENSION_ID, expect, test } from '../fixtures';
import { launchExtension } from '../launch';
import { canWritePolicy, withManagedPolicy } from '../policy';

/**
 * Policy that fails safe, in real Chromium with a real managed policy file. Before, the browser
 * dropped a value its schema refused (a role of "admin", a typo in the mandatory prompts, a
 * retention of 0) and Waymark fell back to its defaults silently. Now Waymark sees the value,
 * refuses it, keeps the last good one and says why on the options page.
 *
 * The policy is kept to values that leave other profiles' settings at their defaults, because
 * the policy directory is shared by every Chromium on this machine while the test runs.
 */
test('a bad policy value reaches Waymark, is refused on the options page, and the last good value is kept', async () => {
  test.skip(!canWritePolicy(), 'writing /etc/chromium/policies needs root');
  const policy = {
    role: 'admin',
    mandatoryPrompts: ['vnaa'],
    auditRetentionDays: 0,
    language: 'fr',
  };
  await withManagedPolicy(EXTENSION_ID, policy, async () => {
    const launched = await launchExtension();
    try {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
      // The browser passes every value on: its schema no longer decides what is valid.
      expect(await page.evaluate(() => chrome.storage.managed.get(null))).toEqual(policy);

      const errors = page.getByTestId('policy-errors');
      await expect(errors).toContainText(
        'role: use one of officer, supervisor, trainer (got "admin"; using the default)',
      );
      await expect(errors).toContainText('mandatoryPrompts: "vnaa" is not a prompt id');
      await expect(errors).toContainText('auditRetentionDays: keep events for at least 1 day');
      await expect(errors).toContainText('language: use en or cy (got "fr"; using the default)');

      // A last good value from an earlier policy is kept over the refused one.
      const worker = launched.context.serviceWorkers()[0]!;
      await worker.evaluate(async () => {
        await chrome.storage.local.set({ policyLastGood: { role: 'supervisor' } });
        await chrome.storage.local.set({ settings: { siteProfiles: [] } });
      });
      await expect
        .poll(async () => {
          const reply = (await page.evaluate(() =>
            chrome.runtime.sendMessage({ waymark: 1, type: 'settings/get', payload: {} }),
          )) as { data: { effective: { role: string }; sources: { role: string } } };
          return [reply.data.effective.role, reply.data.sources.role];
        })
        .toEqual(['supervisor', 'policy']);
      await page.reload();
      await expect(page.getByTestId('policy-errors')).toContainText(
        'role: use one of officer, supervisor, trainer (got "admin"; keeping the last good value "supervisor")',
      );
    } finally {
      await launched.close();
    }
  });
});
