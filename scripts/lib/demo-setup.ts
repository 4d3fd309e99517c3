/**
 * Decisions `npm run demo` makes before it starts a browser, kept apart from the launcher so
 * they can be tested without one.
 */

/** What the machine offers when no Chromium is found. */
export interface Machine {
  /** Chromium exists at the path in use. */
  chromiumFound: boolean;
  /** The path was given in WAYMARK_CHROMIUM (then it is never replaced by an install). */
  chromiumChosen: boolean;
  /** Running as root (uid 0), so apt-get can install. */
  root: boolean;
  /** A Debian-family system (apt-get and Debian's chromium package are there). */
  debian: boolean;
}

/**
 * `run`: start the demo with the Chromium found; `install`: install Debian's chromium, then
 * run; `manual`: build only and tell the user how to load the extension by hand.
 */
export type ChromiumPlan = 'run' | 'install' | 'manual';

export function chromiumPlan(m: Machine): ChromiumPlan {
  if (m.chromiumFound) return 'run';
  if (!m.chromiumChosen && m.root && m.debian) return 'install';
  return 'manual';
}

/** The apt-get commands that install Debian's chromium, as the CI entry point runs them. */
export const APT_INSTALL: readonly (readonly string[])[] = [
  ['apt-get', 'update', '-qq'],
  ['apt-get', 'install', '-y', '-qq', 'chromium'],
];

/** How to load the built extension without the demo launcher. */
export function manualLoadHelp(extensionDir: string, chromium: string): string {
  return [
    `Chromium was not found at ${chromium}, so the demo cannot open it for you.`,
    `The extension is built in ${extensionDir}. To run the demo by hand:`,
    '  1. Open chrome://extensions (or edge://extensions) in Chrome, Edge or Chromium.',
    '  2. Turn on Developer mode and choose Load unpacked, then pick the folder above.',
    '  3. Open chrome-extension://fabpfjmaihohfgnmnmfilhbdgiaommhf/demo.html',
    'Or install Chromium (on Debian: apt-get install -y chromium), or point WAYMARK_CHROMIUM at',
    'a Chromium or Chrome binary, and run npm run demo again.',
  ].join('\n');
}
