/**
 * `npm run check`: every gate in one command, in the order a reviewer would run them. It carries on
 * after a failed step (so one run shows everything that is wrong), then prints the test counts of
 * every runner and ends with the plain line `N passed, N failed` that CI reads.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { TEST_HOST_PERMISSIONS } from '../tests/e2e/paths';

interface Step {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  /** The JSON report `counts` reads (under test-results/), removed before the step runs. */
  report?: string;
  /** Reads passed/failed test counts after the step; steps without it count as one check. */
  counts?: () => { passed: number; failed: number } | null;
}

const RESULTS = 'test-results';
fs.mkdirSync(RESULTS, { recursive: true });
const readJson = (file: string): unknown => {
  try {
    return JSON.parse(fs.readFileSync(path.join(RESULTS, file), 'utf8'));
  } catch {
    return null;
  }
};

/** Counts from a Playwright JSON report; a flaky test passed on its retry. */
const playwrightCounts = (file: string) => {
  const r = readJson(file) as {
    stats: { expected: number; unexpected: number; flaky: number };
  } | null;
  return r ? { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected } : null;
};

const steps: Step[] = [
  { name: 'format', cmd: ['npx', 'prettier', '--check', '.'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'typecheck core (no DOM)', cmd: ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.core.json'] },
  {
    name: 'unit tests (vitest)',
    cmd: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RESULTS}/vitest.json`,
    ],
    report: 'vitest.json',
    counts: () => {
      const r = readJson('vitest.json') as {
        numPassedTests: number;
        numFailedTests: number;
      } | null;
      return r ? { passed: r.numPassedTests, failed: r.numFailedTests } : null;
    },
  },
  { name: 'judgement is the fitted one', cmd: ['npm', 'run', '--silent', 'fit', '--', '--check'] },
  { name: 'corpus eval (floors)', cmd: ['npm', 'run', '--silent', 'eval'] },
  { name: 'bench (smoke)', cmd: ['npm', 'run', '--silent', 'bench', '--', '--smoke'] },
  { name: 'build chrome-mv3', cmd: ['npx', 'wxt', 'build'] },
  { name: 'build firefox-mv3', cmd: ['npx', 'wxt', 'build', '-b', 'firefox', '--mv3'] },
  {
    name: 'build e2e variant',
    cmd: ['npx', 'wxt', 'build', '--mode', 'test'],
    env: { WAYMARK_TEST: '1', WAYMARK_HOST_PERMISSIONS: TEST_HOST_PERMISSIONS },
  },
  {
    name: 'build firefox e2e variant',
    cmd: ['npx', 'wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'test'],
    env: { WAYMARK_TEST: '1', WAYMARK_HOST_PERMISSIONS: TEST_HOST_PERMISSIONS },
  },
  {
    name: 'e2e (Playwright, Chromium)',
    cmd: ['npx', 'playwright', 'test', '--project=chromium'],
    env: { WAYMARK_SKIP_BUILD: '1', WAYMARK_E2E_JSON: `${RESULTS}/e2e.json` },
    report: 'e2e.json',
    counts: () => playwrightCounts('e2e.json'),
  },
  {
    name: 'e2e (Firefox ESR, puppeteer-core over WebDriver BiDi)',
    cmd: ['npx', 'playwright', 'test', '--project=firefox'],
    env: { WAYMARK_SKIP_BUILD: '1', WAYMARK_E2E_JSON: `${RESULTS}/e2e-firefox.json` },
    report: 'e2e-firefox.json',
    counts: () => playwrightCounts('e2e-firefox.json'),
  },
];

let passed = 0;
let failed = 0;
const summary: string[] = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  if (step.report) fs.rmSync(path.join(RESULTS, step.report), { force: true });
  const run = spawnSync(step.cmd[0] as string, step.cmd.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const ok = run.status === 0;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const counts = step.counts?.() ?? null;
  if (counts) {
    passed += counts.passed;
    failed += counts.failed;
    // A runner that failed without a failing test (crash, no tests) still fails the run.
    if (!ok && counts.failed === 0) failed += 1;
    summary.push(
      `${ok ? 'ok  ' : 'FAIL'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${secs}s)`,
    );
  } else {
    if (ok) passed += 1;
    else failed += 1;
    summary.push(`${ok ? 'ok  ' : 'FAIL'} ${step.name} (${secs}s)`);
  }
}

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
