import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import type { AuditExport } from '../../src/audit/store';
import { TRAINING_PROFILE } from '../../src/demo/training-profile';
import { recordLinkHash } from '../../src/dashboard/deep-link';
import { seriousViolations } from './axe';
import { panelFrameOf } from './overlay-helpers';
import { evaluateInContentWorld } from './content-world';
import { expect, overlayLocator, test, waitForRegistration, type RawReply } from './fixtures';

/**
 * Demo mode on a force's training environment: a trainer switches it on from the options page,
 * the panel says nothing there reaches the real log, and what the trainer does shows in the
 * training log and not in the real one. A profile that is not a training environment offers no
 * switch, and a forged request for one is refused.
 */

const NARRATIVE =
  'She ended the relationship in January. Since then he has sent her messages every day and waited outside her work on 3 February and 10 February.';
const SWITCH = `Demo mode on ${TRAINING_PROFILE.name}`;

async function configure(worker: Worker, training: boolean): Promise<void> {
  await worker.evaluate(
    async ({ profile }) => {
      await chrome.storage.session.clear();
      // The trainer role comes only from force policy: the last good policy the browser gave.
      await chrome.storage.local.set({
        settings: { siteProfiles: [profile], officerId: 'TR100' },
        policyLastGood: { role: 'trainer' },
      });
    },
    { profile: { ...TRAINING_PROFILE, ...(training ? { training: true } : {}) } },
  );
  await waitForRegistration(worker, TRAINING_PROFILE.matches);
}

/** Open the training record with a reference of its own, and mark the evidence prompt done. */
async function recordAction(page: Page, baseURL: string, ref: string) {
  // Room beside the narrative, so the panel docks and its buttons are on screen.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay.getByTestId('waymark-panel')).toHaveCount(1);
  const crimeRef = page.locator('#crimeRef');
  await crimeRef.evaluate((el) => el.removeAttribute('readonly'));
  await crimeRef.fill(ref);
  await page.locator('#narrative').fill(NARRATIVE);
  const evidence = overlay.locator('[data-prompt="evidence"]');
  await expect(evidence).toHaveAttribute('data-state', 'open');
  await evidence.getByRole('button', { name: /^Mark done:/ }).click();
  await expect(evidence).toHaveAttribute('data-state', 'done');
  return overlay;
}

/** The whole real log, as a supervisor's JSON export gives it. */
async function realExport(page: Page, extensionId: string, ref: string): Promise<AuditExport> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${recordLinkHash(ref)}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export JSON/ }).click(),
  ]);
  return JSON.parse(readFileSync(await download.path(), 'utf8')) as AuditExport;
}

test('a trainer’s demo mode keeps a training session out of the real log', async ({
  page,
  context,
  extensionId,
  serviceWorker,
  baseURL,
}) => {
  await configure(serviceWorker, true);
  const stamp = String(Date.now()).slice(-6);
  const demoRef = `CR/${stamp}/26`;
  const realRef = `CR/${stamp}/27`;

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggle = options.getByRole('switch', { name: SWITCH });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(options.getByRole('status').filter({ hasText: 'Demo mode is on' })).toHaveCount(1);

  const overlay = await recordAction(page, baseURL, demoRef);
  const banner = overlay.getByRole('note').filter({ hasText: 'Training' });
  await expect(banner).toHaveText('Training: not recorded in the real log');
  await expect(banner).toHaveAttribute('data-testid', 'waymark-demo-banner');
  expect(await seriousViolations(await panelFrameOf(page), [['.wm-panel']])).toEqual([]);

  // The training log shows the action, marked demo (and the debounced indicators, so every
  // event of this page has been written before the real log is read).
  const log = options.getByTestId('training-log');
  await expect(async () => {
    await options.getByRole('button', { name: 'Refresh' }).click();
    await expect(log.locator('tr[data-kind="indicators"]')).not.toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  const done = log.locator('tr[data-kind="prompt_state"]', { hasText: 'evidence' });
  await expect(done.filter({ hasText: demoRef })).toContainText('done');
  await expect(log.locator('tbody tr[data-demo="false"]')).toHaveCount(0);
  expect(await seriousViolations(options)).toEqual([]);

  // Switched off, the next page load records in the real log again, with no banner.
  await options.getByRole('switch', { name: SWITCH }).uncheck();
  await expect(options.getByRole('status').filter({ hasText: 'Demo mode is off' })).toHaveCount(1);
  const live = await recordAction(page, baseURL, realRef);
  await expect(live.getByTestId('waymark-demo-banner')).toHaveCount(0);

  // A supervisor on this browser exports the whole real log.
  // Settings are re-read when the settings key changes: the supervisor signs in with their own id.
  await serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      policyLastGood: { role: 'supervisor' },
      settings: { ...(settings as object), officerId: 'PS200' },
    });
  });
  const dash = await context.newPage();
  await expect(async () => {
    const real = await realExport(dash, extensionId, realRef);
    expect(real.events.some((e) => e.recordRef === realRef && e.kind === 'prompt_state')).toBe(
      true,
    );
  }).toPass({ timeout: 15_000 });
  const real = await realExport(dash, extensionId, realRef);
  expect(real.events.filter((e) => e.recordRef === demoRef)).toEqual([]);
  expect(real.events.filter((e) => e.demo)).toEqual([]);
  await dash.close();
  await options.close();
});

test('a profile that is not a training environment offers no switch and refuses a forged one', async ({
  page,
  context,
  extensionId,
  serviceWorker,
  baseURL,
}) => {
  await configure(serviceWorker, false);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('profiles')).toContainText(TRAINING_PROFILE.name);
  await expect(options.getByTestId('training')).toHaveCount(0);
  await expect(options.getByRole('switch')).toHaveCount(0);

  // Asked directly from an extension page, the background refuses and says why.
  const fromPage = (await options.evaluate(
    (profileId) =>
      chrome.runtime.sendMessage({
        waymark: 1,
        type: 'demo/set',
        payload: { profileId, on: true },
      }),
    TRAINING_PROFILE.id,
  )) as RawReply;
  expect(fromPage).toEqual({
    ok: false,
    error: {
      code: 'failed',
      message: `demo mode refused: ${TRAINING_PROFILE.name} is not a training environment`,
    },
  });
  await options.close();

  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay.getByTestId('waymark-panel')).toHaveCount(1);
  await expect(overlay.getByTestId('waymark-demo-banner')).toHaveCount(0);

  // And from the page's own content-script world it is refused before any handler runs.
  const forged = (await evaluateInContentWorld(
    page,
    `chrome.runtime.sendMessage({ waymark: 1, type: 'demo/set', payload: { profileId: ${JSON.stringify(TRAINING_PROFILE.id)}, on: true } })`,
  )) as RawReply;
  expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  await page.reload();
  await expect(overlay.getByTestId('waymark-panel')).toHaveCount(1);
  await expect(overlay.getByTestId('waymark-demo-banner')).toHaveCount(0);
});
