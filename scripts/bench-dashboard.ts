/**
 * `npm run bench:dashboard`: the supervisor dashboard importing 50 officers' exports (100,000 events
 * across 2,000 records); what is timed and the targets are in scripts/lib/dashboard-bench.ts.
 *
 * The dashboard code is timed as a bundle built with esbuild (as Vite ships it), not straight
 * through tsx, which wraps every closure in a naming helper and would slow the figures. The bundle
 * is written under .output/ (ignored by git) so it resolves happy-dom from the project.
 * `--source` runs it through tsx instead. Exit 1 when a target is missed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Bench = { run(): Promise<boolean> };

async function load(): Promise<{ bench: Bench; label: string }> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (process.argv.includes('--source')) {
    return { bench: await import('./lib/dashboard-bench'), label: 'through tsx (--source)' };
  }
  const esbuild = await import('esbuild');
  const out = path.join(root, '.output', `bench-dashboard-${process.pid}.mjs`);
  await esbuild.build({
    entryPoints: [path.join(root, 'scripts/lib/dashboard-bench.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    external: ['happy-dom'],
    outfile: out,
    logLevel: 'warning',
  });
  try {
    return {
      bench: (await import(pathToFileURL(out).href)) as Bench,
      label: `bundled with esbuild ${esbuild.version}`,
    };
  } finally {
    fs.rmSync(out, { force: true });
  }
}

const { bench, label } = await load();
console.log(`Dashboard code ${label}.`);
if (!(await bench.run())) process.exitCode = 1;
