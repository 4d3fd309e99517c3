/**
 * `npm run demo`: build Waymark and open it on the training record.
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY set) Chromium opens with the extension loaded on the
 * demo page and stays open until you close it. Without one it runs headless, plays every training
 * scenario and writes a screenshot of each to demo-output/, so the demo can be checked on a server.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../tests/e2e/launch';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const OUT = path.join(ROOT, 'demo-output');
const CHROMIUM = process.env.WAYMARK_CHROMIUM ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(
      `Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set WAYMARK_CHROMIUM)`,
    );
    process.exit(1);
  }
  console.log('Building the extension (.output/chrome-mv3)...');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });

  const headed =
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !headed,
    viewport: { width: 1400, height: 1000 },
    args: chromiumArgs(EXTENSION_DIR),
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const id = new URL(worker.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`chrome-extension://${id}/demo.html`);
    await page.getByTestId('demo-scenarios').waitFor();

    if (headed) {
      console.log(
        `Waymark demo open at chrome-extension://${id}/demo.html. Close the browser to finish.`,
      );
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
      return;
    }

    fs.mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: path.join(OUT, '00-training-record.png'), fullPage: true });
    const scenarios = await page
      .getByTestId('demo-scenarios')
      .locator('[data-scenario]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-scenario') as string));
    let n = 1;
    for (const scenario of scenarios) {
      await page.getByTestId('demo-scenarios').locator(`[data-scenario="${scenario}"]`).click();
      await page.getByRole('button', { name: 'Play all steps' }).click();
      await page.locator('[data-demo-state="finished"]').waitFor({ timeout: 30_000 });
      // Give the overlay's frame-batched update time to paint.
      await page.waitForTimeout(400);
      const file = path.join(OUT, `${String(n++).padStart(2, '0')}-${scenario}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
    console.log(
      `Demo screenshots in ${path.relative(ROOT, OUT)}/ (${scenarios.length + 1} files).`,
    );
  } finally {
    if (!headed) await context.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
