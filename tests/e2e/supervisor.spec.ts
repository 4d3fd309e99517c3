import type { Worker } from '@playwright/test';
import { sampleExport } from '../../src/dashboard/sample-team';
import { seriousViolations } from './axe';
import { expect, overlayLocator, test, waitForRegistration } from './fixtures';
import {
  STALKING_NARRATIVE,
  STALKING_TAIL,
  TRAINING_PROFILE,
  typeNarrative,
} from './overlay-helpers';

/** This browser's user is supervisor PS4821 (the role only force policy grants). */
async function asSupervisor(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    await chrome.storage.local.set({
      settings: { officerId: 'PS4821' },
      policyLastGood: { role: 'supervisor' },
    });
  });
}

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

test('a supervisor puts officers in teams and filters the team view by team with the other filters', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  await asSupervisor(serviceWorker);
  const start = Date.UTC(2026, 10, 2, 9, 0);
  const file = async (officerId: string, records: string[], seed: number) => ({
    name: `${officerId}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      await sampleExport({ officerId, records, start, seed, eventsPerRecord: 10 }),
    ),
  });
  const files = [
    await file('PC1', ['CR/1/26', 'CR/2/26'], 1),
    await file('PC2', ['CR/3/26', 'CR/4/26', 'CR/5/26'], 2),
    await file('PC3', ['CR/6/26'], 3),
  ];

  const dashboard = `chrome-extension://${extensionId}/dashboard.html`;
  await page.goto(dashboard);
  await page.locator('#wm-import-team').setInputFiles(files);
  const rows = page.getByTestId('wm-records').locator('tbody tr');
  await expect(page.getByRole('status').filter({ hasText: '3 of 3 exports added' })).toHaveCount(1);
  // The six imported records, and whatever this browser's own log already held.
  await expect(rows.filter({ hasText: /^CR\/\d\/26/ })).toHaveCount(6);
  const all = await rows.count();

  // Teams are set in the dashboard, with the keyboard.
  const teams = page.getByTestId('wm-teams');
  await teams.locator('summary').focus();
  await page.keyboard.press('Enter');
  const assign = async (officer: string, team: string) => {
    // The panel's own controls: the filters above have an "Officer" list too, and the panel's
    // contents are drawn only once it has opened.
    await teams.getByLabel('Officer', { exact: true }).selectOption(officer);
    await teams.getByLabel('Team name').fill(team);
    await teams.getByRole('button', { name: 'Set team' }).press('Enter');
    await expect(teams.locator(`[data-officer="${officer}"]`)).toContainText(team);
  };
  await assign('PC1', 'Response A');
  await assign('PC2', 'Response A');
  await assign('PC3', 'Neighbourhood North');
  // The open teams panel, its list and the filters: no serious or critical WCAG A/AA issue.
  expect(await seriousViolations(page)).toEqual([]);

  const team = page.getByLabel('Team', { exact: true });
  await expect(team.locator('option')).toHaveText([
    'All teams',
    'Neighbourhood North',
    'Response A',
    'No team set',
  ]);
  await team.selectOption('Response A');
  await expect(rows).toHaveCount(5);
  await team.selectOption('Neighbourhood North');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('CR/6/26');

  // With the officer filter: an officer of another team lists nothing.
  await team.selectOption('Response A');
  await page.locator('#wm-officer').selectOption('PC2');
  await expect(rows).toHaveCount(3);
  await page.locator('#wm-officer').selectOption('PC3');
  await expect(rows).toHaveCount(0);
  await page.locator('#wm-officer').selectOption('');

  // With the outstanding-prompt filter: the team's records with SPO still outstanding, a subset.
  await page.locator('#wm-outstanding').selectOption('spo');
  const withSpo = await rows.count();
  expect(withSpo).toBeLessThanOrEqual(5);
  for (const ref of await rows.locator('th[scope="row"]').allTextContents()) {
    expect(['CR/1/26', 'CR/2/26', 'CR/3/26', 'CR/4/26', 'CR/5/26']).toContain(ref);
  }
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(all);

  // Kept in this browser: still there after the page is opened again.
  expect(
    await serviceWorker.evaluate(async () => await chrome.storage.local.get('dashboardTeams')),
  ).toEqual({
    dashboardTeams: { PC1: 'Response A', PC2: 'Response A', PC3: 'Neighbourhood North' },
  });
  await page.goto(dashboard);
  await expect(page.getByLabel('Team', { exact: true }).locator('option')).toHaveText([
    'All teams',
    'Neighbourhood North',
    'Response A',
    'No team set',
  ]);
});

test('the team view\u2019s timeline gives each event\u2019s time to the second', async ({
  page,
  serviceWorker,
  extensionId,
}) => {
  await asSupervisor(serviceWorker);
  const text = await sampleExport({
    officerId: 'PC1',
    records: ['CR/1/26'],
    start: Date.UTC(2026, 10, 2, 9, 0, 7),
    seed: 1,
    eventsPerRecord: 6,
  });
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page
    .locator('#wm-import-team')
    .setInputFiles([{ name: 'pc1.json', mimeType: 'application/json', buffer: Buffer.from(text) }]);
  await page.getByRole('button', { name: 'Review CR/1/26' }).click();
  const timeline = page.getByRole('table', { name: /^Timeline of CR\/1\/26/ });
  const times = await timeline.locator('tbody time').allTextContents();
  expect(times.length).toBeGreaterThan(0);
  for (const t of times) {
    expect(t).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}:\d{2} (GMT|BST|UTC)$/);
  }
  // Events a minute apart whose seconds are not zero: the seconds are shown, not rounded away.
  expect(times.some((t) => !t.includes(':00 '))).toBe(true);
});
