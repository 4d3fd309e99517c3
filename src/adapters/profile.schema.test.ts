import { describe, expect, it } from 'vitest';
import { SiteProfileSchema } from './profile.schema';

const profile = (matches: string[]) => ({ id: 'force-rms', name: 'Force RMS', matches });
const refusal = (pattern: string) => {
  const r = SiteProfileSchema.safeParse(profile([pattern]));
  return r.success ? null : r.error.issues[0]!.message;
};

describe('SiteProfileSchema match patterns', () => {
  it.each([
    'https://crime.force.police.uk/*',
    'https://*.police.uk/*',
    '*://rms.example/*',
    'http://127.0.0.1:8080/alt/*',
  ])('accepts %s', (pattern) => {
    expect(refusal(pattern)).toBeNull();
  });

  it.each([
    '*://*/*',
    'https://*/*',
    'http://*:8080/*',
    'https://*.uk/*',
    'https://*.com/records/*',
  ])('refuses %s as too broad, saying what to write instead', (pattern) => {
    expect(refusal(pattern)).toMatch(/^match pattern is too broad: name the crime system/);
  });

  it('still refuses what is not a match pattern at all', () => {
    expect(refusal('<all_urls>')).toMatch(/^match pattern must look like/);
    expect(refusal('ftp://rms.example/*')).toMatch(/^match pattern must look like/);
  });
});

describe('SiteProfileSchema training flag', () => {
  const base = profile(['https://training.rms.force.police.uk/*']);

  it('marks a profile as a training environment only with a real boolean', () => {
    expect(SiteProfileSchema.parse({ ...base, training: true }).training).toBe(true);
    expect(SiteProfileSchema.parse(base).training).toBeUndefined();
    const r = SiteProfileSchema.safeParse({ ...base, training: 'yes' });
    expect(r.success ? null : r.error.issues[0]).toMatchObject({
      path: ['training'],
      message: 'use true or false',
    });
  });
});
