import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManagedPolicySchema } from './schema';
import {
  matchesPattern,
  mergeSettings,
  profileForUrl,
  profileMatches,
  validatePolicy,
} from './settings';

const rms = { id: 'force-rms', name: 'Force RMS', matches: ['https://rms.force.police.uk/*'] };
const mine = { id: 'my-test', name: 'My test', matches: ['http://127.0.0.1/*'] };

describe('mergeSettings: defaults < local < policy', () => {
  it('uses defaults when nothing is set', () => {
    const r = mergeSettings(undefined, undefined);
    expect(r.effective.role).toBe('officer');
    expect(r.sources.role).toBe('default');
    expect(r.effective.profiles).toEqual([]);
  });

  it('lets policy win over local, key by key', () => {
    const r = mergeSettings(
      { role: 'supervisor', siteProfiles: [rms] },
      { role: 'trainer', officerId: 'PC1', siteProfiles: [mine] },
    );
    expect(r.effective.role).toBe('supervisor');
    expect(r.sources.role).toBe('policy');
    expect(r.effective.officerId).toBe('PC1');
    expect(r.sources.officerId).toBe('local');
    expect(r.effective.profiles.map((p) => [p.id, p.source])).toEqual([
      ['force-rms', 'policy'],
      ['my-test', 'local'],
    ]);
  });

  it('drops hand-added profiles when policy turns them off, and a policy id shadows a local one', () => {
    expect(
      mergeSettings({ disableUserProfiles: true }, { siteProfiles: [mine] }).effective.profiles,
    ).toEqual([]);
    const shadow = mergeSettings(
      { siteProfiles: [rms] },
      { siteProfiles: [{ ...mine, id: 'force-rms' }] },
    );
    expect(shadow.effective.profiles).toHaveLength(1);
    expect(shadow.effective.profiles[0]?.source).toBe('policy');
  });

  it('refuses a bad policy key with a readable line and keeps the good keys', () => {
    const r = mergeSettings(
      { role: 'chief', officerId: 'PS9', siteProfiles: [{ ...rms, matches: ['<all_urls>'] }] },
      undefined,
    );
    expect(r.effective.officerId).toBe('PS9');
    expect(r.effective.role).toBe('officer');
    expect(r.policyErrors.some((m) => m.startsWith('role:'))).toBe(true);
    expect(
      r.policyErrors.some((m) => m.startsWith('siteProfiles.0.matches.0: match pattern')),
    ).toBe(true);
  });

  it('falls back to the last good policy value when a key turns bad', () => {
    const { accepted } = validatePolicy({ role: 'nonsense' }, { role: 'supervisor' });
    expect(accepted.role).toBe('supervisor');
  });

  it('reports unknown policy keys without failing', () => {
    expect(validatePolicy({ colour: 'red' }).errors).toEqual([
      'colour: not a Waymark policy setting (ignored)',
    ]);
    expect(validatePolicy('a string').errors).toEqual(['policy: expected an object of settings']);
  });

  it('refuses a bad local layer as a whole and says why', () => {
    const r = mergeSettings(undefined, {
      siteProfiles: [{ id: 'BAD ID', name: 'x', matches: ['https://a/*'] }],
    });
    expect(r.effective.profiles).toEqual([]);
    expect(r.localErrors[0]).toMatch(/^siteProfiles\.0\.id:/);
  });
});

describe('match patterns', () => {
  it.each([
    ['https://rms.force.police.uk/*', 'https://rms.force.police.uk/crime/123', true],
    ['https://*.police.uk/*', 'https://rms.force.police.uk/x', true],
    ['https://*.police.uk/*', 'https://police.uk/x', true],
    ['http://127.0.0.1/*', 'http://127.0.0.1:8080/a.html', true],
    ['http://127.0.0.1/alt/*', 'http://127.0.0.1:8080/alt/a.html', true],
    ['*://rms.example/*', 'http://rms.example/', true],
  ])('%s matches %s', (pattern, url, want) => {
    expect(matchesPattern(pattern, url)).toBe(want);
  });

  it.each([
    ['https://*.police.uk/*', 'https://evilpolice.uk/x'],
    ['https://*.police.uk/*', 'http://rms.force.police.uk/x'],
    ['http://127.0.0.1/alt/*', 'http://127.0.0.1:8080/plain.html'],
    ['http://127.0.0.1:9000/*', 'http://127.0.0.1:8080/x'],
    ['*://rms.example/*', 'ftp://rms.example/'],
    ['https://rms.example/*', 'not a url'],
  ])('%s does not match %s', (pattern, url) => {
    expect(matchesPattern(pattern, url)).toBe(false);
  });

  it('finds the first profile for a URL and lists patterns once, sorted', () => {
    expect(profileForUrl([rms, mine], 'http://127.0.0.1:5000/x')?.id).toBe('my-test');
    expect(profileForUrl([rms], 'https://example.com/')).toBeNull();
    expect(profileMatches([rms, mine, rms])).toEqual([
      'http://127.0.0.1/*',
      'https://rms.force.police.uk/*',
    ]);
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(
    fs.readFileSync(path.resolve(__dirname, '../../public/managed_schema.json'), 'utf8'),
  ) as { type: string; properties: Record<string, Record<string, unknown>> };

  it('declares exactly the keys the zod policy schema accepts', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      Object.keys(ManagedPolicySchema.shape).sort(),
    );
  });

  it('follows Chrome’s rules: an object at the top, one type per schema, no additionalProperties', () => {
    expect(schema.type).toBe('object');
    const walk = (node: Record<string, unknown>, where: string): void => {
      expect(typeof node.type, where).toBe('string');
      expect(node).not.toHaveProperty('additionalProperties');
      for (const [k, child] of Object.entries(
        (node.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        walk(child, `${where}.${k}`);
      }
      if (node.items) walk(node.items as Record<string, unknown>, `${where}[]`);
    };
    walk(schema as unknown as Record<string, unknown>, 'policy');
  });
});
