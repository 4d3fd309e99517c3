import { EXTENSION_ID, expect, overlayLocator, test } from './fixtures';
import { launchExtension } from './launch';
import { canWritePolicy, withManagedPolicy } from './policy';
import { LOCAL_TERMS_EXTENSION } from '../../src/rules/test-fixtures';

/** A force's local term, delivered by policy as a pack extension: no code change, no rebuild. */
const extension = LOCAL_TERMS_EXTENSION;

const NARRATIVE =
  'SUS was kerb crawling beside her on 2 May. He was kerb crawling beside her again on 9 May. ';

test('a rule-pack extension set by policy adds a force’s local terms to the analysis', async ({
  server,
}) => {
  test.skip(!canWritePolicy(), 'writing /etc/chromium/policies needs root');
  const policy = {
    siteProfiles: [{ id: 'force-rms', name: 'Force RMS', matches: ['http://127.0.0.1/alt/*'] }],
    rulePackExtension: JSON.stringify(extension),
  };
  await withManagedPolicy(EXTENSION_ID, policy, async () => {
    const launched = await launchExtension();
    try {
      const page = await launched.context.newPage();
      await page.goto(`${server.baseURL}/alt/plain.html`);
      const overlay = overlayLocator(page);
      await expect(overlay.locator('[data-testid="waymark-panel"]')).toHaveCount(1);
      await page.locator('#narrative').click();
      await page.keyboard.insertText(NARRATIVE);
      await expect(overlay.locator('[data-indicator="following"]')).toHaveCount(1);
    } finally {
      await launched.close();
    }
  });
});

test('a bad rule-pack extension is refused with a reason and the shipped pack stays in use', async ({
  server,
}) => {
  test.skip(!canWritePolicy(), 'writing /etc/chromium/policies needs root');
  const policy = {
    siteProfiles: [{ id: 'force-rms', name: 'Force RMS', matches: ['http://127.0.0.1/alt/*'] }],
    rulePackExtension: JSON.stringify({ ...extension, extends: 'some-other-pack' }),
  };
  await withManagedPolicy(EXTENSION_ID, policy, async () => {
    const launched = await launchExtension();
    try {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
      await expect(page.getByTestId('policy-errors')).toContainText(
        'rulePackExtension: extension extends "some-other-pack"',
      );
      await page.goto(`${server.baseURL}/alt/plain.html`);
      const overlay = overlayLocator(page);
      await expect(overlay.locator('[data-testid="waymark-panel"]')).toHaveCount(1);
      await page.locator('#narrative').click();
      await page.keyboard.insertText(
        'He sent her 20 texts on 2 May and 30 more on 9 May. ' + NARRATIVE,
      );
      // The shipped pack still runs (contact is found); the refused local term is not there.
      await expect(overlay.locator('[data-indicator="repeated_contact"]')).toHaveCount(1);
      await expect(overlay.locator('[data-indicator="following"]')).toHaveCount(0);
    } finally {
      await launched.close();
    }
  });
});
