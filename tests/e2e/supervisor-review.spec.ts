import fs from 'node:fs';
import type { Page } from '@playwright/test';
import type { SiteProfile } from '../../src/adapters/profile';
import { expect, test, waitForRegistration } from './fixtures';
import { launchExtension, extensionWorker, type LaunchedExtension } from './launch';
import { overlayIn, STALKING_NARRATIVE, STALKING_TAIL, typeNarrative } from './overlay-helpers';
import { sampleExport } from '../../src/dashboard/sample-team';

/**
 * Done means: an officer and a supervisor on two machines (two browser profiles), sharing only
 * the crime record (kept by the fixture server, as the force's system keeps it). The supervisor's
 * log is empty: everything the review shows comes from the summary block in the record.
 */

const SHARED_PROFILE: SiteProfile = {
  id: 'shared-record',
  name: 'Shared crime record',
  matches: ['http://127.0.0.1/*'],
  fields: {
    narrative: { selector: '#narrative' },
    crimeReference: { selector: '#ref' },
    spoDecision: { selector: '#spo' },
    notes: { selector: '#notes' },
  },
};

const REASON = 'Evidence already secured by the response team';

/**
 * Settings of one machine. A supervisor's role comes from force policy: here the policy as the
 * browser last received it, which Waymark keeps and applies while the browser reports none. (A
 * real policy file would reach every Chromium on this shared machine while the test runs;
 * tests/e2e/foundation.spec.ts covers the file itself.)
 */
async function configure(
  launched: LaunchedExtension,
  who: { officerId: string; supervisor?: boolean },
): Promise<void> {
  const worker = await extensionWorker(launched.context);
  await worker.evaluate(
    async ({ profile, officerId, supervisor }) => {
      await chrome.storage.local.set({
        settings: { siteProfiles: [profile], officerId },
        ...(supervisor ? { policyLastGood: { role: 'supervisor' } } : {}),
      });
    },
    { profile: SHARED_PROFILE, ...who },
  );
  await waitForRegistration(worker, SHARED_PROFILE.matches);
}

/**
 * Click a consequential panel button as an officer would: a click in the panel's first moments on
 * screen is refused (a page could show it under the pointer), and the panel says so; the officer
 * reads it and clicks again. A refusal for any other reason fails the test.
 */
async function clickInPanel(page: Page, selector: string): Promise<void> {
  const panel = overlayIn(page);
  const refused = panel.locator('[data-testid="waymark-refused"]');
  for (let attempt = 0; attempt < 3; attempt++) {
    await panel.locator(selector).click();
    await page.waitForTimeout(400);
    if ((await refused.count()) === 0) return;
    await expect(refused).toContainText('only just appeared');
  }
}

async function openRecord(launched: LaunchedExtension, url: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(url);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(overlayIn(page).locator('[data-testid="waymark-panel"]')).toHaveCount(1);
  return page;
}

test('a supervisor on another machine sees the officer\u2019s decisions from the record, and an edited narrative is flagged', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  const url = `${baseURL}/shared-record.html?id=review-1`;

  // Machine 1: the officer records prompts and inserts the summary.
  const officer = await launchExtension();
  try {
    await configure(officer, { officerId: 'PC4417' });
    const page = await openRecord(officer, url);
    const overlay = overlayIn(page);
    await page.locator('#ref').fill('CR/555/26');
    await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
    await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
      'data-likely',
      'true',
    );
    await expect(overlay.getByTestId('waymark-review')).toHaveCount(0);
    const evidence = overlay.locator('[data-prompt="evidence"]');
    await evidence.getByRole('button', { name: /^Not applicable:/ }).click();
    const form = evidence.locator('form.wm-na-form');
    await form.getByRole('combobox').selectOption({ label: 'Other (type below)' });
    await form.getByRole('textbox').fill(REASON);
    await form.getByRole('button', { name: 'Save reason' }).click();
    await expect(evidence).toHaveAttribute('data-state', 'not_applicable');
    await overlay.locator('[data-action="insert-summary"]').click();
    await expect(page.locator('#notes')).toHaveValue(/WAYMARK-DATA v2 [\w-]+\n--- end/);
    await page.evaluate(() =>
      (window as unknown as { recordSaved(): Promise<void> }).recordSaved(),
    );
  } finally {
    await officer.close();
  }

  // Machine 2: a supervisor by policy, with an empty log, opens the same record.
  const supervisor = await launchExtension();
  try {
    await configure(supervisor, { officerId: 'PS9', supervisor: true });
    const page = await openRecord(supervisor, url);
    await expect(page.locator('#notes')).toHaveValue(/--- Waymark summary ---/);
    const review = overlayIn(page).locator('[data-testid="waymark-review"]');
    await expect(review).toHaveAttribute('data-summary', 'found');
    await expect(review).toHaveAttribute('data-changed', 'false');
    await expect(review).toContainText('Summary inserted for officer PC4417 on');

    const evidence = review.locator('[data-review-prompt="evidence"]');
    await expect(evidence).toHaveAttribute('data-state', 'not_applicable');
    await expect(evidence).toContainText(
      /Set to not applicable by officer PC4417 on \d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d/,
    );
    await expect(evidence).toContainText(`Reason given: "${REASON}"`);
    // The SPO prompt was only shown: the review must not say the officer set it.
    const spo = review.locator('[data-review-prompt="spo"]');
    await expect(spo).toHaveAttribute('data-state', 'open');
    await expect(spo).toContainText('Shown as still to do; not set by officer PC4417');
    await expect(spo).toContainText('(outstanding)');

    // The supervisor's own "Insert summary" must not replace the officer's summary.
    const before = await page.locator('#notes').inputValue();
    await clickInPanel(page, '[data-action="insert-summary"]');
    await expect(overlayIn(page).locator('[data-testid="waymark-insert-status"]')).toHaveText(
      "Not written: it would replace the officer's summary. Add a review line.",
    );
    await expect(page.locator('#notes')).toHaveValue(before);

    // Recording "reviewed" and the review line.
    await review
      .getByRole('button', { name: 'Record reviewed and add a review line to the notes' })
      .click();
    await expect(review.getByTestId('waymark-review-status')).toContainText(
      'recorded in your audit log and the review line added',
    );
    await expect(page.locator('#notes')).toHaveValue(
      /--- end Waymark summary ---\nWaymark review: reviewed by supervisor PS9 on .*still outstanding: /,
    );
    // The review line sits outside the block: the block still reads as sound.
    await expect(review).toHaveAttribute('data-summary', 'found');

    // Someone edits the narrative after the summary: the review flags it.
    await page.locator('#narrative').press('End');
    await page.locator('#narrative').pressSequentially(' He came back on 20 March.', { delay: 5 });
    await expect(review).toHaveAttribute('data-changed', 'true');
    await expect(review).toContainText('The narrative changed since the summary was inserted.');

    // A hand edit inside the block makes it untrusted.
    const notes = await page.locator('#notes').inputValue();
    await page.locator('#notes').fill(notes.replace('not applicable', 'done'));
    await expect(review).toHaveAttribute('data-summary', 'invalid');
    await expect(review).toContainText('edited by hand');
    await expect(review).not.toContainText('PC4417 on');
  } finally {
    await supervisor.close();
  }
});

test('a supervisor opening a record with no summary is told Waymark was not used', async ({
  baseURL,
}) => {
  const supervisor = await launchExtension();
  try {
    await configure(supervisor, { officerId: 'PS9', supervisor: true });
    const page = await openRecord(supervisor, `${baseURL}/shared-record.html?id=review-none`);
    await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
    const review = overlayIn(page).locator('[data-testid="waymark-review"]');
    await expect(review).toHaveAttribute('data-summary', 'missing');
    await expect(review).toHaveAttribute('data-changed', 'false');
    await expect(review).toContainText(
      'Waymark was not used, or the officer did not insert the summary',
    );
    await expect(review.locator('[data-review-prompt="spo"]')).toHaveAttribute(
      'data-state',
      'open',
    );
  } finally {
    await supervisor.close();
  }
});

test('a role chosen on this machine does not make a supervisor: officer only, and the dashboard says so', async ({
  baseURL,
}) => {
  const machine = await launchExtension();
  try {
    const worker = await extensionWorker(machine.context);
    // What an older options page could store: a supervisor role chosen by hand.
    await worker.evaluate(async (profile) => {
      await chrome.storage.local.set({
        settings: { siteProfiles: [profile], role: 'supervisor', officerId: 'PC4417' },
      });
    }, SHARED_PROFILE);
    await waitForRegistration(worker, SHARED_PROFILE.matches);
    const page = await openRecord(machine, `${baseURL}/shared-record.html?id=review-local-role`);
    await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
    await expect(overlayIn(page).locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
      'data-likely',
      'true',
    );
    await expect(overlayIn(page).locator('[data-testid="waymark-review"]')).toHaveCount(0);

    await page.goto(`chrome-extension://${machine.extensionId}/options.html`);
    const role = page.locator('select[name="role"]');
    await expect(role.locator('option')).toHaveText(['Officer']);
    await expect(page.getByTestId('role-hint')).toHaveText(
      "Supervisor and trainer roles are set by your force's policy, not here.",
    );
    await page.goto(`chrome-extension://${machine.extensionId}/dashboard.html`);
    await expect(page.locator('header')).toContainText(
      "Other officers' records need the supervisor role, which only your force's policy grants.",
    );
  } finally {
    await machine.close();
  }
});

test('the dashboard merges three officers\u2019 exports, reports and leaves out the broken one, and draws the charts', async () => {
  const start = Date.UTC(2026, 10, 2, 9, 0);
  const exportOf = (officerId: string, records: string[], seed: number) =>
    sampleExport({ officerId, records, start, seed, eventsPerRecord: 10 });
  const pc1 = await exportOf('PC1', ['CR/1/26', 'CR/2/26', 'CR/3/26'], 1);
  const pc2 = await exportOf('PC2', ['CR/4/26', 'CR/5/26'], 2);
  // PC3's file was changed after export: one event's reason no longer matches the chain.
  const pc3 = JSON.parse(await exportOf('PC3', ['CR/6/26', 'CR/7/26'], 3)) as {
    events: { kind: string; state?: string; reason?: string }[];
  };
  pc3.events.find((e) => e.kind === 'prompt_state' && e.reason)!.reason = 'Edited later';

  const machine = await launchExtension();
  try {
    await configure(machine, { officerId: 'PS9', supervisor: true });
    const page = await machine.context.newPage();
    await page.goto(`chrome-extension://${machine.extensionId}/dashboard.html`);
    await expect(page.locator('header')).toContainText('(supervisor): all officers');
    const file = (name: string, text: string) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page
      .locator('#wm-import-team')
      .setInputFiles([
        file('pc1.json', pc1),
        file('pc2.json', pc2),
        file('pc3.json', JSON.stringify(pc3)),
      ]);
    const report = page.getByTestId('wm-import-report');
    await expect(report.locator('[data-ok="true"]')).toHaveCount(2);
    await expect(report.locator('[data-file="pc3.json"]')).toHaveAttribute('data-ok', 'false');
    await expect(report.locator('[data-file="pc3.json"]')).toContainText(
      /pc3\.json: refused, left out: Chain broken at seq \d+/,
    );
    await expect(page.getByTestId('wm-error')).toContainText('2 of 3 exports added');
    await expect(page.locator('header')).toContainText('team view of 2 officers’ exports');

    // Merged: five records from two officers; nothing from the broken file.
    await expect(page.getByTestId('wm-records').locator('tbody tr')).toHaveCount(5);
    await expect(page.locator('#wm-officer option')).toHaveText(['All officers', 'PC1', 'PC2']);
    await page.locator('#wm-officer').selectOption('PC2');
    await expect(page.getByTestId('wm-records').locator('tbody tr')).toHaveCount(2);
    await page.locator('#wm-officer').selectOption('');

    // Adding the same file again adds nothing.
    await page.locator('#wm-import-team').setInputFiles([file('pc1-again.json', pc1)]);
    await expect(page.getByTestId('wm-records').locator('tbody tr')).toHaveCount(5);
    await expect(report).toContainText('(0 new)');

    // Charts: each drawn, with a table behind it.
    const charts = page.getByTestId('wm-chart');
    await expect(charts).toHaveCount(5);
    for (const id of ['outstanding', 'followed-by-week', 'spo', 'referral', 'na-reasons']) {
      const chart = page.locator(`[data-testid="wm-chart"][data-chart="${id}"]`);
      await expect(chart.locator('svg[role="img"]')).toHaveCount(1);
      await expect(chart.locator('svg rect').first()).toBeAttached();
      await expect(chart.locator('table tbody tr').first()).toBeAttached();
    }
    const outstanding = page.locator('[data-chart="outstanding"] [data-bar]');
    const total = (
      await outstanding.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))
    ).reduce((a, b) => a + b, 0);
    expect(total).toBe(5);

    // One row per record, in plain words.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Export records as CSV/ }).click(),
    ]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF?Crime reference,Officers,First activity/);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(6);
  } finally {
    await machine.close();
  }
});
