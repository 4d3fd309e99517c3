import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { AuditEvent, AuditEventInput } from '../../../src/audit/schema';
import { buildEvent, exportJson, type AppendContext } from '../../../src/audit/store';
import { expect, test } from '../fixtures';

/**
 * Audit files on the real dashboard: a file cut at either end, thinned or empty is refused (it
 * used to say "chain verified"); text that could reorder itself on screen is shown as codes; a
 * CSV cell with `;` is quoted for semicolon-locale spreadsheets.
 */

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const RLO = '\u202E';

/** Six events, hashed in Node with the extension's own code. */
async function chain(): Promise<AuditEvent[]> {
  const inputs: AuditEventInput[] = [
    { kind: 'prompt_shown', promptId: 'spo', state: 'open' },
    {
      kind: 'prompt_state',
      promptId: 'spo',
      state: 'not_applicable',
      reason: `Victim declined; ${RLO}exe.fdp`,
      automatic: false,
    },
    {
      kind: 'indicators',
      behaviours: [
        { id: 'following', count: 2 },
        { id: 'repeated_contact', count: 3 },
      ],
      stalkingLikely: true,
      score: 0.9,
    },
    { kind: 'prompt_shown', promptId: 'evidence', state: 'open' },
    { kind: 'prompt_state', promptId: 'evidence', state: 'done', automatic: false },
    { kind: 'summary_inserted' },
  ];
  const events: AuditEvent[] = [];
  for (const [i, input] of inputs.entries()) {
    const ctx: AppendContext = {
      recordRef: `CR/77/26${RLO}1`,
      profileId: 'training-rms',
      origin: 'http://127.0.0.1',
      officerId: 'PC4417',
      demo: false,
      now: T0 + i * 60_000,
    };
    const prev = events.at(-1);
    events.push(await buildEvent(input, ctx, prev && { lastSeq: prev.seq, lastHash: prev.hash }));
  }
  return events;
}

async function openDashboard(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('supervisor dashboard');
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page.locator('#wm-import').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test.beforeEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate(async () => {
    await chrome.storage.local.set({
      settings: { siteProfiles: [], officerId: 'PS4821' },
      // Only force policy grants the supervisor role: the policy as this browser last received it.
      policyLastGood: { role: 'supervisor' },
    });
  });
});

test('files cut at either end, thinned, or empty are refused; a whole file shows its head', async ({
  page,
  extensionId,
}) => {
  const events = await chain();
  const whole = JSON.parse(exportJson(events, new Date(T0))) as Record<string, unknown>;
  const restated = (kept: AuditEvent[]) =>
    JSON.stringify({
      ...whole,
      chain: {
        ...(whole.chain as object),
        count: kept.length,
        firstSeq: kept[0]?.seq ?? null,
        lastSeq: kept.at(-1)?.seq ?? null,
      },
      events: kept,
    });
  await openDashboard(page, extensionId);
  const status = page.getByRole('status');
  const error = page.getByTestId('wm-error');

  await importFile(page, 'first-cut.json', restated(events.slice(2)));
  await expect(error).toContainText(
    'Chain broken at seq 2: the chain should start at seq 0; earlier events are missing.',
  );
  await importFile(page, 'last-cut.json', restated(events.slice(0, 4)));
  await expect(error).toContainText('the chain should end at seq 5 (its stated head)');
  await importFile(page, 'three.json', JSON.stringify({ ...whole, events: events.slice(0, 3) }));
  await expect(error).toContainText('The file states 6 events but holds 3.');
  await importFile(page, 'empty.json', exportJson([], new Date(T0)));
  await expect(error).toContainText('The file holds no events: nothing to verify.');
  await expect(page.getByText(/chain verified/)).toHaveCount(0);

  await importFile(page, 'whole.json', JSON.stringify(whole));
  await expect(status).toContainText(
    `whole.json: 6 events, chain verified from seq 0 to its stated head seq 5, hash ${events[5]!.hash.slice(0, 16)}`,
  );
});

test('a bidi override in a reference or reason is shown as a code, and CSV quotes cells with ";"', async ({
  page,
  extensionId,
}) => {
  await openDashboard(page, extensionId);
  await importFile(page, 'rtl.json', exportJson(await chain(), new Date(T0)));
  const row = page.getByTestId('wm-records').locator('tbody tr').first();
  await expect(row.locator('th')).toHaveText('CR/77/26[U+202E]1');
  await row.getByRole('button', { name: /^Review/ }).click();
  const review = page.getByTestId('wm-review');
  await expect(review).toContainText('Victim declined; [U+202E]exe.fdp');
  expect(await review.textContent()).not.toContain(RLO);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export CSV/ }).click(),
  ]);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv).toContain(`,"Victim declined; ${RLO}exe.fdp",`);
  expect(csv).toContain(',"following:2;repeated_contact:3",true,0.9,');
});

test('the background refuses a site profile that reaches every site', async ({
  page,
  extensionId,
}) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const pattern of ['*://*/*', 'https://*.uk/*']) {
    const reply = await page.evaluate(
      (matches) =>
        chrome.runtime.sendMessage({
          waymark: 1,
          type: 'settings/save',
          payload: { local: { siteProfiles: [{ id: 'everything', name: 'Everything', matches }] } },
        }),
      [pattern],
    );
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'bad_request',
        message: expect.stringContaining('match pattern is too broad'),
      },
    });
  }
});
