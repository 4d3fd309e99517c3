import { expect, test } from '@playwright/test';
import type { Frame, Page } from 'puppeteer-core';
import { recordLinkHash } from '../../../src/dashboard/deep-link';
import { startFixtureServer, type FixtureServer } from '../server';
import { TEST_FIREFOX_EXTENSION_DIR } from '../paths';
import { GECKO_ID, launchFirefox, type LaunchedFirefox } from './launch-firefox';

/**
 * Waymark in Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core: the Firefox test
 * build installed as a temporary add-on, configured only by a managed policy in `policies.json`
 * (`3rdparty.Extensions`), on the training record served by the fixture server. One Firefox for
 * the whole file (launching costs seconds); the tests run in order and share it.
 */

const POLICY_PATTERN = 'http://127.0.0.1/alt/*';
const POLICY = {
  siteProfiles: [
    {
      id: 'force-rms',
      name: 'Force RMS',
      matches: [POLICY_PATTERN],
      fields: {
        narrative: [{ selector: '#narrative' }],
        crimeReference: [{ label: 'Crime reference' }],
      },
    },
  ],
  role: 'supervisor',
  officerId: 'PS4821',
};

const STALKING = [
  'The victim Amira LAWSON ended her relationship with Daniel PRYCE in December 2025.',
  'Since 9 January 2026 he has sent her text messages every day, often more than 30 a day, and when she blocked his number he messaged her from new numbers.',
  'On 20 January and again on 3 February he was waiting outside her work at Hartley Opticians when she finished her shift.',
  'On 14 March he stood beside the lilac postbox on Quenby Terrace for two hours watching her window.',
];
/** Typed key by key after the rest is filled, so the overlay also sees the narrative grow. */
const TYPED = ' She is very frightened of him and has changed her route to work.';
const NOT_STALKING =
  'On 12 March 2026 between 14:00 and 15:30 the victim left his bicycle locked to the rack outside Carlton Library. When he returned the lock had been cut and the bicycle was gone. There is no CCTV covering the rack and no witnesses have been found.';
/** Words from the stalking narrative that appear nowhere else: none may reach the dashboard. */
const DISTINCTIVE = ['lilac postbox', 'Quenby Terrace', 'Hartley Opticians', 'LAWSON', 'PRYCE'];

const OVERLAY = 'waymark-overlay';

/**
 * The panel's extension frames (moz-extension://…/panel-frame.html) in the page, found through
 * the overlay's (test-build, open) shadow root: BiDi lists an extension frame under its first
 * URL, about:blank, though scripts run in its document.
 */
async function panelFrames(page: Page): Promise<Frame[]> {
  const handles = await page.$$(`${OVERLAY} >>> iframe[data-testid="waymark-frame"]`);
  const frames = await Promise.all(handles.map((h) => h.contentFrame().catch(() => null)));
  return frames.filter((f): f is Frame => f !== null);
}

/** Wait for `selector` inside the panel's frame; returns that frame. */
async function waitInPanel(page: Page, selector: string): Promise<Frame> {
  let found: Frame | null = null;
  await expect
    .poll(
      async () => {
        for (const frame of await panelFrames(page)) {
          const here = await frame
            .evaluate((sel) => document.querySelector(sel) !== null, selector)
            .catch(() => false);
          if (here) {
            found = frame;
            return true;
          }
        }
        return false;
      },
      { timeout: 15_000, intervals: [100] },
    )
    .toBe(true);
  return found!;
}

let server: FixtureServer;
let firefox: LaunchedFirefox;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox(POLICY);
});

test.afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The panel's judgement and indicator ids, read inside the panel's frame. */
async function judgement(page: Page): Promise<{ likely: string | null; indicators: string[] }> {
  const [frame] = await panelFrames(page);
  if (!frame) return { likely: null, indicators: [] };
  return frame.evaluate(() => ({
    likely:
      document.querySelector('[data-testid="waymark-stalking"]')?.getAttribute('data-likely') ??
      null,
    indicators: [...document.querySelectorAll('[data-indicator]')].map(
      (el) => el.getAttribute('data-indicator') ?? '',
    ),
  }));
}

/** Open the training record under the policy's pattern, with a reference of its own. */
async function openRecord(ref: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  // Room beside the narrative, so the panel docks and its buttons are on screen.
  await page.setViewport({ width: 1920, height: 1080 });
  await page.goto(`${server.baseURL}/alt/training-record.html`);
  await waitInPanel(page, '[data-testid="waymark-panel"]');
  // The training record's reference is read-only; this one is new for the test.
  await page.$eval('#crimeRef', (el) => el.removeAttribute('readonly'));
  await page.locator('#crimeRef').fill(ref);
  return page;
}

async function writeStalkingNarrative(page: Page): Promise<void> {
  await page.locator('#narrative').fill(STALKING.join(' '));
  await page.$eval('#narrative', (el) => {
    const field = el as HTMLTextAreaElement;
    field.setSelectionRange(field.value.length, field.value.length);
  });
  await page.type('#narrative', TYPED, { delay: 5 });
  expect(await page.$eval('#narrative', (el) => (el as HTMLTextAreaElement).value)).toBe(
    STALKING.join(' ') + TYPED,
  );
}

test('the policy in policies.json reaches the add-on and registers the content script for its profile', async () => {
  const options = await firefox.openExtensionPage('options.html');
  try {
    // Firefox passes managed policy through unchecked (no schema), so every key arrives as written.
    expect(await options.evaluate(() => chrome.storage.managed.get(null))).toEqual(POLICY);
    const report = await options.evaluate(() =>
      chrome.runtime.sendMessage({ waymark: 1, type: 'settings/get', payload: {} }),
    );
    expect(report).toMatchObject({
      ok: true,
      data: {
        effective: { role: 'supervisor', officerId: 'PS4821' },
        sources: { role: 'policy', officerId: 'policy' },
      },
    });
    // Granted at install, with no prompt and no permissions.request.
    expect(
      await options.evaluate(
        (origins) => chrome.permissions.contains({ origins }),
        [POLICY_PATTERN],
      ),
    ).toBe(true);
    await expect
      .poll(
        () =>
          options.evaluate(async () =>
            (await chrome.scripting.getRegisteredContentScripts())
              .flatMap((s) => s.matches ?? [])
              .sort(),
          ),
        { timeout: 10_000 },
      )
      .toEqual([POLICY_PATTERN]);
  } finally {
    await options.close();
  }
});

test('the overlay runs on the profile’s page and not on the same page outside it', async () => {
  const page = await firefox.browser.newPage();
  try {
    await page.goto(`${server.baseURL}/alt/training-record.html`);
    await waitInPanel(page, '[data-testid="waymark-panel"]');
    expect(await page.$$eval(OVERLAY, (els) => els.length)).toBe(1);

    await page.goto(`${server.baseURL}/training-record.html`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$$eval(OVERLAY, (els) => els.length)).toBe(0);
  } finally {
    await page.close();
  }
});

test('the panel judges a stalking narrative likely and an ordinary theft not likely', async () => {
  const page = await openRecord(`CR/${String(Date.now()).slice(-6)}/26`);
  try {
    await writeStalkingNarrative(page);
    await expect
      .poll(() => judgement(page), { timeout: 10_000 })
      .toMatchObject({
        likely: 'true',
        indicators: expect.arrayContaining(['repeated_contact']),
      });

    await page.locator('#narrative').fill(NOT_STALKING);
    await expect
      .poll(() => judgement(page), { timeout: 10_000 })
      .toEqual({ likely: 'false', indicators: [] });
  } finally {
    await page.close();
  }
});

test('an officer’s “Mark done” is logged and the supervisor sees it on the dashboard', async () => {
  const ref = `CR/${String(Date.now()).slice(-6)}/26`;
  const page = await openRecord(ref);
  try {
    await writeStalkingNarrative(page);
    const evidence = '[data-prompt="evidence"]';
    const panel = await waitInPanel(page, `${evidence}[data-state="open"]`);
    // A real (trusted) click through BiDi input actions: the panel ignores synthetic events. The
    // panel must have been on screen a moment first (frame-visible.ts).
    await new Promise((resolve) => setTimeout(resolve, 500));
    await panel.locator(`${evidence} button[aria-label^="Mark done:"]`).click();
    await waitInPanel(page, `${evidence}[data-state="done"]`);

    // The dashboard reads the audit log in the add-on's IndexedDB; each attempt loads it afresh.
    await expect(async () => {
      const dash = await firefox.openExtensionPage(`dashboard.html${recordLinkHash(ref)}`);
      try {
        const seen = await dash.evaluate(async () => {
          for (let i = 0; i < 50 && !document.querySelector('[data-testid="wm-review"]'); i++)
            await new Promise((resolve) => setTimeout(resolve, 100));
          const review = document.querySelector('[data-testid="wm-review"]');
          const row = review?.querySelector('tr[data-prompt="evidence"]');
          return {
            heading: review?.querySelector('#wm-review-h')?.textContent ?? null,
            evidence: row?.getAttribute('data-state') ?? null,
            evidenceRow: row?.textContent ?? '',
            body: document.body.textContent ?? '',
          };
        });
        expect(seen.heading).toBe(`Review of ${ref}`);
        expect(seen.evidence).toBe('done');
        expect(seen.evidenceRow).toContain('Officer action');
        expect(seen.evidenceRow).toContain('PS4821');
        for (const phrase of DISTINCTIVE) expect(seen.body).not.toContain(phrase);
      } finally {
        await dash.close();
      }
    }).toPass({ timeout: 15_000 });
  } finally {
    await page.close();
  }
});

test('a forged “content script started” event or message from the page does not remove the overlay', async () => {
  const page = await openRecord(`CR/${String(Date.now()).slice(-6)}/26`);
  try {
    // The names WXT's own content-script context would stop on, with this add-on's Firefox id.
    await page.evaluate((type) => {
      for (const contentScriptName of ['content', 'content-script', undefined]) {
        const detail = { contentScriptName, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, contentScriptName, messageId: 'forged' }, '*');
      }
    }, `${GECKO_ID}:content:wxt:content-script-started`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await page.$$eval(OVERLAY, (els) => els.length)).toBe(1);
    await writeStalkingNarrative(page);
    await expect.poll(() => judgement(page), { timeout: 10_000 }).toMatchObject({ likely: 'true' });
  } finally {
    await page.close();
  }
});

/**
 * Firefox destroys a removed add-on's content-script sandbox, so the old copy cannot run its own
 * teardown (docs/security.md). What must hold is that the add-on, installed again, adds a live
 * overlay to the open record by itself and takes the old copy's frozen panel down. Last in the file: it
 * replaces the add-on in this Firefox.
 */
test('after the add-on is removed and installed again, an open record gets a working overlay without a reload', async () => {
  const page = await openRecord(`CR/${String(Date.now()).slice(-6)}/26`);
  try {
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    await firefox.browser.uninstallExtension(GECKO_ID);
    expect(await firefox.browser.installExtension(TEST_FIREFOX_EXTENSION_DIR)).toBe(GECKO_ID);

    await writeStalkingNarrative(page);
    // Only a copy that is alive can judge text typed after the reinstall.
    await expect
      .poll(
        () =>
          panelFrames(page).then((frames) =>
            Promise.all(
              frames.map((frame) =>
                frame
                  .evaluate(() =>
                    document
                      .querySelector('[data-testid="waymark-stalking"]')
                      ?.getAttribute('data-likely'),
                  )
                  .catch(() => null),
              ),
            ),
          ),
        { timeout: 15_000 },
      )
      .toContain('true');
    // The new copy takes the old copy's frozen panel down: one panel, and it is the live one.
    expect(await page.$$eval(OVERLAY, (els) => els.length)).toBe(1);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
  } finally {
    await page.close();
  }
});
