/**
 * `npm run demo`: build Waymark and open it on the training record.
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY set) Chromium opens with the extension loaded on the
 * demo page and stays open until you close it. Without one it runs headless, plays every training
 * scenario and writes a screenshot of each to demo-output/: the presenter's view at 1366x768, with
 * the narrative, its highlights and the Waymark panel on screen together.
 *
 * Chromium is WAYMARK_CHROMIUM, or Debian's /usr/bin/chromium. When that is missing and this runs
 * as root on Debian, Debian's chromium is installed first; anywhere else the extension is still
 * built, and the steps to load it by hand are printed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../tests/e2e/launch';
import { APT_INSTALL, chromiumPlan, manualLoadHelp } from './lib/demo-setup';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const OUT = path.join(ROOT, 'demo-output');
const CHROMIUM = process.env.WAYMARK_CHROMIUM ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1366, height: 768 };

function installChromium(): void {
  console.log("Chromium not found: installing Debian's chromium (apt-get)...");
  for (const [cmd, ...args] of APT_INSTALL) {
    execFileSync(cmd!, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
}

function build(): void {
  console.log('Building the extension (.output/chrome-mv3)...');
  // Build errors still reach the terminal; the progress output does not.
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function main(): Promise<void> {
  const plan = chromiumPlan({
    chromiumFound: fs.existsSync(CHROMIUM),
    chromiumChosen: process.env.WAYMARK_CHROMIUM !== undefined,
    root: process.getuid?.() === 0,
    debian: fs.existsSync('/etc/debian_version'),
  });
  if (plan === 'install') installChromium();
  build();
  if (plan === 'manual' || !fs.existsSync(CHROMIUM)) {
    console.log(manualLoadHelp(EXTENSION_DIR, CHROMIUM));
    return;
  }

  const headed =
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.CI !== 'true';
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-demo-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: !headed,
    viewport: VIEWPORT,
    args: chromiumArgs(EXTENSION_DIR),
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const id = new URL(worker.url()).host;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`chrome-extension://${id}/demo.html`);
    const picker = page.getByTestId('demo-scenarios');
    await picker.waitFor();

    if (headed) {
      console.log(
        `Waymark demo open at chrome-extension://${id}/demo.html. Close the browser to finish.`,
      );
      await new Promise<void>((resolve) => context.on('close', () => resolve()));
      return;
    }

    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    const scenarios = await picker
      .locator('option[data-scenario]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-scenario') as string));
    const presenter = page.getByTestId('demo-scenario');
    let n = 1;
    for (const scenario of scenarios) {
      await picker.selectOption(scenario);
      await page.getByLabel('Typing speed').selectOption('instant');
      await presenter.getByRole('button', { name: 'Play', exact: true }).click();
      await page.locator('[data-demo-state="finished"]').waitFor({ timeout: 30_000 });
      // Playing brings the narrative into view; the overlay's full update waits for a pause in
      // typing, then paints the highlights and the panel.
      await page.waitForTimeout(900);
      const file = path.join(OUT, `${String(n++).padStart(2, '0')}-${scenario}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
    console.log(`Demo screenshots in ${path.relative(ROOT, OUT)}/ (${scenarios.length} files).`);
  } finally {
    if (!headed) await context.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
