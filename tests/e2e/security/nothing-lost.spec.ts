import { expect, overlayLocator, setProfiles, test } from '../fixtures';
import {
  AUTO_PROFILE,
  STALKING_NARRATIVE,
  STALKING_TAIL,
  TRAINING_PROFILE,
  typeNarrative,
} from '../overlay-helpers';
import { auditEvents, freshReference, openRecordWithReference } from './audit-log';

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
  // Room beside the narrative, so the panel docks and its buttons are on screen.
  await page.setViewportSize({ width: 1920, height: 1080 });
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
  const { overlay, ref } = await openRecordWithReference(page, serviceWorker, baseURL, 'LEAVE');
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

test('an event the background cannot save is retried, and the officer sees it waiting until it is saved', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay, ref } = await openRecordWithReference(page, serviceWorker, baseURL, 'RETRY');
  await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);

  // The profile goes away while the page is open: the background now refuses this page's events.
  await setProfiles(serviceWorker, [
    { ...TRAINING_PROFILE, matches: ['https://rms.example.police.uk/*'] },
  ]);
  const evidence = overlay.locator('[data-prompt="evidence"]');
  await evidence.getByRole('button', { name: /^Mark done:/ }).click();
  await expect(evidence).toHaveAttribute('data-state', 'done');
  const unsaved = overlay.getByTestId('waymark-unsaved');
  await expect(unsaved).toContainText('could not be saved yet; Waymark keeps trying');

  // Back again: the retry saves the officer's action and the notice goes.
  await setProfiles(serviceWorker, [TRAINING_PROFILE]);
  await expect(unsaved).toHaveCount(0, { timeout: 15_000 });
  await expect(overlay).toHaveCount(1);
  const done = (await auditEvents(serviceWorker)).filter(
    (e) => e.recordRef === ref && e.kind === 'prompt_state' && e.promptId === 'evidence',
  );
  expect(done).toEqual([expect.objectContaining({ state: 'done', automatic: false })]);
});
