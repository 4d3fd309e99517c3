/**
 * The stalking judgement: a logistic model over named features of the analysis. The features are
 * computed here; the weights, bias and threshold are data in the rule pack (`judgement`), fitted on
 * the development corpus by `scripts/fit-judgement.ts` with cross-validation. Each feature has
 * plain words, so the reasons can say what raised or lowered the judgement. Four things are not
 * weighed but decide on their own (aggregate.ts): with no conduct by the suspect, and no
 * harassment the record names as going on over time, there is nothing to judge; conduct the
 * text says stopped long ago, or that enquiries disproved, is not a current course of conduct; a
 * text that opens as a briefing, training note or disclosure-scheme request is not a report to
 * judge; and a text that names the conduct as stalking (a charge, a conviction, a
 * Stalking Protection Order, the officer's classification) is judged likely, so the stalking
 * prompts follow the record rather than contradict it.
 */
import type { JudgementModel } from '../rules/types';
import type { CourseBasis } from './types';

/**
 * Every feature the model reads, and which way it may push the judgement (+1 towards stalking,
 * -1 away). The fit keeps each weight on its side, so a reason never says a sign of stalking made
 * stalking less likely. One source for the ids; their plain words are the pack's
 * `words.features` (data, so they travel with the pack, not in the content script's bundle).
 */
export const FEATURES = {
  course: { sign: 1 },
  course_counted: { sign: 1 },
  course_words: { sign: 1 },
  course_plural: { sign: 1 },
  course_acts: { sign: 1 },
  occasions: { sign: 1 },
  kinds: { sign: 1 },
  presence: { sign: 1 },
  presence_kinds: { sign: 1 },
  online: { sign: 1 },
  proxy: { sign: 1 },
  threats: { sign: 1 },
  breach: { sign: 1 },
  fear: { sign: 1 },
  fixation: { sign: 1 },
  ex_partner: { sign: 1 },
  domestic: { sign: 1 },
  contact_only: { sign: -1 },
  commercial: { sign: -1 },
  dispute: { sign: -1 },
  advice: { sign: -1 },
  single: { sign: -1 },
  set_aside: { sign: -1 },
} as const satisfies Record<string, { sign: 1 | -1 }>;
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
  /** A dispute between neighbours about land, parking, noise or works. */
  dispute: boolean;
  advice: boolean;
  single: boolean;
  /** Indicators set aside, but for the victim's own acts. */
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
    // Following, watching and turning up together (or with a tracker) is the pattern of fixation
    // the guidance describes, even when the text tells it as one account.
    presence_kinds: PRESENCE.filter((id) => x.conduct.includes(id)).length >= 2 ? 1 : 0,
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
    dispute: x.dispute ? 1 : 0,
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
  words: Readonly<Record<string, string>>,
  f: Features,
): { raised: string[]; lowered: string[]; raisedIds: FeatureId[]; loweredIds: FeatureId[] } {
  const parts = FEATURE_IDS.map((id) => ({ id, c: (model.weights[id] ?? 0) * f[id] })).filter(
    (p) => Math.abs(p.c) >= 0.25,
  );
  parts.sort((a, b) => Math.abs(b.c) - Math.abs(a.c));
  return {
    raised: parts.filter((p) => p.c > 0).map((p) => words[p.id] ?? p.id),
    lowered: parts.filter((p) => p.c < 0).map((p) => words[p.id] ?? p.id),
    raisedIds: parts.filter((p) => p.c > 0).map((p) => p.id),
    loweredIds: parts.filter((p) => p.c < 0).map((p) => p.id),
  };
}
