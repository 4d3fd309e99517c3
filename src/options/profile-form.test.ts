import { describe, expect, it } from 'vitest';
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
});
