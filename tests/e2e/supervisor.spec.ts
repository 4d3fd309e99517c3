import { expect, overlayLocator, test, waitForRegistration } from './fixtures';
import {
  STALKING_NARRATIVE,
  STALKING_TAIL,
  TRAINING_PROFILE,
  typeNarrative,
} from './overlay-helpers';

test('a supervisor opens the review of the record from the panel', async ({
  page,
  context,
  serviceWorker,
  baseURL,
}) => {
  await serviceWorker.evaluate(async (profile) => {
    await chrome.storage.local.set({
      settings: { siteProfiles: [profile], officerId: 'PS4821' },
      // Only force policy grants the supervisor role: the policy as this browser last received it.
      policyLastGood: { role: 'supervisor' },
    });
  }, TRAINING_PROFILE);
  await waitForRegistration(serviceWorker, TRAINING_PROFILE.matches);

  // Wide enough for the panel to dock beside the narrative.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay.locator('[data-testid="waymark-panel"]')).toHaveCount(1);
  await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'true',
  );

  const opened = context.waitForEvent('page');
  await overlay.getByTestId('waymark-open-review').click();
  const review = await opened;
  await review.waitForLoadState();
  expect(review.url()).toMatch(/\/dashboard\.html#record=CR%2F40217%2F26$/);
  await review.close();
});

test('an officer has no review button', async ({ page, serviceWorker, baseURL }) => {
  await serviceWorker.evaluate(async (profile) => {
    await chrome.storage.local.set({ settings: { siteProfiles: [profile], role: 'officer' } });
  }, TRAINING_PROFILE);
  await waitForRegistration(serviceWorker, TRAINING_PROFILE.matches);
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay.locator('[data-testid="waymark-panel"]')).toHaveCount(1);
  await expect(overlay.getByTestId('waymark-open-review')).toHaveCount(0);
});
