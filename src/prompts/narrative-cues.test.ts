import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { CUE_SOURCES } from './cue-patterns';
import {
  CUE_IDS,
  compileCues,
  cueSet as cueSetWith,
  findCues as findCuesWith,
} from './narrative-cues';

const compiled = compileCues(CUE_SOURCES);
const cueSet = (t: string) => cueSetWith(t, compiled);
const findCues = (t: string) => findCuesWith(t, compiled);
import type { CueId } from './narrative-cues';

/** [narrative, cue that must be found] */
const FOUND: [string, CueId][] = [
  ['SPO considered, not applied because suspect lives abroad.', 'spo_considered'],
  ['SPO considered, not applied because suspect lives abroad.', 'spo_not_applied'],
  ['Stalking Protection Order discussed with DS Jones.', 'spo_considered'],
  ['I have considered an SPO.', 'spo_considered'],
  [
    'SPO not applied for as victim has moved out of area and suspect is in custody.',
    'spo_not_applied',
  ],
  ['Not applying for an SPO because a restraining order is in place.', 'spo_not_applied'],
  ['Interim SPO applied for at Newtown Magistrates.', 'spo_interim'],
  ['Application made for an interim SPO today.', 'spo_interim'],
  ['SPO application submitted to legal services.', 'spo_applied'],
  [
    'Recorded as harassment because there is no fixation on the victim.',
    'classification_rationale',
  ],
  ['Stalking added as an included classification.', 'included_classification'],
  ['Intelligence report submitted re stalking.', 'included_classification'],
  ['s4A considered and recorded.', 's4a_considered'],
  ['S-DASH completed, high.', 'sdash_completed'],
  ['S-DASH completed, high.', 'risk_high'],
  ['SDASH done with victim.', 'sdash_completed'],
  ['Stalking screening tool completed.', 'sdash_completed'],
  ['DASH completed - medium.', 'dash_completed'],
  ['DARA completed at scene.', 'dara_completed'],
  ['Graded high risk.', 'risk_high'],
  ['Sgt Patel informed and reviewed.', 'supervisor_informed'],
  ['Discussed with supervisor.', 'supervisor_informed'],
  ['Referred to MARAC.', 'marac_referral'],
  ['Referred to the stalking clinic.', 'stalking_clinic'],
  ['Referred to ISAC with consent.', 'advocate_referral'],
  ['Referred to ISAC with consent.', 'referral_consent'],
  ['Referral made to Paladin.', 'advocate_referral'],
  ['Referred to IDVA, victim consented.', 'idva_referral'],
  ['Victim declined referral to IDVA.', 'referral_declined'],
  ['Enhanced rights explained.', 'enhanced_rights'],
  ['Victim is entitled to enhanced rights.', 'enhanced_rights'],
  ['No communication needs.', 'communication_needs'],
  ['Interpreter booked for Polish.', 'communication_needs'],
  ['Contact plan agreed: safe number only, no voicemail.', 'contact_plan'],
  ['Weekly updates agreed by email.', 'contact_plan'],
  ['Written confirmation sent by email to safe address.', 'written_confirmation'],
  ['Crime reference given to victim by text.', 'written_confirmation'],
  ['VPS offered and declined.', 'vps'],
  ['Victim declined a VPS.', 'vps'],
  ['Compensation information given (CICA).', 'compensation'],
  ['Special measures discussed.', 'special_measures'],
  ["Victim's views on bail conditions obtained.", 'bail_views'],
  ["Clare's Law application considered.", 'clares_law'],
  ['DAPN issued.', 'dapn_dapo'],
  ['Safety plan agreed.', 'safety_plan'],
  ['Screenshots obtained of all messages.', 'evidence_preserved'],
  ['CCTV requested from the gym.', 'evidence_preserved'],
  ['Car checked for trackers, none found.', 'device_check'],
  ['She is not sleeping and was referred to ISAC with consent.', 'advocate_referral'],
  ['No further action from the victim, referred to ISAC with consent.', 'advocate_referral'],
];

/** [narrative, cue that must NOT be found]: negated or future neighbours of the above. */
const NOT_FOUND: [string, CueId][] = [
  ['SPO not yet considered.', 'spo_considered'],
  ['SPO not yet considered.', 'spo_not_applied'],
  ['SPO has not been considered.', 'spo_considered'],
  ['Need to consider an SPO.', 'spo_considered'],
  ['SPO to be considered by DS.', 'spo_considered'],
  ['SPO not applied for yet.', 'spo_not_applied'],
  ['Will apply for an interim SPO tomorrow.', 'spo_interim'],
  ['No interim SPO applied for.', 'spo_interim'],
  ['DASH to be completed tomorrow.', 'dash_completed'],
  ['DASH not completed.', 'dash_completed'],
  ['DASH completed? No.', 'dash_completed'],
  ['S-DASH completed.', 'dash_completed'],
  ['S-DASH pending completion.', 'sdash_completed'],
  ['Not high risk.', 'risk_high'],
  ['Risk is not high.', 'risk_high'],
  ['Not yet referred to ISAC.', 'advocate_referral'],
  ['Still to be referred to ISAC.', 'advocate_referral'],
  ['Referred to ISAC.', 'referral_consent'],
  ['No VPS taken.', 'vps'],
  ['VPS not offered.', 'vps'],
  ['Written confirmation not sent yet.', 'written_confirmation'],
  ['Special measures not discussed.', 'special_measures'],
  ['Special measures to be discussed at next visit.', 'special_measures'],
  ['Compensation not explained.', 'compensation'],
  ['Supervisor not informed.', 'supervisor_informed'],
  ['Have not referred to MARAC.', 'marac_referral'],
  ['Enhanced rights not explained.', 'enhanced_rights'],
  ['Bail not discussed.', 'bail_views'],
  ['Car not checked for trackers.', 'device_check'],
  ['Victim said he followed her home.', 'evidence_preserved'],
  ['Suspect considered her his property.', 'spo_considered'],
];

describe('narrative cues', () => {
  it.each(FOUND)('finds "%s" as %s', (text, id) => {
    expect(cueSet(text).has(id)).toBe(true);
  });

  it.each(NOT_FOUND)('does not find "%s" as %s', (text, id) => {
    expect(cueSet(text).has(id)).toBe(false);
  });

  it('respects sentence boundaries: a negation in an earlier sentence does not cancel', () => {
    expect(cueSet('Victim was not injured. DASH completed.').has('dash_completed')).toBe(true);
  });

  it('returns offsets in text order and is deterministic', () => {
    const text = 'Referred to ISAC with consent. SPO considered. DASH completed.';
    const a = findCues(text);
    expect(a).toEqual(findCues(text));
    expect(a.map((m) => m.start)).toEqual([...a.map((m) => m.start)].sort((x, y) => x - y));
    for (const m of a) expect(m.end).toBeGreaterThan(m.start);
  });

  it('finds nothing in an empty narrative', () => {
    expect(findCues('')).toEqual([]);
  });

  it('has a plain-words label for every cue', () => {
    for (const id of CUE_IDS) expect(CATALOGUE.cueLabels[id]).toMatch(/^the narrative records /);
  });
});
