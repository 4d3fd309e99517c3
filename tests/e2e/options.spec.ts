import { expect, test, waitForRegistration } from './fixtures';

test.describe('options page', () => {
  test('refuses a bad profile with a readable reason and saves nothing', async ({
    page,
    extensionId,
    serviceWorker,
  }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const form = page.getByTestId('add-profile');
    await form.getByLabel('Id (lower-case, digits, hyphens)').fill('Bad Id');
    await form.getByLabel('Name', { exact: true }).fill('Test RMS');
    await form.getByLabel(/Addresses/).fill('<all_urls>');
    await form.getByRole('button', { name: 'Add and ask for access' }).click();
    const errors = page.getByTestId('options-errors');
    await expect(errors).toContainText('id: use lower-case letters');
    await expect(errors).toContainText('match pattern must look like');
    const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored).toEqual({});
  });

  test('a hand-added profile for an origin already granted is saved and registered', async ({
    page,
    extensionId,
    serviceWorker,
  }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const form = page.getByTestId('add-profile');
    await form.getByLabel('Id (lower-case, digits, hyphens)').fill('local-rms');
    await form.getByLabel('Name', { exact: true }).fill('Local RMS');
    // 127.0.0.1 is inside the e2e build's host permissions, so the request is granted at once.
    await form.getByLabel(/Addresses/).fill('http://127.0.0.1/alt/*');
    await form.getByRole('button', { name: 'Add and ask for access' }).click();
    await expect(page.getByTestId('profiles').locator('[data-profile="local-rms"]')).toContainText(
      'Active',
    );
    await waitForRegistration(serviceWorker, ['http://127.0.0.1/alt/*']);
  });

  test('shows what policy set and what it refused', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const report = page.getByTestId('policy-report');
    await expect(report.locator('[data-setting="role"]')).toHaveAttribute('data-source', 'default');
  });
});
