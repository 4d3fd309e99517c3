import { TRAINING_PROFILE } from '../../src/demo/training-profile';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import type { AuditExport } from '../../src/audit/store';
import { verifyChain } from '../../src/audit/store';
import { recordLinkHash } from '../../src/dashboard/deep-link';
import { expect, overlayLocator, test, waitForRegistration } from './fixtures';

/**
 * The audit path end to end in real Chromium: an officer types a stalking narrative on a
 * configured record, the overlay finds it and logs indicators and prompt states (never text), the
 * officer marks a prompt done, and a supervisor sees the record on the dashboard, verifies the
 * chain and exports it. The privacy check reads the whole export for the narrative's sentences.
 */

const PROFILE = TRAINING_PROFILE;

// Filled at once, then typed key by key (so the overlay also sees a narrative grow).
const FILLED = [
  'The victim Amira LAWSON ended her relationship with Daniel PRYCE in December 2025.',
  'Since 9 January 2026 he has sent her text messages every day, often more than 30 a day, and when she blocked his number he messaged her from new numbers.',
  'On 20 January and again on 3 February he was waiting outside her work at Hartley Opticians when she finished her shift.',
];
const TYPED = [
  'On 14 March he stood beside the lilac postbox on Quenby Terrace for two hours watching her window.',
  'She is very frightened of him and has changed her route to work.',
];
const SENTENCES = [...FILLED, ...TYPED];
/** Words from the narrative that appear nowhere else: none may reach the log. */
const DISTINCTIVE = ['lilac postbox', 'Quenby Terrace', 'Hartley Opticians', 'LAWSON', 'PRYCE'];

async function dashboardReview(page: Page, extensionId: string, ref: string) {
  // The supervisor's deep link: the record's review opens with the filter set to it.
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${recordLinkHash(ref)}`);
  const review = page.getByTestId('wm-review');
  await expect(review.locator('#wm-review-h')).toHaveText(`Review of ${ref}`);
  await expect(page.locator('#wm-ref')).toHaveValue(ref);
  return review;
}

async function downloadText(download: Download): Promise<string> {
  const file = await download.path();
  return readFileSync(file, 'utf8');
}

test('a stalking narrative reaches the audit as indicators and prompt states, never as text', async ({
  page,
  context,
  extensionId,
  serviceWorker,
  baseURL,
}) => {
  // A reference of its own, so earlier runs' events in this browser do not mix in.
  const ref = `CR/${String(Date.now()).slice(-6)}/26`;
  await serviceWorker.evaluate(async (profile) => {
    await chrome.storage.local.set({
      settings: { siteProfiles: [profile], officerId: 'PS4821' },
      // Only force policy grants the supervisor role: the policy as this browser last received it.
      policyLastGood: { role: 'supervisor' },
    });
  }, PROFILE);
  await waitForRegistration(serviceWorker, PROFILE.matches);

  // Room beside the narrative, so the panel docks and its buttons are on screen.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay).toHaveCount(1);

  // The training record's reference is read-only; this one is new for the test.
  const crimeRef = page.locator('#crimeRef');
  await crimeRef.evaluate((el) => el.removeAttribute('readonly'));
  await crimeRef.fill(ref);

  const narrative = page.locator('#narrative');
  await narrative.fill(FILLED.join(' '));
  await narrative.press('End');
  await narrative.pressSequentially(` ${TYPED.join(' ')}`, { delay: 5 });
  await expect(narrative).toHaveValue(SENTENCES.join(' '));

  await expect(overlay.locator('[data-testid="waymark-stalking"][data-likely="true"]')).toHaveCount(
    1,
  );
  const evidence = overlay.locator('[data-prompt="evidence"]');
  await expect(evidence).toHaveAttribute('data-state', 'open');
  await evidence.getByRole('button', { name: /^Mark done:/ }).click();
  await expect(evidence).toHaveAttribute('data-state', 'done');

  // The indicators event is debounced (audit-feed.ts); the dashboard is polled until it arrives.
  const dash = await context.newPage();
  const review = await dashboardReview(dash, extensionId, ref);
  await expect(async () => {
    if (!(await review.textContent())?.includes('Stalking likely: yes')) {
      await dash.reload();
      await expect(review.locator('#wm-review-h')).toHaveText(`Review of ${ref}`);
    }
    await expect(review).toContainText('Stalking likely: yes', { timeout: 500 });
  }).toPass({ timeout: 15_000 });

  const records = dash.getByTestId('wm-records').locator('tbody tr');
  await expect(records).toHaveCount(1);
  await expect(records.first().locator('th')).toHaveText(ref);
  await expect(records.first()).toContainText('PS4821');
  await expect(records.first().locator('td').nth(2)).toHaveText('Yes');

  // Indicators by id and count, prompt states with who set them and how.
  await expect(review).toContainText('Contact or attempted contact');
  await expect(review.locator('tr[data-prompt="evidence"]')).toHaveAttribute('data-state', 'done');
  await expect(review.locator('tr[data-prompt="evidence"]')).toContainText('Officer action');
  await expect(review.locator('tr[data-prompt="evidence"]')).toContainText('PS4821');
  await expect(review.locator('tr[data-prompt="spo"]')).toHaveAttribute('data-state', 'open');
  await expect(review.locator('tr[data-prompt="vna"]')).toHaveCount(1);
  // The review never shows narrative text either.
  for (const phrase of DISTINCTIVE) await expect(dash.locator('body')).not.toContainText(phrase);

  // Verify chain on the live log.
  await dash.getByRole('button', { name: 'Verify chain' }).click();
  await expect(dash.getByRole('status')).toContainText('The audit log: chain intact');

  // JSON export: the whole log. Not one sentence or distinctive phrase of the narrative in it.
  const [jsonDownload] = await Promise.all([
    dash.waitForEvent('download'),
    dash.getByRole('button', { name: /^Export JSON/ }).click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^waymark-audit-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonText = await downloadText(jsonDownload);
  const exported = JSON.parse(jsonText) as AuditExport;
  expect(exported.format).toBe('waymark-audit');
  const mine = exported.events.filter((e) => e.recordRef === ref);
  expect(mine.map((e) => e.kind)).toEqual(
    expect.arrayContaining(['indicators', 'prompt_shown', 'prompt_state']),
  );
  expect(mine.find((e) => e.kind === 'prompt_state' && e.promptId === 'evidence')).toMatchObject({
    state: 'done',
    automatic: false,
    officerId: 'PS4821',
    profileId: PROFILE.id,
  });
  const lowerJson = jsonText.toLowerCase();
  for (const piece of [...SENTENCES, ...DISTINCTIVE]) {
    expect(lowerJson, `export contains "${piece}"`).not.toContain(piece.toLowerCase());
  }
  // And the chain in the file checks out with the extension's own verifier, here in Node.
  expect(await verifyChain(exported.events)).toMatchObject({ ok: true });

  // CSV export of the record listed.
  const [csvDownload] = await Promise.all([
    dash.waitForEvent('download'),
    dash.getByRole('button', { name: /^Export CSV/ }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/^waymark-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await downloadText(csvDownload)).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n').filter(Boolean);
  expect(lines[0]).toMatch(/^seq,id,at,officerId,recordRef,/);
  expect(lines.length).toBe(1 + mine.length);
  expect(lines.slice(1).every((l) => l.includes(ref))).toBe(true);
  expect(csv).toMatch(/,prompt_state,evidence,done,false,/);
  for (const piece of DISTINCTIVE) expect(csv).not.toContain(piece);

  await dash.close();
});
