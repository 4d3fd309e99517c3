import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import {
  NON_STALKING_NARRATIVE,
  STALKING_NARRATIVE,
  STALKING_TAIL,
  typeNarrative,
} from '../overlay-helpers';
import { auditEvents, openRecordWithReference } from './audit-log';

/**
 * A hostile page cannot read, search, listen to, hide or measure the panel: it lives in an
 * extension frame the page cannot look into, and it refuses clicks while the page hides it.
 * Each attack here works against a panel drawn in a shadow root inside the page.
 */

/** The officer's reason, typed into the panel; the page must never see it. */
const REASON = 'Quartermaine ledger reconciled by the response team';

async function startRecord(page: Page, overlay: Locator): Promise<Locator> {
  await typeNarrative(page, page.locator('#narrative'), STALKING_NARRATIVE, STALKING_TAIL);
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'true',
  );
  const spo = overlay.locator('[data-prompt="spo"]');
  await expect(spo).toHaveAttribute('data-state', 'open');
  return spo;
}

/** Open the "not applicable" form on the evidence prompt and type a reason, key by key. */
async function typeReason(overlay: Locator): Promise<void> {
  const evidence = overlay.locator('[data-prompt="evidence"]');
  await evidence.getByRole('button', { name: /^Not applicable:/ }).click();
  const form = evidence.locator('form.wm-na-form');
  await form.getByRole('combobox').selectOption({ label: 'Other (type below)' });
  await form.getByRole('textbox').pressSequentially(REASON, { delay: 5 });
  await expect(form.getByRole('textbox')).toHaveValue(REASON);
}

test('window.find over the panel finds neither its text nor what the officer typed', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay } = await openRecordWithReference(page, serviceWorker, baseURL, 'FIND');
  await startRecord(page, overlay);
  await typeReason(overlay);
  const found = await page.evaluate(
    (words) =>
      words.map((w) => {
        getSelection()?.removeAllRanges();
        return (window as unknown as { find(s: string): boolean }).find(w);
      }),
    [REASON, 'Quartermaine', 'Stalking Protection Order', 'What to do'],
  );
  expect(found).toEqual([false, false, false, false]);
});

test("the page's getSelection() sees none of the panel text the officer selects", async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay } = await openRecordWithReference(page, serviceWorker, baseURL, 'SEL');
  const spo = await startRecord(page, overlay);
  const ask = spo.locator('.wm-ask');
  await ask.scrollIntoViewIfNeeded();
  const box = (await ask.boundingBox())!;
  await page.mouse.click(box.x + 20, box.y + 8, { clickCount: 3 });
  // The officer did select text, inside the frame.
  const inFrame = await spo.evaluate(() => getSelection()?.toString() ?? '');
  expect(inFrame.trim().length).toBeGreaterThan(0);
  const inPage = await page.evaluate(() => ({
    text: getSelection()?.toString() ?? '',
    ranges: getSelection()?.rangeCount ?? 0,
  }));
  expect(inPage.text).toBe('');
  expect(inPage.text).not.toContain(inFrame.trim());
});

test('capture-phase key and input listeners on the page see nothing typed in the panel', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay } = await openRecordWithReference(page, serviceWorker, baseURL, 'KEYS');
  await startRecord(page, overlay);
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const target of [window, document]) {
      for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input']) {
        target.addEventListener(
          type,
          (e) => seen.push(`${type}:${(e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''}`),
          { capture: true },
        );
      }
    }
  });
  await typeReason(overlay);
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
});

/** Officer decisions on the SPO prompt in this record's audit trail. */
async function spoDecisions(worker: Parameters<typeof auditEvents>[0], ref: string) {
  return (await auditEvents(worker)).filter(
    (e) =>
      e.recordRef === ref &&
      e.kind === 'prompt_state' &&
      e.promptId === 'spo' &&
      e.automatic === false,
  );
}

for (const hide of [
  { name: 'opacity:0', css: 'waymark-overlay{opacity:0!important}', says: 'covered or hid' },
  {
    name: 'display:none',
    css: 'waymark-overlay{display:none!important}',
    // Which check sees it first decides the wording; either is true of what the page did.
    says: /only just appeared|covered or hid/,
  },
]) {
  test(`page CSS ${hide.name} on the host: a real click on the panel is refused and not logged`, async ({
    page,
    serviceWorker,
    baseURL,
  }) => {
    const { overlay, ref } = await openRecordWithReference(page, serviceWorker, baseURL, 'HIDE');
    const spo = await startRecord(page, overlay);
    const done = spo.getByRole('button', { name: /^Mark done/ });
    await done.scrollIntoViewIfNeeded();
    const at = (await done.boundingBox())!;
    const x = at.x + at.width / 2;
    const y = at.y + at.height / 2;

    // The page hides the panel; for display:none it shows it again just under the pointer, the
    // moment before the officer's click lands (clickjacking).
    const style = await page.addStyleTag({ content: hide.css });
    await page.waitForTimeout(400);
    if (hide.name === 'display:none') {
      // Shown again a moment before the click (long enough for the frame to lay out, so the
      // click lands on the button, and well under a human's reaction time).
      await style.evaluate((el) => (el as Element).remove());
      await page.waitForTimeout(120);
    }
    await page.mouse.click(x, y);
    await expect(overlay.locator('[data-testid="waymark-refused"]')).toBeVisible();
    await expect(overlay.locator('[data-testid="waymark-refused"]')).toHaveAttribute(
      'role',
      'alert',
    );
    await expect(overlay.locator('[data-testid="waymark-refused"]')).toContainText(hide.says);
    await page.waitForTimeout(1000);
    await expect(spo).toHaveAttribute('data-state', 'open');
    expect(await spoDecisions(serviceWorker, ref)).toEqual([]);

    // Shown plainly again, the same click works and is logged.
    await style.evaluate((el) => (el as Element).remove());
    await page.waitForTimeout(600);
    await page.mouse.click(x, y);
    await expect(spo).toHaveAttribute('data-state', 'done');
    await expect(overlay.locator('[data-testid="waymark-refused"]')).toHaveCount(0);
    await expect.poll(async () => (await spoDecisions(serviceWorker, ref)).length).toBe(1);
  });
}

test("the panel's footprint is the same before and after the judgement turns likely", async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay } = await openRecordWithReference(page, serviceWorker, baseURL, 'SIZE');
  const field = page.locator('#narrative');
  await typeNarrative(page, field, NON_STALKING_NARRATIVE, ' ');
  // The officer opens the panel: it docks beside the narrative.
  await field.focus();
  await page.keyboard.press('Alt+Shift+KeyW');
  const panel = overlay.locator('[data-testid="waymark-panel"]');
  await expect(panel).toHaveAttribute('data-open', 'true');
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'false',
  );
  const frame = page.locator('waymark-overlay iframe[data-testid="waymark-frame"]');
  const footprint = async () => ({
    box: await frame.boundingBox(),
    host: await page.evaluate(() => {
      const r = document.querySelector('waymark-overlay')!.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    }),
  });
  const before = await footprint();

  await typeNarrative(page, field, STALKING_NARRATIVE, STALKING_TAIL);
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'true',
  );
  expect(await footprint()).toEqual(before);
});

test('a page that removes the overlay gets it back, and the reloaded panel frame still works', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay, ref } = await openRecordWithReference(page, serviceWorker, baseURL, 'BACK');
  const spo = await startRecord(page, overlay);
  await page.evaluate(() => document.querySelector('waymark-overlay')!.remove());
  await page.locator('#narrative').pressSequentially(' He phoned again.', { delay: 5 });
  await expect(overlay).toHaveCount(1);
  // The frame loaded again under a fresh nonce: the relay pairs it, and it shows the record.
  await expect(spo).toHaveAttribute('data-state', 'open');
  await page.waitForTimeout(500);
  await spo.getByRole('button', { name: /^Mark done/ }).click();
  await expect(spo).toHaveAttribute('data-state', 'done');
  await expect.poll(async () => (await spoDecisions(serviceWorker, ref)).length).toBe(1);
});
