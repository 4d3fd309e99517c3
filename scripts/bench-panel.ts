/**
 * `npm run bench:panel [-- <extension dir>]`: what drawing the panel in an extension frame costs,
 * measured in real Chromium on the training record (default: the WAYMARK_TEST=1 build). Run it on
 * an older build's directory to compare with the panel drawn in the page's shadow root.
 *
 * - Latency: from a change in the record (a select changed, or a key typed in the narrative) to
 *   the first change in the panel's DOM (keys that change nothing in the panel are not counted), timed with epoch clocks on both sides (the page and the
 *   frame share the machine's clock). A narrative key includes the typing pause the controller
 *   waits for before it analyses (TYPING_SETTLE_MS).
 * - Memory: JS heap used by the page (which holds the content script's isolated world) and by the
 *   panel frame, after the record is analysed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from '@playwright/test';
import type { browser as ExtensionBrowser } from 'wxt/browser';
import { TRAINING_PROFILE } from '../src/demo/training-profile';
import { chromiumArgs } from '../tests/e2e/launch';
import { STALKING_NARRATIVE } from '../tests/e2e/overlay-helpers';
import { CHROMIUM, TEST_EXTENSION_DIR } from '../tests/e2e/paths';
import { startFixtureServer } from '../tests/e2e/server';

const ROUNDS = 30;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function configure(context: BrowserContext): Promise<void> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  await worker.evaluate(async (profile) => {
    const g = globalThis as unknown as { chrome: typeof ExtensionBrowser };
    await g.chrome.storage.local.set({ settings: { siteProfiles: [profile] } });
    for (let i = 0; i < 100; i++) {
      if ((await g.chrome.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('content script was not registered');
  }, TRAINING_PROFILE);
}

/** The panel's frame, or null where the panel is drawn in the page's (open) shadow root. */
function panelFrame(page: Page): Frame | null {
  return page.frames().find((f) => f.url().includes('/panel-frame.html')) ?? null;
}

/** Evaluate `body` (a function body over `root`) in the panel's document or shadow root. */
async function inPanel<T>(page: Page, body: string): Promise<T> {
  const frame = panelFrame(page);
  if (frame) return frame.evaluate(`(() => { const root = document; ${body} })()`);
  return page.evaluate(
    `(() => { const root = document.querySelector('waymark-overlay').shadowRoot; ${body} })()`,
  );
}

async function heapUsed(context: BrowserContext, target: Page | Frame): Promise<number> {
  const cdp = await context.newCDPSession(target);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

async function main(): Promise<void> {
  const extensionDir = path.resolve(process.argv[2] ?? TEST_EXTENSION_DIR);
  const server = await startFixtureServer();
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-bench-panel-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1920, height: 1080 },
  });
  try {
    await configure(context);
    const page = await context.newPage();
    await page.goto(`${server.baseURL}/training-record.html`);
    await page.locator('#narrative').fill(STALKING_NARRATIVE);
    await page.waitForFunction(() => document.querySelector('waymark-overlay') !== null);
    for (let i = 0; i < 100; i++) {
      const likely = await inPanel<string | null>(
        page,
        `return root.querySelector('[data-testid="waymark-stalking"]')?.getAttribute('data-likely') ?? null;`,
      ).catch(() => null);
      if (likely === 'true') break;
      await page.waitForTimeout(100);
    }
    // Only the panel's own tree is watched (not the highlight layer), in both designs.
    await inPanel(
      page,
      `window.__wmSeen = [];
       new MutationObserver(() => window.__wmSeen.push(performance.timeOrigin + performance.now()))
         .observe(root.querySelector('.wm-root'), {
           subtree: true, attributes: true, childList: true, characterData: true,
         });
       return true;`,
    );
    const firstAfter = async (t0: number): Promise<number | null> => {
      const seen = await inPanel<number[]>(
        page,
        'const s = window.__wmSeen; window.__wmSeen = []; return s;',
      );
      const hit = seen.find((t) => t >= t0);
      return hit === undefined ? null : hit - t0;
    };

    const selectMs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await firstAfter(0);
      const t0 = await page.evaluate(
        (label) => {
          const s = document.querySelector<HTMLSelectElement>('#classification')!;
          s.selectedIndex = Array.from(s.options).findIndex((o) => o.text === label);
          const t = performance.timeOrigin + performance.now();
          s.dispatchEvent(new Event('change', { bubbles: true }));
          return t;
        },
        i % 2 ? 'Stalking (8Q)' : 'Harassment (8L)',
      );
      await page.waitForTimeout(250);
      const ms = await firstAfter(t0);
      if (ms !== null) selectMs.push(ms);
    }

    const keyMs: number[] = [];
    await page.locator('#narrative').focus();
    await page.evaluate(() => {
      const w = window as unknown as { __wmKey: number };
      document.addEventListener(
        'keydown',
        () => (w.__wmKey = performance.timeOrigin + performance.now()),
        { capture: true },
      );
    });
    for (let i = 0; i < ROUNDS; i++) {
      await firstAfter(0);
      // Alternating words, so each key changes what the panel says (the judgement's reasons).
      await page.keyboard.type(i % 2 ? ' He followed me.' : ' Fine.', { delay: 0 });
      const t0 = await page.evaluate(() => (window as unknown as { __wmKey: number }).__wmKey);
      await page.waitForTimeout(700);
      const ms = await firstAfter(t0);
      if (ms !== null) keyMs.push(ms);
    }

    const frame = panelFrame(page);
    const pageHeap = await heapUsed(context, page);
    const frameHeap = frame ? await heapUsed(context, frame) : 0;
    const fmt = (xs: number[]) =>
      `p50 ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms (n=${xs.length})`;
    console.log(`extension: ${extensionDir}`);
    console.log(`panel drawn in: ${frame ? 'extension frame' : 'page shadow root'}`);
    console.log(`select changed -> panel updated: ${fmt(selectMs)}`);
    console.log(`narrative key (last of a word) -> panel updated: ${fmt(keyMs)}`);
    console.log(
      `JS heap used: page ${(pageHeap / 1e6).toFixed(2)} MB, frame ${(frameHeap / 1e6).toFixed(2)} MB`,
    );
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
