import { expect, overlayLocator, setProfiles, test } from '../fixtures';
import { TRAINING_PROFILE } from '../overlay-helpers';
import { generateNarrative } from '../../../scripts/lib/narrative-generator';

/**
 * A pasted statement at the record's limit (200,000 characters) must not freeze the officer's page:
 * the sentences are analysed and resolved a slice per task and the panel is drawn in its own frame,
 * so the page sees no task longer than 100 ms (it saw one of about 195 ms when everything ran in
 * one task).
 */
test('a 200,000-character paste is analysed without a long task in the page', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await setProfiles(serviceWorker, [TRAINING_PROFILE]);
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay).toHaveCount(1);
  let text = '';
  for (let seed = 1; text.length < 200_000; seed++) text += `${generateNarrative(5000, seed)} `;
  text = text.slice(0, 200_000);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator('#narrative').click();
  await page.evaluate((value) => {
    const el = document.querySelector<HTMLTextAreaElement>('#narrative')!;
    el.value = value;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  // Analysed: the generated narrative describes stalking.
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'true',
    { timeout: 30_000 },
  );
  // The highlights and the panel are drawn in the tasks after the analysis.
  await page.waitForTimeout(500);
  const longTasks = await page.evaluate(
    () => (window as unknown as { longTasks: number[] }).longTasks,
  );
  expect(longTasks.filter((d) => d > 100)).toEqual([]);
});
