/**
 * The stalking judgement: a logistic model over named features of the analysis. The features are
 * computed here; the weights, bias and threshold are data in the rule pack (`judgement`), fitted on
 * the development corpus by `scripts/fit-judgement.ts` with cross-validation. Each feature has
 * plain words, so the reasons can say what raised or lowered the judgement. Two things are not
 * weighed but decide on their own (aggregate.ts): with no conduct by the suspect there is nothing
 * to judge, and conduct the text says stopped long ago, or that enquiries disproved, is not a
 * current course of conduct.
 */
import type { JudgementModel } from '../rules/types';
import type { CourseBasis } from './types';

/**
 * Every feature the model reads: the words a reason uses for it, and which way it may push the
 * judgement (+1 towards stalking, -1 away). The fit keeps each weight on its side, so a reason
 * never says a sign of stalking made stalking less likely. One source for the ids.
 */
export const FEATURES = {
  course: { words: 'two or more occasions', sign: 1 },
  course_counted: { words: 'occasions shown by dates, a number or "again"', sign: 1 },
  course_words: {
    words: 'occasions shown by repetition or quantity words or a period',
    sign: 1,
  },
  course_plural: { words: 'acts described in the plural', sign: 1 },
  course_acts: { words: 'different acts on different occasions', sign: 1 },
  occasions: { words: 'how many occasions', sign: 1 },
  kinds: { words: 'how many different kinds of conduct', sign: 1 },
  presence: { words: 'following, turning up, watching or tracking', sign: 1 },
  online: { words: 'monitoring, publishing or fake accounts', sign: 1 },
  proxy: { words: 'contact through other people', sign: 1 },
  threats: { words: 'threats', sign: 1 },
  breach: { words: 'a breach of an order or bail', sign: 1 },
  fear: { words: "the victim's fear, alarm or distress", sign: 1 },
  fixation: { words: 'words that show fixation or that the conduct was unwanted', sign: 1 },
  ex_partner: { words: 'a former partner', sign: 1 },
  domestic: { words: 'a partner or family member', sign: 1 },
  contact_only: { words: 'contact is the only conduct', sign: -1 },
  commercial: { words: 'a commercial, fraud or legitimate-process context', sign: -1 },
  advice: { words: 'advice or general information', sign: -1 },
  single: { words: 'words that say it happened once', sign: -1 },
  set_aside: {
    words: 'indicators set aside as negated, hypothetical or not the suspect',
    sign: -1,
  },
} as const satisfies Record<string, { words: string; sign: 1 | -1 }>;
export type FeatureId = keyof typeof FEATURES;
export const FEATURE_IDS = Object.keys(FEATURES) as FeatureId[];

export type Features = Record<FeatureId, number>;

/** What the aggregation knows that the features are made from. */
export interface JudgementInput {
  courseOfConduct: boolean;
  occasions: number;
  bases: ReadonlySet<CourseBasis>;
  conduct: readonly string[];
  fear: boolean;
  fixation: boolean;
  relationship: string;
  domestic: boolean;
  commercial: boolean;
  advice: boolean;
  single: boolean;
  suppressed: number;
}

const PRESENCE = ['following', 'loitering_or_turning_up', 'watching_or_spying', 'tracking_device'];
const ONLINE = ['monitoring_online', 'publishing_material', 'fake_accounts'];
const CONTACT = ['repeated_contact', 'gifts_or_items', 'contacting_third_parties'];

export function features(x: JudgementInput): Features {
  const b = x.bases;
  const has = (ids: readonly string[]): number => (x.conduct.some((c) => ids.includes(c)) ? 1 : 0);
  const acts = x.conduct.filter((c) => c !== 'breach_of_order');
  const course = x.courseOfConduct ? 1 : 0;
  return {
    course,
    course_counted: course * (b.has('dates') || b.has('number') || b.has('again') ? 1 : 0),
    course_words:
      course *
      (b.has('quantity') || b.has('repetition') || b.has('habitual') || b.has('period') ? 1 : 0),
    course_plural: course * (b.has('plural') ? 1 : 0),
    course_acts: course * (b.has('distinct_acts') ? 1 : 0),
    // 0 for one occasion, 1 for about a hundred or more.
    occasions: Math.min(1, Math.log10(Math.max(1, x.occasions)) / 2),
    kinds: Math.min(acts.length, 5) / 5,
    presence: has(PRESENCE),
    online: has(ONLINE),
    contact_only: acts.length > 0 && acts.every((c) => CONTACT.includes(c)) ? 1 : 0,
    proxy: has(['contacting_third_parties']),
    threats: has(['threats']),
    breach: has(['breach_of_order']),
    fear: x.fear ? 1 : 0,
    fixation: x.fixation ? 1 : 0,
    ex_partner: x.relationship === 'ex_partner' ? 1 : 0,
    domestic: x.domestic && x.relationship !== 'ex_partner' ? 1 : 0,
    commercial: x.commercial ? 1 : 0,
    advice: x.advice ? 1 : 0,
    single: x.single ? 1 : 0,
    set_aside: Math.min(x.suppressed, 5) / 5,
  };
}

/** The model's probability that the text describes stalking. */
export function probability(model: JudgementModel, f: Features): number {
  let z = model.bias;
  for (const id of FEATURE_IDS) z += (model.weights[id] ?? 0) * f[id];
  return 1 / (1 + Math.exp(-z));
}

/** The features that moved the judgement most, each way, in plain words. */
export function contributions(
  model: JudgementModel,
  f: Features,
): { raised: string[]; lowered: string[] } {
  const parts = FEATURE_IDS.map((id) => ({ id, c: (model.weights[id] ?? 0) * f[id] })).filter(
    (p) => Math.abs(p.c) >= 0.25,
  );
  parts.sort((a, b) => Math.abs(b.c) - Math.abs(a.c));
  return {
    raised: parts.filter((p) => p.c > 0).map((p) => FEATURES[p.id].words),
    lowered: parts.filter((p) => p.c < 0).map((p) => FEATURES[p.id].words),
  };
}
