import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  // One extension profile at a time: service-worker attach is flaky under CPU load (anchors.md 5.1).
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // `npm run check` runs each project as its own step, each with its own counts file.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.WAYMARK_E2E_JSON ?? 'test-results/e2e.json' }],
  ],
  projects: [
    {
      name: 'chromium',
      testIgnore: 'firefox/**',
      use: { launchOptions: { executablePath: '/usr/bin/chromium' } },
    },
    // Launches Debian's Firefox ESR itself through puppeteer-core (tests/e2e/firefox/launch-firefox.ts).
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
});
