import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build e2e tests load: open shadow roots, and host permission for the 127.0.0.1 fixtures. */
export const TEST_EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3-test');
export const PAGES_DIR = path.join(ROOT, 'tests/e2e/pages');
/**
 * The training record ships with the demo, so it lives in src/demo; the fixture server serves it
 * at /training-record.html beside the test pages.
 */
export const TRAINING_RECORD = path.join(ROOT, 'src/demo/training-record.html');
export const CHROMIUM = process.env.WAYMARK_CHROMIUM ?? '/usr/bin/chromium';
/** The Firefox test build: the same test hooks and host permissions as the Chromium one. */
export const TEST_FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv3-test');
/** Debian's Firefox ESR (`apt-get install -y firefox-esr`). */
export const FIREFOX = process.env.WAYMARK_FIREFOX ?? '/usr/bin/firefox-esr';
/** Host permissions of the e2e build: the production default plus the local fixture server. */
export const TEST_HOST_PERMISSIONS = 'https://*.police.uk/*,http://127.0.0.1/*';
