import { EXTENSION_ID, expect, overlayLocator, setProfiles, test } from '../fixtures';
import { extensionWorker, launchExtension } from '../launch';
import { startFixtureServer } from '../server';
import { STALKING_NARRATIVE, TRAINING_PROFILE } from '../overlay-helpers';
import { auditEvents, openRecordWithReference } from './audit-log';

/**
 * A page must not be able to switch Waymark off. WXT's content-script context aborts when a
 * `CustomEvent` named `<extension id>:content:wxt:content-script-started` is dispatched on
 * `document` (or posted as a window message), and the extension id is public. Waymark's own
 * lifetime ends only when the extension is gone.
 */

const FORGED_EVENT = `${EXTENSION_ID}:content:wxt:content-script-started`;

test('a forged "content script started" event or message does not remove the overlay', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  const { overlay, ref } = await openRecordWithReference(page, serviceWorker, baseURL, 'TEARDOWN');

  // Every way WXT's context listens for a newer copy of the script, with names it would accept.
  await page.evaluate((type) => {
    for (const contentScriptName of ['content', 'content-script', undefined]) {
      const detail = { contentScriptName, messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, contentScriptName, messageId: 'forged' }, '*');
    }
  }, FORGED_EVENT);
  await page.waitForTimeout(1500);
  await expect(overlay).toHaveCount(1);

  // And Waymark still works: typing after the attack is analysed and logged.
  await page.locator('#narrative').fill(STALKING_NARRATIVE);
  await expect(overlay.locator('[data-testid="waymark-stalking"]')).toHaveAttribute(
    'data-likely',
    'true',
  );
  await expect
    .poll(async () =>
      (await auditEvents(serviceWorker)).some(
        (e) => e.recordRef === ref && e.kind === 'indicators' && e.stalkingLikely,
      ),
    )
    .toBe(true);
});

test('when the extension goes away, the orphaned copy notices by itself and removes its overlay', async () => {
  // A browser of its own: the extension does not come back in this one.
  const server = await startFixtureServer();
  const launched = await launchExtension();
  try {
    const worker = await extensionWorker(launched.context);
    await setProfiles(worker, [TRAINING_PROFILE]);
    const page = await launched.context.newPage();
    await page.goto(`${server.baseURL}/training-record.html`);
    await expect(overlayLocator(page)).toHaveCount(1);

    // An extension loaded from the command line is unloaded by a reload and not loaded again, so
    // this copy of the content script is orphaned: its runtime id is gone and nothing tells it
    // through the page.
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await expect(overlayLocator(page)).toHaveCount(0, { timeout: 5_000 });
  } finally {
    await launched.close();
    await server.close();
  }
});
