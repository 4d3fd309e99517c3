import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Public half of the key that pins the extension id (fabpfjmaihohfgnmnmfilhbdgiaommhf), so managed
 * policy written for that id reaches every unpacked or self-hosted install. See docs/deployment.md.
 */
const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2n7dQ0EPNqAcYfW5eEPNvjFwPRMnKOmCiKWdvQ71ThJtl4kwP/lQwl8OXbUDnCbcqBmxOi0Lochg8kK/c97oKyoy49eFQ2ByHKXVEZGOaanFGXEhzAoHMuzRGcflHn1kDbO297wLo+Ku7s2im5RL/NZalWDYt+CzGhQcV2pte7ZYgHJ8P7pakH/oBgLPwz5amPlMWregx8pGkj4EcWYTns9Kha8gwWtVFz+cEMQnaaDe9kEiK4j7B8D/01m4ls7950iZMFuDkZodZagUNQguJFrSjYvD3JmV+uxpjNVMt/jUFCF5DMbaS0n6YzmI9uQ36SEP6Quw557v9v99ZCozOwIDAQAB';

/**
 * Host permissions are the widest the content script may ever reach. A force narrows them at build
 * time (WAYMARK_HOST_PERMISSIONS, comma-separated match patterns) and at run time with Chrome/Edge
 * runtime_blocked_hosts / runtime_allowed_hosts. The content script itself is only registered for
 * origins that site profiles name (src/background/registration.ts).
 */
const DEFAULT_HOSTS = ['https://*.police.uk/*'];
const hostPermissions = (process.env.WAYMARK_HOST_PERMISSIONS ?? DEFAULT_HOSTS.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

/** Origins a hand-added site profile may ask for (options page), beyond the host permissions. */
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

/**
 * The panel's frame, the only page a web page may load: on every origin the content script can
 * run on (host permissions, and the origins a hand-added profile may be granted), and on Chromium
 * only through the per-session dynamic URL, so a page cannot probe for it with the fixed id.
 */
const PANEL_FRAME = 'panel-frame.html';

/**
 * The in-page script (an unlisted script, registered at run time by the background; see
 * entrypoints/content-script.ts for why it is not a WXT content script).
 */
const CONTENT_SCRIPT_ENTRY = 'content-script';

/** WAYMARK_TEST=1 builds open shadow roots so tests can look inside (DESIGN.md, test hooks). */
const testBuild = process.env.WAYMARK_TEST === '1';

// See ../shared/reference/code-style.md section 4 for the WXT facts this file relies on.
export default defineConfig({
  hooks: {
    /**
     * The content script runs on every keystroke of every officer and has a 60 KB gzip budget.
     * It uses only promise-returning APIs that Chrome MV3 and Firefox both provide natively
     * (runtime.sendMessage, runtime.id), so it takes WXT's own `browser` (the native object)
     * instead of the polyfill, saving about 3 KB gzipped. Every other context keeps the polyfill.
     */
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((e) => e.name === CONTENT_SCRIPT_ENTRY)) return;
      viteConfig.resolve ??= {};
      const alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const existing = viteConfig.resolve.alias;
      viteConfig.resolve.alias = Array.isArray(existing)
        ? [alias, ...existing]
        : [
            alias,
            ...Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement })),
          ];
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
    define: { __WAYMARK_TEST__: JSON.stringify(testBuild) },
  }),
  manifest: ({ browser }) => ({
    name: 'Waymark',
    description:
      'Stalking indicators, Victims’ Code and SPO prompts on crime-recording pages. Works offline; nothing leaves the browser.',
    default_locale: 'en_GB',
    permissions: ['storage', 'scripting'],
    host_permissions: hostPermissions,
    // Hand-added profiles (options page) ask for their own origin at that moment.
    optional_host_permissions: OPTIONAL_HOSTS,
    web_accessible_resources: [
      {
        resources: [PANEL_FRAME],
        matches: [...new Set([...hostPermissions, ...OPTIONAL_HOSTS])],
        // Firefox has no dynamic URL; its extension origin is already random per install.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    storage: { managed_schema: 'managed_schema.json' },
    options_ui: { open_in_tab: true },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'waymark@waymark-extension.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: MANIFEST_KEY, minimum_chrome_version: '120' }),
  }),
});
