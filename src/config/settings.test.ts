import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManagedPolicySchema } from './schema';
import { SiteProfileSchema } from '../adapters/profile.schema';
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
    expect(r.localErrors).toEqual([
      'role: "trainer" is granted by force policy only; using officer',
    ]);
    expect(r.sources.officerId).toBe('local');
    expect(r.effective.profiles.map((p) => [p.id, p.source])).toEqual([
      ['force-rms', 'policy'],
      ['my-test', 'local'],
    ]);
  });

  it('grants supervisor and trainer only through policy: a local choice counts as officer', () => {
    for (const role of ['supervisor', 'trainer'] as const) {
      const r = mergeSettings(undefined, { role, officerId: 'PC1', siteProfiles: [mine] });
      expect(r.effective.role).toBe('officer');
      expect(r.sources.role).toBe('default');
      // The rest of the local settings still apply.
      expect(r.effective.officerId).toBe('PC1');
      expect(r.effective.profiles.map((p) => p.id)).toEqual(['my-test']);
      expect(r.localErrors).toEqual([
        `role: "${role}" is granted by force policy only; using officer`,
      ]);
    }
    const officer = mergeSettings(undefined, { role: 'officer', siteProfiles: [] });
    expect(officer.localErrors).toEqual([]);
    expect(mergeSettings({ role: 'trainer' }, undefined).effective.role).toBe('trainer');
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
    expect(validatePolicy('a string').errors).toEqual([
      'policy: expected an object of settings; the last good policy is kept',
    ]);
  });

  it('refuses a bad local layer as a whole and says why', () => {
    const r = mergeSettings(undefined, {
      siteProfiles: [{ id: 'BAD ID', name: 'x', matches: ['https://a/*'] }],
    });
    expect(r.effective.profiles).toEqual([]);
    expect(r.localErrors[0]).toMatch(/^siteProfiles\.0\.id:/);
  });
});

describe('policy that fails safe', () => {
  it('keeps the last good role when policy says "admin", and says so in one plain line', () => {
    const { accepted, errors } = validatePolicy({ role: 'admin' }, { role: 'supervisor' });
    expect(accepted.role).toBe('supervisor');
    expect(errors).toEqual([
      'role: use one of officer, supervisor, trainer (got "admin"; keeping the last good value "supervisor")',
    ]);
  });

  it('reads "true"/"false" switches as booleans and refuses other strings', () => {
    expect(validatePolicy({ disableUserProfiles: 'true' }).accepted.disableUserProfiles).toBe(true);
    expect(validatePolicy({ auditExportEnabled: ' FALSE ' }).accepted.auditExportEnabled).toBe(
      false,
    );
    const r = validatePolicy({ disableUserProfiles: 'yes', auditExportEnabled: 0 });
    expect(r.errors).toEqual([
      'disableUserProfiles: use true or false (got "yes"; using true, the setting the force most likely meant)',
      'auditExportEnabled: use true or false (got 0; using false, the setting the force most likely meant)',
    ]);
    // With no last good value a refused switch takes the end the force meant, not the default.
    expect(r.accepted).toMatchObject({ disableUserProfiles: true, auditExportEnabled: false });
    const merged = mergeSettings({ disableUserProfiles: 'yes' }, { siteProfiles: [mine] });
    expect(merged.effective.profiles).toEqual([]);
  });

  it('refuses a retention of 0 days and keeps the last good one', () => {
    const r = validatePolicy({ auditRetentionDays: 0 }, { auditRetentionDays: 90 });
    expect(r.accepted.auditRetentionDays).toBe(90);
    expect(r.errors[0]).toBe(
      'auditRetentionDays: keep events for at least 1 day (got 0; keeping the last good value 90)',
    );
  });

  it('keeps the good ids of a mandatory-prompt list with a typo, and names the typo', () => {
    const r = validatePolicy({ mandatoryPrompts: ['spo', 'vnaa', 'risk_screening', 'spo'] });
    expect(r.accepted.mandatoryPrompts).toEqual(['spo', 'risk_screening']);
    expect(r.errors).toEqual([
      'mandatoryPrompts: "vnaa" is not a prompt id (ignored; the other prompts stay mandatory)',
    ]);
  });

  it('reports keys named constructor or __proto__ instead of throwing', () => {
    const raw = JSON.parse(
      '{"constructor": "x", "__proto__": {"role": "trainer"}, "toString": 1, "role": "supervisor"}',
    ) as unknown;
    const r = validatePolicy(raw);
    expect(r.accepted).toEqual({ role: 'supervisor' });
    expect(r.errors).toEqual([
      'constructor: not a Waymark policy setting (ignored)',
      '__proto__: not a Waymark policy setting (ignored)',
      'toString: not a Waymark policy setting (ignored)',
    ]);
    expect(Object.getPrototypeOf(r.accepted)).toBe(Object.prototype);
  });

  it('validates the language: en or cy, absent follows the browser', () => {
    expect(mergeSettings({ language: 'cy' }, undefined).effective.language).toBe('cy');
    expect(mergeSettings(undefined, { language: 'en' }).effective.language).toBe('en');
    const none = mergeSettings(undefined, undefined);
    expect(none.effective.language).toBeNull();
    expect(none.sources.language).toBe('default');
    const bad = mergeSettings({ language: 'fr' }, undefined);
    expect(bad.effective.language).toBeNull();
    expect(bad.policyErrors).toEqual(['language: use en or cy (got "fr"; using the default)']);
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

  it('declares exactly the keys a site profile may have', () => {
    const profiles = schema.properties.siteProfiles as { items: { properties: object } };
    expect(Object.keys(profiles.items.properties).sort()).toEqual(
      Object.keys(SiteProfileSchema.shape).sort(),
    );
  });

  it('lets Waymark, not the browser, see the values it must refuse and report', () => {
    // Chrome drops a value its schema rejects before Waymark can see it, so these keys carry
    // no enum or range there; zod refuses bad values and keeps the last good one.
    expect(schema.properties.role).toMatchObject({ type: 'string' });
    expect(schema.properties.role).not.toHaveProperty('enum');
    expect(schema.properties.language).toMatchObject({ type: 'string' });
    expect(schema.properties.language).not.toHaveProperty('enum');
    expect(schema.properties.mandatoryPrompts!.items).toEqual({ type: 'string' });
    expect(schema.properties.auditRetentionDays).not.toHaveProperty('minimum');
    expect(schema.properties.auditRetentionDays).not.toHaveProperty('maximum');
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
