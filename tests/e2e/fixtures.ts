import {
  test as base,
  expect,
  type BrowserContext,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { extensionWorker, launchExtension, type LaunchedExtension } from './launch';
import { startFixtureServer, type FixtureServer } from './server';
import { overlayIn } from './overlay-helpers';
import type { SiteProfile } from '../../src/adapters/profile';

/** The extension id pinned by the manifest `key` (docs/deployment.md). */
export const EXTENSION_ID = 'fabpfjmaihohfgnmnmfilhbdgiaommhf';

interface WorkerFixtures {
  server: FixtureServer;
  launched: LaunchedExtension;
}
interface TestFixtures {
  context: BrowserContext;
  page: Page;
  extensionId: string;
  serviceWorker: Worker;
  baseURL: string;
}

/**
 * One Chromium with the extension per worker (each launch costs seconds); a fresh page per test.
 * Settings are reset before each test so tests do not leak profiles into each other.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  launched: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const launched = await launchExtension();
      await use(launched);
      await launched.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ launched }, use) => {
    await use(launched.context);
  },
  serviceWorker: async ({ launched }, use) => {
    const worker = await extensionWorker(launched.context);
    await resetSettings(worker);
    await use(worker);
  },
  page: async ({ launched, serviceWorker }, use) => {
    void serviceWorker;
    const page = await launched.context.newPage();
    await use(page);
    await page.close();
  },
  extensionId: async ({ launched }, use) => {
    await use(launched.extensionId);
  },
  baseURL: async ({ server }, use) => {
    await use(server.baseURL);
  },
});

export { expect };

/** Clear everything the options page would have stored, then wait for the registration to empty. */
export async function resetSettings(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    await chrome.storage.local.clear();
  });
  await waitForRegistration(worker, []);
}

/**
 * Store site profiles as if an officer had added them on the options page (with permission held),
 * and wait until the background has registered the content script for exactly their patterns.
 */
export async function setProfiles(worker: Worker, profiles: SiteProfile[]): Promise<void> {
  await worker.evaluate(async (siteProfiles) => {
    await chrome.storage.local.set({ settings: { siteProfiles } });
  }, profiles);
  await waitForRegistration(worker, [...new Set(profiles.flatMap((p) => p.matches))].sort());
}

/** Poll the real registration until it matches `patterns` (order-insensitive). */
export async function waitForRegistration(worker: Worker, patterns: string[]): Promise<void> {
  await expect
    .poll(
      async () =>
        worker.evaluate(async () => {
          const scripts = await chrome.scripting.getRegisteredContentScripts();
          return scripts.flatMap((s) => s.matches ?? []).sort();
        }),
      { timeout: 10_000 },
    )
    .toEqual(patterns);
}

/**
 * The `<waymark-overlay>` host; its `locator()` reaches the panel's hooks in the panel frame
 * (overlay-helpers.ts).
 */
export function overlayLocator(page: Page): Locator {
  return overlayIn(page);
}

/** Send a raw message to the background from an extension page or the page's content world. */
export type RawReply = { ok: boolean; data?: unknown; error?: { code: string; message: string } };
