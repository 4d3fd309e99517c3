import fs from 'node:fs';
import path from 'node:path';

/** Chromium on Linux reads mandatory policy from here (Debian's chromium package). */
export const POLICY_DIR = '/etc/chromium/policies/managed';

export function canWritePolicy(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Write a real managed policy file for our extension (the `3rdparty` form Chrome and Edge use),
 * run `fn`, and remove the file afterwards whatever happens.
 */
export async function withManagedPolicy<T>(
  extensionId: string,
  policy: Record<string, unknown>,
  fn: () => Promise<T>,
): Promise<T> {
  fs.mkdirSync(POLICY_DIR, { recursive: true });
  const file = path.join(POLICY_DIR, `waymark-e2e-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
  try {
    return await fn();
  } finally {
    fs.rmSync(file, { force: true });
  }
}
