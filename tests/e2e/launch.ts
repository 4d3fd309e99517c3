import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM, TEST_EXTENSION_DIR } from './paths';

/** One line, not a stack trace, when the browser is missing. */
export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set WAYMARK_CHROMIUM)`,
    );
  }
}

/**
 * Flags for Debian's Chromium on this workplace: no sandbox (root), and no background network
 * traffic (the machine has no network, and Chromium's retries are noise). With `extensionDir`,
 * load only that extension.
 */
export function chromiumArgs(extensionDir?: string): string[] {
  return [
    '--no-sandbox',
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--disable-gpu',
  ];
}

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

/** Launch Debian's Chromium headless with a fresh persistent profile and the built extension. */
export async function launchExtension(
  extensionDir = TEST_EXTENSION_DIR,
): Promise<LaunchedExtension> {
  assertChromium();
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run the build first`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker; checks the existing list before waiting (Playwright #33682). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (found) return found;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: 20_000,
  });
}
