import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const FORBIDDEN = [
  /^wxt(\/|$)/,
  /^#imports$/,
  /^webextension-polyfill$/,
  /^idb(\/|$)/,
  /^preact(\/|$)/,
  /^@wxt-dev\//,
];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [
    ...text.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => (m[1] ?? m[2]) as string);
}

/** Imports that pull code in at run time (type-only imports are erased by the compiler). */
function runtimeImportsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*import\s+(?!type\s)[^;]*?from\s*['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );
}

describe('architecture: the pure engine stays pure', () => {
  const files = [
    ...sourceFiles(path.join(ROOT, 'src/core')),
    ...sourceFiles(path.join(ROOT, 'src/rules')),
  ];

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [path.relative(ROOT, f)]))(
    '%s imports nothing with DOM, wxt, idb or preact',
    (rel) => {
      const bad = importsOf(path.join(ROOT, rel)).filter((spec) =>
        FORBIDDEN.some((re) => re.test(spec)),
      );
      expect(bad).toEqual([]);
    },
  );

  it.each(sourceFiles(path.join(ROOT, 'src/core')).map((f) => [path.relative(ROOT, f)]))(
    '%s does not import zod at run time (content-script budget)',
    (rel) => {
      expect(
        runtimeImportsOf(path.join(ROOT, rel)).filter((s) => s === 'zod' || s.startsWith('zod/')),
      ).toEqual([]);
    },
  );

  it('the import scanner catches a forbidden import (guards the test itself)', () => {
    const tmp = path.join(ROOT, 'tests/unit/.tmp-arch.ts');
    fs.writeFileSync(tmp, "import { openDB } from 'idb';\nimport type { h } from 'preact';\n");
    try {
      const specs = importsOf(tmp);
      expect(specs.filter((s) => FORBIDDEN.some((re) => re.test(s)))).toEqual(['idb', 'preact']);
      expect(runtimeImportsOf(tmp)).toEqual(['idb']);
    } finally {
      fs.rmSync(tmp);
    }
  });
});
