import { afterEach, describe, expect, it } from 'vitest';
import { cy } from '../i18n/cy';
import { en } from '../i18n/en';
import { setLanguage } from '../i18n/runtime';
import { parseProfileDraft } from './profile-form';

describe('parseProfileDraft', () => {
  it('accepts a profile with patterns on several lines and no field map', () => {
    const r = parseProfileDraft({
      id: 'rms',
      name: 'RMS',
      matches: 'https://a.police.uk/*\nhttps://b.police.uk/*',
      fields: '',
    });
    expect(r).toEqual({
      ok: true,
      profile: {
        id: 'rms',
        name: 'RMS',
        matches: ['https://a.police.uk/*', 'https://b.police.uk/*'],
      },
    });
  });
  it('marks a training environment only when asked', () => {
    const draft = {
      id: 'rms-t',
      name: 'RMS training',
      matches: 'https://t.police.uk/*',
      fields: '',
    };
    expect(parseProfileDraft({ ...draft, training: true })).toMatchObject({
      ok: true,
      profile: { training: true },
    });
    const plain = parseProfileDraft({ ...draft, training: false });
    expect(plain.ok && 'training' in plain.profile).toBe(false);
  });
  it('accepts a field map by selector and label', () => {
    const r = parseProfileDraft({
      id: 'rms',
      name: 'RMS',
      matches: 'https://a.police.uk/*',
      fields: '{"narrative":{"label":"Circumstances"},"notes":[{"selector":"#notes"}]}',
    });
    expect(r.ok).toBe(true);
  });
  it.each([
    [{ fields: '{bad json' }, 'fields: not valid JSON'],
    [{ matches: '<all_urls>' }, 'matches.0: match pattern'],
    [{ id: 'Has Spaces' }, 'id: use lower-case'],
    [{ fields: '{"narrative":{}}' }, 'a field needs a selector or a label'],
    [{ fields: '{"colour":{"selector":"#x"}}' }, 'fields'],
  ])('refuses %o with a readable reason', (patch, message) => {
    const r = parseProfileDraft({
      id: 'rms',
      name: 'RMS',
      matches: 'https://a.police.uk/*',
      fields: '',
      ...patch,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(message);
  });

  describe('in Welsh', () => {
    afterEach(() => setLanguage('en', en));

    it('words the schema’s reasons in Welsh, leaving the field names as written', () => {
      setLanguage('cy', cy);
      const r = parseProfileDraft({
        id: 'Has Spaces',
        name: '',
        matches: 'https://*/*',
        fields: '{"narrative":{}}',
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors).toEqual([
        'id: defnyddiwch lythrennau bach, digidau a chysylltnodau (hyd at 63)',
        'name: Rhy fyr (testun): disgwyliwyd o leiaf 1 nod',
        expect.stringMatching(/^matches\.0: mae’r patrwm cyfateb yn rhy eang: /),
        'fields.narrative: mae angen dewisydd neu label ar faes',
      ]);
      for (const line of r.errors) expect(line).not.toMatch(/\b(?:Invalid|expected|must|use)\b/);
    });
  });
});
