import type { browser as ExtensionBrowser } from 'wxt/browser';

/**
 * Inside page.evaluate / worker.evaluate the extension's own `chrome` global is used. Source code
 * must import `browser` from 'wxt/browser' instead; ESLint forbids the `chrome` global under src/.
 */
declare global {
  const chrome: typeof ExtensionBrowser;
}
