// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter } from './registry';
import type { SiteAdapter } from './types';

/** Every module in this folder that exports a SiteAdapter. */
const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts'], {
  eager: true,
});

function isAdapter(v: unknown): v is SiteAdapter {
  const a = v as Partial<SiteAdapter> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.id === 'string' &&
    typeof a.findFields === 'function' &&
    typeof a.readText === 'function' &&
    typeof a.matches === 'function'
  );
}

describe('adapter registry', () => {
  const exported = Object.entries(modules).flatMap(([file, mod]) =>
    Object.values(mod)
      .filter(isAdapter)
      .map((adapter) => ({ file, adapter })),
  );

  it('registers every adapter file, with the file name as its id', () => {
    expect(exported.length).toBeGreaterThan(0);
    for (const { file, adapter } of exported) {
      expect(ADAPTERS, `${file} is not in registry.ts`).toContain(adapter);
      expect(file).toBe(`./${adapter.id}.ts`);
    }
  });

  it('has unique ids and keeps generic last', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('generic');
  });

  it('picks the named adapter, else the first that matches', () => {
    const profile = { id: 'p', name: 'P', matches: ['https://x.example/*'] };
    expect(pickAdapter(document, profile).id).toBe('generic');
    expect(pickAdapter(document, { ...profile, adapter: 'no-such-adapter' }).id).toBe('generic');
  });
});
