import { execFileSync } from 'node:child_process';
import { assertChromium } from './launch';
import { ROOT, TEST_HOST_PERMISSIONS } from './paths';

/** Fail in one line when Chromium is missing; build the test variants unless told they are fresh. */
export default function globalSetup(): void {
  try {
    assertChromium();
  } catch (err) {
    console.error(`\n${(err as Error).message}\n`);
    process.exit(1);
  }
  if (process.env.WAYMARK_SKIP_BUILD === '1') return;
  // The production builds are checked by manifest.spec.ts; the test build is the one loaded.
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: ROOT, stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, WAYMARK_TEST: '1', WAYMARK_HOST_PERMISSIONS: TEST_HOST_PERMISSIONS },
  });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'test'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, WAYMARK_TEST: '1', WAYMARK_HOST_PERMISSIONS: TEST_HOST_PERMISSIONS },
  });
}
