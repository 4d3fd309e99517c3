import { describe, expect, it } from 'vitest';
import { spoDraftMark, buildSpoDraft } from './spo-draft';
import { spoDraftInput } from './spo-draft-input';

const draftOf = (...args: Parameters<typeof spoDraftInput>) =>
  buildSpoDraft(spoDraftInput(...args));
import { makeRecord, stalkingAnalysis } from './test-fixtures';
import { setLanguage } from '../i18n/runtime';
import { cy } from '../i18n/cy';
import { en } from '../i18n/en';

const analysis = stalkingAnalysis({
  relationship: 'ex_partner',
  behaviours: [
    'following',
    'repeated_contact',
    'contacting_third_parties',
    'tracking_device',
    'fear_alarm_distress',
  ],
  risk: ['threat_to_kill', 'sdash_1_very_frightened', 'escalation'],
  occasions: 5,
  period: 'since March',
  chronology: [
    { when: 'the next day', start: 200, behaviours: ['following'] },
    { when: '4 March', date: '2026-03-04', start: 10, behaviours: ['repeated_contact'], count: 4 },
    { start: 300, behaviours: ['contacting_third_parties'] },
  ],
});
const record = makeRecord({
  crimeReference: '44/123456/26',
  narrative: 'SECRET-NAME was followed.',
});

describe('buildSpoDraft', () => {
  const draft = draftOf(analysis, record);

  it('is written in Welsh when Welsh is active, with the same structure', () => {
    setLanguage('cy', cy);
    try {
      const welsh = draftOf(analysis, record);
      expect(welsh.text.startsWith('DRAFFT')).toBe(true);
      expect(welsh.text).toContain('Gorchymyn Diogelu Rhag Stelcio');
      expect(welsh.acts.lines[0]).toBe(
        'dilyn y dioddefwr (Deddf Amddiffyn rhag Aflonyddu 1997 s2A(3)(a))',
      );
      expect(welsh.necessity.prohibitions).toHaveLength(draft.necessity.prohibitions.length);
      expect(welsh.text.split('\n')).toHaveLength(draft.text.split('\n').length);
      expect(welsh.text).not.toMatch(/\b(?:spo|plain)\.[a-z]/);
    } finally {
      setLanguage('en', en);
    }
  });

  it('is clearly a draft, at the top and the bottom of the text', () => {
    expect(draft.status).toBe('draft');
    expect(draft.text.startsWith(spoDraftMark())).toBe(true);
    expect(draft.text.endsWith(spoDraftMark())).toBe(true);
    expect(spoDraftMark()).toMatch(/^DRAFT/);
  });

  it('has the three s1(1) conditions in order', () => {
    const a = draft.text.indexOf('s1(1)(a)');
    const b = draft.text.indexOf('s1(1)(b)');
    const c = draft.text.indexOf('s1(1)(c)');
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
  });

  it('acts: behaviours with their s2A paragraph, occasions and period', () => {
    expect(draft.acts.lines).toContain('following the victim (PHA 1997 s2A(3)(a))');
    expect(draft.acts.lines).toContain('5 occasion(s) found (since March).');
  });

  it('acts: fear, alarm or distress is an effect, shown under risk only', () => {
    const acts = [...draft.acts.lines, ...draft.acts.chronology.flatMap((c) => c.behaviours)];
    expect(acts.join(' ')).not.toMatch(/fear, alarm or distress/);
    expect(draft.risk.lines.join(' ')).toMatch(/fear, alarm or distress/);
    const section1 = draft.text.slice(
      draft.text.indexOf('s1(1)(a)'),
      draft.text.indexOf('s1(1)(b)'),
    );
    expect(section1).not.toMatch(/fear, alarm or distress/);
    const withEffect = draftOf(
      stalkingAnalysis({
        behaviours: ['following', 'fear_alarm_distress'],
        chronology: [
          { when: '1 May', start: 10, behaviours: ['following', 'fear_alarm_distress'] },
          { when: '2 May', start: 20, behaviours: ['fear_alarm_distress'] },
        ],
      }),
      record,
    );
    expect(withEffect.acts.chronology).toEqual([
      { when: '1 May', date: null, behaviours: ['following the victim'], count: 1 },
    ]);
  });

  it('acts: chronology in text order, with dates where known', () => {
    expect(draft.acts.chronology.map((c) => c.when)).toEqual([
      '4 March',
      'the next day',
      'date not given',
    ]);
    expect(draft.text).toContain(
      '- 4 March (2026-03-04): contacting or trying to contact the victim (4 occasions)',
    );
  });

  it('risk: physical and psychological, to the victim and to third parties (proxy)', () => {
    const text = draft.risk.lines.join(' ');
    expect(text).toMatch(/Physical harm: indicated by threat to kill/);
    expect(text).toMatch(/Psychological harm/);
    expect(text).toMatch(/getting worse/);
    expect(text).toMatch(/At risk: the victim/);
    expect(text).toMatch(/stalking by proxy/);
  });

  it('necessity: prohibitions and requirements that match the behaviours', () => {
    expect(draft.necessity.prohibitions.join(' ')).toMatch(/Not to approach the victim/);
    expect(draft.necessity.prohibitions.join(' ')).toMatch(/family, friends or colleagues/);
    expect(draft.necessity.prohibitions.join(' ')).toMatch(/track the victim's location/);
    expect(draft.necessity.requirements.join(' ')).toMatch(/Surrender tracking devices/);
  });

  it('carries the crime reference and never the narrative', () => {
    expect(draft.crimeReference).toBe('44/123456/26');
    expect(draft.text).toContain('Crime reference: 44/123456/26');
    expect(draft.text).not.toContain('SECRET-NAME');
  });

  it('notes that an SPO does not depend on a prosecution and covers interim orders', () => {
    expect(draft.notes.join(' ')).toMatch(/does not depend on a prosecution/);
    expect(draft.notes.join(' ')).toMatch(/interim SPO \(s5\)/);
    expect(draft.notes.join(' ')).toMatch(/later by the same chief officer/);
    expect(draft.notes.join(' ')).toMatch(
      /fixed period of at least 2 years, or until further order \(s3\)/,
    );
  });

  it('necessity: an SPO is not an alternative to prosecution', () => {
    expect(draft.necessity.lines.join(' ')).toMatch(/not an alternative to prosecution/);
    expect(draft.necessity.lines.join(' ')).not.toMatch(/prosecution alone/);
  });

  it('works with nothing found', () => {
    const empty = draftOf(stalkingAnalysis({ behaviours: [], occasions: null }), makeRecord());
    expect(empty.text).toContain('no dated occasions found');
    expect(empty.text).toContain('Crime reference: not read from the record');
    expect(empty.text).toContain('- none suggested');
  });
});
