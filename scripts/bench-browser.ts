/**
 * `npm run bench:browser`: what Waymark costs an officer who is typing, measured in real Chromium.
 *
 * The same 5,000-word narrative goes into the training record twice in one run: once in a browser
 * without the extension (the baseline) and once with it. The first part of the text is pasted (one
 * input event, as a paste would be); the last KEYS characters are typed one key at a time. For each
 * key we read the renderer's main-thread task time (CDP Performance.getMetrics TaskDuration) before
 * the key and after two animation frames, so the extension's frame-batched work is included. The
 * harness's own calls cost the same in both runs, so the difference is the extension's.
 *
 * Also reported: long tasks (> 50 ms) during typing in each run, time from navigation to the panel
 * being ready, and the content script's gzipped size.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import { startFixtureServer } from '../tests/e2e/server';
import { chromiumArgs } from '../tests/e2e/launch';
import { CHROMIUM, ROOT, TEST_EXTENSION_DIR, TEST_HOST_PERMISSIONS } from '../tests/e2e/paths';
import { generateNarrative } from './lib/narrative-generator';

const smoke = process.argv.includes('--smoke');
const KEYS = smoke ? 60 : 400;
const WORDS = 5000;

interface RunResult {
  perKeyMs: number[];
  longTasks: number[];
  panelReadyMs: number | null;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

async function launch(
  withExtension: boolean,
): Promise<{ context: BrowserContext; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-bench-'));
  // Same flags both runs; only the extension differs.
  const args = chromiumArgs(withExtension ? TEST_EXTENSION_DIR : undefined);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    cleanup: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function configure(context: BrowserContext): Promise<void> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  await worker.evaluate(async () => {
    const g = globalThis as unknown as { chrome: typeof ExtensionBrowser };
    await g.chrome.storage.local.set({
      settings: {
        siteProfiles: [
          { id: 'training', name: 'Training record', matches: ['http://127.0.0.1/*'] },
        ],
      },
    });
    for (let i = 0; i < 100; i++) {
      const s = await g.chrome.scripting.getRegisteredContentScripts();
      if (s.length > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('content script was not registered');
  });
}

async function measure(
  page: Page,
  url: string,
  text: string,
  expectPanel: boolean,
): Promise<RunResult> {
  await page.goto(url);
  let panelReadyMs: number | null = null;
  if (expectPanel) {
    // The panel is drawn in its extension frame (src/overlay/frame-surface.ts).
    await page
      .locator('waymark-overlay iframe[data-testid="waymark-frame"]')
      .contentFrame()
      .locator('[data-testid="waymark-panel"]')
      .waitFor({ state: 'attached', timeout: 20_000 });
    panelReadyMs = await page.evaluate(() => performance.now());
  }
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const head = text.slice(0, text.length - KEYS);
  const tail = text.slice(text.length - KEYS);
  const field = page.locator('#narrative');
  await field.click();
  await page.evaluate((value) => {
    const el = document.querySelector<HTMLTextAreaElement>('#narrative')!;
    el.value = value;
    el.setSelectionRange(value.length, value.length);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, head);
  const frames = () =>
    page.evaluate(
      () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
    );
  await frames();
  await page.waitForTimeout(300);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  const perKeyMs: number[] = [];
  for (const ch of tail) {
    const before = await taskSeconds();
    await page.keyboard.type(ch);
    await frames();
    perKeyMs.push((await taskSeconds()) - before);
  }
  await cdp.detach();
  const longTasks = await page.evaluate(
    () => (window as unknown as { __longTasks: number[] }).__longTasks,
  );
  return { perKeyMs: perKeyMs.map((s) => s * 1000), longTasks, panelReadyMs };
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(
      `Chromium not found at ${CHROMIUM}: install it with 'apt-get install -y chromium'`,
    );
    process.exit(1);
  }
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, WAYMARK_TEST: '1', WAYMARK_HOST_PERMISSIONS: TEST_HOST_PERMISSIONS },
  });
  const contentScript = fs.readFileSync(path.join(ROOT, '.output/chrome-mv3/content-script.js'));
  const gzipKb = zlib.gzipSync(contentScript, { level: 9 }).length / 1024;

  const text = generateNarrative(WORDS, 7);
  const server = await startFixtureServer();
  const url = `${server.baseURL}/training-record.html`;
  try {
    const plain = await launch(false);
    const baseline = await measure(await plain.context.newPage(), url, text, false).finally(
      plain.cleanup,
    );
    const ext = await launch(true);
    await configure(ext.context);
    const withExt = await measure(await ext.context.newPage(), url, text, true).finally(
      ext.cleanup,
    );

    const row = (name: string, r: RunResult) =>
      `${name.padEnd(18)} p50 ${quantile(r.perKeyMs, 0.5).toFixed(2)} ms  p95 ${quantile(r.perKeyMs, 0.95).toFixed(2)} ms  long tasks ${r.longTasks.length}`;
    const addedP50 = quantile(withExt.perKeyMs, 0.5) - quantile(baseline.perKeyMs, 0.5);
    const addedP95 = quantile(withExt.perKeyMs, 0.95) - quantile(baseline.perKeyMs, 0.95);
    const addedLong = Math.max(0, withExt.longTasks.length - baseline.longTasks.length);
    console.log(
      `Browser benchmark: ${WORDS}-word narrative, last ${KEYS} characters typed key by key (${smoke ? 'smoke' : 'full'} run)`,
    );
    console.log(row('without Waymark', baseline));
    console.log(row('with Waymark', withExt));
    console.log(
      `added main-thread time per keystroke: p50 ${addedP50.toFixed(2)} ms, p95 ${addedP95.toFixed(2)} ms (target p95 < 2 ms)`,
    );
    console.log(`long tasks over 50 ms added by Waymark: ${addedLong} (target 0)`);
    console.log(`page load to panel ready: ${withExt.panelReadyMs?.toFixed(0)} ms`);
    console.log(`content script: ${gzipKb.toFixed(1)} KB gzipped (budget 60 KB)`);
    const ok = addedP95 < 2 && addedLong === 0 && gzipKb < 60;
    console.log(ok ? 'targets met' : 'TARGETS MISSED');
    if (!smoke && !ok) process.exitCode = 1;
  } finally {
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(`bench:browser failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
