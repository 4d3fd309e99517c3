import { describe, expect, it } from 'vitest';
import { rulePackSchema } from '../rules/schema';
import { analyse, defaultPack } from './index';
import { FEATURE_IDS, FEATURES, contributions, features, probability } from './judgement';
import { type COURSE_BASES } from './types';

const model = defaultPack.judgement;
const base = {
  courseOfConduct: false,
  occasions: 1,
  bases: new Set<(typeof COURSE_BASES)[number]>(),
  conduct: ['repeated_contact'],
  fear: false,
  fixation: false,
  relationship: 'unknown',
  domestic: false,
  commercial: false,
  dispute: false,
  advice: false,
  single: false,
  suppressed: 0,
};

describe('the fitted judgement', () => {
  it('ships one weight per feature, each on the side its sign allows', () => {
    expect(Object.keys(model.weights).sort()).toEqual([...FEATURE_IDS].sort());
    for (const id of FEATURE_IDS) {
      const w = model.weights[id] ?? 0;
      if (FEATURES[id].sign > 0) expect(w, id).toBeGreaterThanOrEqual(0);
      else expect(w, id).toBeLessThanOrEqual(0);
    }
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('counts more than one way of being where the victim is, not one way or contact', () => {
    const with_ = (conduct: string[]) => features({ ...base, conduct }).presence_kinds;
    expect(with_(['following', 'watching_or_spying'])).toBe(1);
    expect(with_(['loitering_or_turning_up', 'tracking_device'])).toBe(1);
    expect(with_(['following'])).toBe(0);
    expect(with_(['following', 'repeated_contact', 'threats'])).toBe(0);
  });

  it('refuses a pack whose model lacks a feature or adds one', () => {
    const { course: _dropped, ...fewer } = model.weights;
    expect(
      rulePackSchema.safeParse({ ...defaultPack, judgement: { ...model, weights: fewer } }).success,
    ).toBe(false);
    expect(
      rulePackSchema.safeParse({
        ...defaultPack,
        judgement: { ...model, weights: { ...model.weights, invented: 1 } },
      }).success,
    ).toBe(false);
  });

  it("sets aside negated and others' acts, not the victim's own", () => {
    const setAside = (t: string) => analyse(t).stalking.features.set_aside ?? 0;
    // The victim going to his house is hers, and says nothing either way.
    expect(
      setAside(
        'He has texted her every night since March. She went to his house to get her things.',
      ),
    ).toBe(0);
    // An act said not to have happened does.
    expect(
      setAside('He has texted her every night since March. He has not turned up at her house.'),
    ).toBeGreaterThan(0);
  });

  it('reads what showed the course of conduct into separate features', () => {
    const f = features({
      ...base,
      courseOfConduct: true,
      occasions: 3,
      bases: new Set(['distinct_acts', 'habitual']),
    });
    expect(f.course).toBe(1);
    expect(f.course_acts).toBe(1);
    expect(f.course_words).toBe(1);
    expect(f.course_counted).toBe(0);
    // Without a course the bases say nothing.
    expect(features({ ...base, bases: new Set(['dates']) }).course_counted).toBe(0);
  });

  it('moves with its features: more evidence of stalking, higher; a commercial context, lower', () => {
    const one = features(base);
    const course = features({
      ...base,
      courseOfConduct: true,
      occasions: 10,
      bases: new Set(['number']),
    });
    expect(probability(model, course)).toBeGreaterThan(probability(model, one));
    const commercial = features({
      ...course,
      ...base,
      courseOfConduct: true,
      occasions: 10,
      bases: new Set(['number']),
      commercial: true,
    });
    expect(probability(model, commercial)).toBeLessThanOrEqual(probability(model, course));
  });

  it('says in plain words what raised the judgement', () => {
    const f = features({
      ...base,
      courseOfConduct: true,
      occasions: 20,
      bases: new Set(['number']),
      conduct: ['following', 'repeated_contact', 'loitering_or_turning_up'],
      relationship: 'ex_partner',
    });
    const words = Object.values(defaultPack.words.features);
    const c = contributions(model, defaultPack.words.features, f);
    expect(c.raised.length).toBeGreaterThan(0);
    for (const w of [...c.raised, ...c.lowered]) expect(words).toContain(w);
  });

  it('gives a reason that names the judgement, and never judges text with no conduct', () => {
    const a = analyse(
      'Since she ended it in March her ex has sent constant messages, followed her to work and waited outside her flat most nights.',
    );
    expect(a.stalking.likely).toBe(true);
    expect(a.stalking.reasons.at(-1)).toMatch(/^Likely stalking: raised by /);
    const none = analyse('She reported a lost purse at the station.');
    expect(none.stalking.score).toBe(0);
    expect(none.stalking.likely).toBe(false);
  });
});
