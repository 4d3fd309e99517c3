import { EXTENSION_ID, expect, overlayLocator, setProfiles, test } from './fixtures';
import { evaluateInContentWorld } from './content-world';
import { launchExtension } from './launch';
import { canWritePolicy, withManagedPolicy } from './policy';

const profile = (matches: string[]) => ({ id: 'fixture-site', name: 'Fixture site', matches });

test('the service worker starts and the extension id is the pinned one', async ({
  extensionId,
  page,
}) => {
  expect(extensionId).toBe(EXTENSION_ID);
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(() =>
    chrome.runtime.sendMessage({ waymark: 1, type: 'app/ping', payload: {} }),
  );
  expect(reply).toMatchObject({ ok: true, data: { version: expect.any(String) } });
});

test('the content script runs on a configured page and not on an unconfigured one', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await setProfiles(serviceWorker, [profile(['http://127.0.0.1/alt/*'])]);
  await page.goto(`${baseURL}/alt/plain.html`);
  await expect(overlayLocator(page)).toHaveCount(1);

  await page.goto(`${baseURL}/plain.html`);
  await page.waitForTimeout(1500);
  await expect(overlayLocator(page)).toHaveCount(0);
});

test('a tab already open gets the overlay when a profile arrives, without a reload', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await page.goto(`${baseURL}/alt/plain.html`);
  await page.waitForTimeout(500);
  await expect(overlayLocator(page)).toHaveCount(0);
  const loadedAt = await page.evaluate(() => performance.timeOrigin);

  await setProfiles(serviceWorker, [profile(['http://127.0.0.1/alt/*'])]);
  await expect(overlayLocator(page)).toHaveCount(1);
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
});

test('the background refuses malformed and forbidden messages from a content script', async ({
  page,
  serviceWorker,
  baseURL,
}) => {
  await setProfiles(serviceWorker, [profile(['http://127.0.0.1/alt/*'])]);
  await page.goto(`${baseURL}/alt/plain.html`);
  await expect(overlayLocator(page)).toHaveCount(1);

  const send = (message: unknown) =>
    evaluateInContentWorld(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);

  expect(
    await send({ waymark: 1, type: 'audit/append', payload: { event: { kind: 'nope' } } }),
  ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  expect(await send({ waymark: 1, type: 'no/such', payload: {} })).toMatchObject({
    ok: false,
    error: { code: 'unknown_type' },
  });
  expect(await send('just a string')).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  // Reading settings is for extension pages only: a web page must not see the configuration.
  expect(await send({ waymark: 1, type: 'settings/get', payload: {} })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  // A well-formed message from the same world still works, and the worker survived the bad ones.
  expect(await send({ waymark: 1, type: 'app/ping', payload: {} })).toMatchObject({ ok: true });
});

test('a managed policy file reaches the extension and configures a site with no officer action', async ({
  server,
}) => {
  test.skip(!canWritePolicy(), 'writing /etc/chromium/policies needs root');
  const policy = {
    siteProfiles: [{ id: 'force-rms', name: 'Force RMS', matches: ['http://127.0.0.1/alt/*'] }],
    role: 'supervisor',
    officerId: 'PS4821',
    mandatoryPrompts: ['spo'],
    notAPolicyKey: 5,
  };
  await withManagedPolicy(EXTENSION_ID, policy, async () => {
    const launched = await launchExtension();
    try {
      const page = await launched.context.newPage();
      await page.goto(`chrome-extension://${launched.extensionId}/options.html`);
      const managed = await page.evaluate(() => chrome.storage.managed.get(null));
      // Chrome drops keys that are not in public/managed_schema.json.
      expect(managed).toEqual({
        siteProfiles: policy.siteProfiles,
        role: 'supervisor',
        officerId: 'PS4821',
        mandatoryPrompts: ['spo'],
      });
      const report = await page.evaluate(() =>
        chrome.runtime.sendMessage({ waymark: 1, type: 'settings/get', payload: {} }),
      );
      expect(report).toMatchObject({
        ok: true,
        data: {
          effective: { role: 'supervisor', officerId: 'PS4821', mandatoryPrompts: ['spo'] },
          sources: { role: 'policy', officerId: 'policy' },
        },
      });
      await page.goto(`${server.baseURL}/alt/plain.html`);
      await expect(overlayLocator(page)).toHaveCount(1);
    } finally {
      await launched.close();
    }
  });
});
