import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, TEST_FIREFOX_EXTENSION_DIR } from '../paths';

/** `browser_specific_settings.gecko.id` in wxt.config.ts: the id Firefox policy is keyed by. */
export const GECKO_ID = 'waymark@waymark-extension.org';

/**
 * Firefox gives each install a random moz-extension host. The `extensions.webextensions.uuids` pref
 * fixes it, so the test can open the add-on's own pages.
 */
const EXTENSION_UUID = '3f0c8d52-6b1e-4c7a-9d24-7a51e0b9c6f8';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** One line, not a stack trace, when the browser is missing. */
export function assertFirefox(): void {
  if (!fs.existsSync(FIREFOX)) {
    throw new Error(
      `Firefox not found at ${FIREFOX}: install it with 'apt-get install -y firefox-esr' (or set WAYMARK_FIREFOX)`,
    );
  }
}

export interface LaunchedFirefox {
  browser: Browser;
  /** A new tab on one of the add-on's pages (`options.html`, `dashboard.html#…`). */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Load another of the add-on's pages (or the same one again) in `page`. */
  gotoExtensionPage(page: Page, pagePath: string): Promise<void>;
  close(): Promise<void>;
}

interface BidiNavigable {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<void> };
}

/**
 * Puppeteer's `page.goto` waits for navigation events that Firefox does not send for a document
 * that moves into the extension process, so it times out on moz-extension pages although the
 * page loads. WebDriver BiDi's own `browsingContext.navigate` with `wait: "complete"` returns when
 * the page has loaded, so extension pages are opened with that.
 */
async function navigateBidi(page: Page, url: string): Promise<void> {
  const frame = page.mainFrame() as unknown as Partial<BidiNavigable>;
  if (typeof frame.browsingContext?.navigate !== 'function') {
    throw new Error('this puppeteer-core has no BiDi browsing context on its frames');
  }
  await frame.browsingContext.navigate(url, 'complete');
}

/**
 * Launch Debian's Firefox headless over WebDriver BiDi with a fresh profile, a managed policy for
 * the add-on read from a per-run `policies.json`, and the Firefox test build installed as a
 * temporary add-on. `close()` removes the profile and the policy file.
 *
 * - Policy: Firefox reads `browser.policies.alternatePath` instead of the system locations
 *   (`distribution/policies.json`, `/etc/firefox/policies`) only when it runs under automation,
 *   which a release build decides from the pref
 *   `security.turn_off_all_security_so_that_viruses_can_take_over_this_computer` together with
 *   `MOZ_DISABLE_NONLOCAL_CONNECTIONS=1`. The second also makes Firefox refuse any connection
 *   that is not to this machine, which the fixture server does not need.
 * - `--remote-allow-system-access` lets BiDi navigate a tab to moz-extension:// pages, which it
 *   otherwise refuses, so the test can read the add-on's state from its own pages.
 * - Host permissions are not requested: Firefox ESR grants an MV3 add-on's `host_permissions` when
 *   it is installed, temporary installs included; the spec checks that they were.
 */
export async function launchFirefox(policy: Record<string, unknown>): Promise<LaunchedFirefox> {
  assertFirefox();
  const extensionDir = TEST_FIREFOX_EXTENSION_DIR;
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run the build first`);
  }
  const policyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-ff-policy-'));
  const policyFile = path.join(policyDir, 'policies.json');
  fs.writeFileSync(
    policyFile,
    JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }),
  );
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        'browser.policies.alternatePath': policyFile,
        'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      },
    });
    const installed = await browser.installExtension(extensionDir);
    if (installed !== GECKO_ID) throw new Error(`installed as ${installed}, not ${GECKO_ID}`);
  } catch (err) {
    await browser?.close();
    fs.rmSync(policyDir, { recursive: true, force: true });
    throw err;
  }
  const launched = browser;
  return {
    browser: launched,
    async openExtensionPage(pagePath) {
      const page = await launched.newPage();
      await navigateBidi(page, `${EXTENSION_ORIGIN}/${pagePath}`);
      return page;
    },
    async gotoExtensionPage(page, pagePath) {
      await navigateBidi(page, `${EXTENSION_ORIGIN}/${pagePath}`);
    },
    async close() {
      await launched.close();
      fs.rmSync(policyDir, { recursive: true, force: true });
    },
  };
}
