import { expect, overlayLocator, setProfiles, test } from '../fixtures';
import {
  AUTO_PROFILE,
  STALKING_NARRATIVE,
  STALKING_TAIL,
  TRAINING_PROFILE,
  typeNarrative,
} from '../overlay-helpers';
import { auditEvents, freshReference } from './audit-log';

/**
 * Nothing the officer was shown or did is lost silently: a long crime reference, a page with no
 * reference and a long path, and a tab left inside the indicators debounce. (A failing background
 * and storage that fills up are covered beside the code, where they can be made to fail.)
 */

test('a crime reference over 64 characters is still logged, bounded with a digest', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await setProfiles(serviceWorker, [TRAINING_PROFILE]);
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay).toHaveCount(1);
  const ref = `${freshReference('LONG')}/${'9'.repeat(80)}`;
  const crimeRef = page.locator('#crimeRef');
  await crimeRef.evaluate((el) => el.removeAttribute('readonly'));
  await crimeRef.fill(ref);
  await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
  const evidence = overlay.locator('[data-prompt="evidence"]');
  await evidence.getByRole('button', { name: /^Mark done:/ }).click();
  await expect(evidence).toHaveAttribute('data-state', 'done');

  const start = ref.slice(0, 30);
  await expect
    .poll(async () =>
      (await auditEvents(serviceWorker))
        .filter((e) => e.recordRef?.startsWith(start))
        .map((e) => e.kind),
    )
    .toEqual(expect.arrayContaining(['prompt_shown', 'prompt_state']));
  const stored = (await auditEvents(serviceWorker)).find((e) => e.recordRef?.startsWith(start))!;
  expect(stored.recordRef).toHaveLength(64);
  expect(stored.recordRef).toMatch(/…#[0-9a-f]{16}$/);
});

test('decisions are kept for a page with no crime reference and a path over 300 characters', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await setProfiles(serviceWorker, [AUTO_PROFILE]);
  const longPath = `/records/${'case-file/'.repeat(40)}draft`;
  expect(longPath.length).toBeGreaterThan(300);
  const open = async () => {
    await page.goto(`${baseURL}/plain.html`);
    await expect(overlayLocator(page)).toHaveCount(1);
    // A single-page app that keeps its record in a long path, with no crime reference field.
    await page.evaluate((p) => history.replaceState(null, '', p), longPath);
    await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
  };
  await open();
  const evidence = overlayLocator(page).locator('[data-prompt="evidence"]');
  await evidence.getByRole('button', { name: /^Mark done:/ }).click();
  await expect(evidence).toHaveAttribute('data-state', 'done');
  await expect
    .poll(() =>
      serviceWorker.evaluate(async () =>
        Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('actions:')),
      ),
    )
    .toEqual([expect.stringMatching(/^actions:http:\/\/127\.0\.0\.1:\d+\|#[0-9a-f]{64}$/)]);

  // Coming back to the same record shows the decision again.
  await open();
  await expect(overlayLocator(page).locator('[data-prompt="evidence"]')).toHaveAttribute(
    'data-state',
    'done',
  );
});

test('indicators the panel showed reach the log when the officer leaves within the debounce', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await setProfiles(serviceWorker, [TRAINING_PROFILE]);
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay).toHaveCount(1);
  const ref = freshReference('LEAVE');
  const crimeRef = page.locator('#crimeRef');
  await crimeRef.evaluate((el) => el.removeAttribute('readonly'));
  await crimeRef.fill(ref);
  await page.locator('#narrative').fill(STALKING_NARRATIVE);
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'true',
  );
  // Leave at once: the indicators event is still inside its 2 s debounce.
  await page.goto('about:blank');
  await expect
    .poll(async () =>
      (await auditEvents(serviceWorker)).some(
        (e) => e.recordRef === ref && e.kind === 'indicators' && e.stalkingLikely,
      ),
    )
    .toBe(true);
});
