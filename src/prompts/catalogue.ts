/**
 * The prompt catalogue: what each prompt asks, why, when it applies and how it
 * is satisfied, as versioned data. The engine (evaluate.ts) reads it; catalogue.schema.ts
 * validates it in tests and in the background. This module must not import zod: the content
 * script imports it and has a 60 KB gzip budget.
 *
 * Sources are named in `why`; facts come from the domain reference (sections noted in
 * comments). Items marked VERIFY there are not asserted here. Licensed risk tools (DASH, S-DASH,
 * SASH, SRP) are named by theme and number only.
 *
 * Text placeholders, filled by the engine from the analysis and the services directory:
 * {advocacy} {idva} {perpetrator} {helplines} {occasions} {fearOccasions} {classification}.
 */
import type { PromptId, VnaStepId } from './types';
import { CUE_SOURCES } from './cue-patterns';
import type { CueId } from './narrative-cues';
import type { RelationshipId } from '../core/types';
import { RELATIONSHIP_LABEL } from './labels';

/**
 * Facts about the analysis and the record that decide when a prompt or a point applies.
 * Computed in evaluate.ts (`conditionsFor`); listed here so the catalogue stays data.
 */
export const CONDITIONS = [
  /** The analysis judges stalking likely. */
  'stalking_likely',
  /** At least one stalking behaviour was found. */
  'any_behaviour',
  /** Two or more occasions (PHA s7). */
  'course_of_conduct',
  /** Stalking behaviours found on one occasion only: no course of conduct in the text yet. */
  'one_occasion',
  /** Partner, ex-partner or family: domestic abuse as well. */
  'domestic',
  /** Suspect is a former partner. */
  'ex_partner',
  /** s4A limbs indicated on the text. */
  's4a_indicated',
  /** Fear of violence described on at least one occasion (s4A(1)(b)(i)). */
  's4a_fear',
  /** Serious alarm or distress with an effect on daily life described (s4A(1)(b)(ii)). */
  's4a_alarm',
  /** High-risk markers in the text, or a risk tool recorded as high. */
  'high_risk',
  /** Suspect contacted or used third parties (stalking by proxy). */
  'third_parties',
  /** Breach of an order or bail conditions described. */
  'breach_of_order',
  /** Technology-enabled behaviour (monitoring online, trackers, fake accounts). */
  'tech_enabled',
  /** Threats of violence (S-DASH theme 6, threat to kill). */
  'threats',
  /** Victim very frightened (S-DASH theme 1). */
  'victim_frightened',
  /** Classification field reads as harassment. */
  'classified_harassment',
  /** Classification field reads as malicious communications. */
  'classified_malcomms',
  /** Classification field reads as stalking (8Q, s2A or s4A). */
  'classified_stalking',
  /** Classification field holds another crime (e.g. criminal damage, assault). */
  'classified_other',
  /** Classification field empty or not mapped. */
  'classification_unknown',
  /** Stalking flag field present and not set. */
  'stalking_flag_unset',
  /** Domestic abuse flag field present and not set. */
  'da_flag_unset',
] as const;
/** One condition id. */
export type Condition = (typeof CONDITIONS)[number];

/** A point shown on a prompt when every condition in `when` holds. */
export interface PointDef {
  when: Condition[];
  text: string;
}

/** One prompt in the catalogue. */
export interface PromptDef {
  id: PromptId;
  /** Title once the step is done or while the officer works through it. */
  title: string;
  /** Title while the step is missing (open or snoozed), e.g. "SPO consideration missing". */
  missingTitle: string;
  ask: string;
  why: string;
  satisfiedBy: string;
  /** Applies when any group holds; a group holds when all its conditions hold. */
  appliesWhen: Condition[][];
  points: PointDef[];
  /** Short list offered when the officer marks the prompt not applicable; typing is also allowed. */
  naReasons: string[];
}

/** One VNA sub-step. */
export interface VnaStepDef {
  id: VnaStepId;
  title: string;
  ask: string;
  why: string;
  satisfiedBy: string;
  naReasons: string[];
}

/** The whole catalogue. */
export interface Catalogue {
  /** Semantic version; bump the major when a prompt's meaning changes (audit reads it). */
  version: string;
  prompts: PromptDef[];
  vnaSteps: VnaStepDef[];
  /**
   * What each narrative cue shows, in plain words, for the "done because" line of a prompt
   * ("the narrative records an SPO decision"). Data here, not in the content script's bundle.
   */
  cueLabels: Record<CueId, string>;
  /** What each narrative cue looks for: pattern sources, compiled by the page that evaluates. */
  cues: Record<CueId, string[]>;
  /** The panel's plain name of each relationship the analysis can find. */
  relationshipLabels: Record<RelationshipId, string>;
}

/** Catalogue version, written into the summary block and the audit. */
export const CATALOGUE_VERSION = '2.1.0';

const COMMON_NA = ['Victim could not be contacted yet', 'Another officer or unit is doing this'];

/** The catalogue. Order is display order. */
export const CATALOGUE: Catalogue = {
  version: CATALOGUE_VERSION,
  prompts: [
    {
      id: 'classification',
      title: 'Check the classification',
      missingTitle: 'Classification may be wrong: this reads as stalking',
      ask: 'Record this as stalking (8Q) if the conduct is stalking. If another crime is the principal crime, add stalking as an included classification. If you keep harassment, write why it is not stalking.',
      // reference.md 6.1-6.2, 5.2 (concern 1), 5.4 (Rec 7), 2.1 ([S60] review harassment).
      why: 'Home Office Crime Recording Rules: stalking is classification 8Q; since April 2020 a course of conduct between former partners is recorded as stalking unless it is only harassment in law; since 2023 only the principal crime is counted. Stalking super-complaint (HMICFRS, College of Policing, IOPC; report, September 2024): stalking recorded as harassment or malicious communications was a core failing. Recommendation 7 asks forces to seek changes so their crime recording systems can record and search stalking as an included classification when it is not the principal crime, with interim measures such as intelligence reports in the meantime. College of Policing advice: where you record harassment, say why it is not stalking.',
      satisfiedBy:
        'Classification shows stalking; or, under another principal crime, the stalking flag is set or the narrative records stalking as an included classification or intelligence report; or the narrative says why this is only harassment.',
      appliesWhen: [['stalking_likely'], ['ex_partner', 'course_of_conduct', 'any_behaviour']],
      points: [
        {
          when: ['classified_harassment'],
          text: 'Recorded as "{classification}". The conduct reads as stalking: repeated, unwanted and fixated on one person. Consider 8Q stalking (s2A, or s4A).',
        },
        {
          when: ['classified_malcomms'],
          text: 'Recorded as "{classification}". Repeated messages with fixation are a course of conduct: consider 8Q stalking instead of malicious communications alone.',
        },
        {
          when: ['ex_partner', 'course_of_conduct'],
          text: 'Former partner and a course of conduct: since April 2020 record as stalking unless you are satisfied it is only harassment in law.',
        },
        {
          when: ['classified_other'],
          text: 'Principal crime is "{classification}". Add stalking as an included classification so it can be found later; if your system cannot, submit an intelligence report.',
        },
        {
          when: ['classification_unknown'],
          text: 'No classification read from the record yet. Stalking is 8Q.',
        },
        {
          when: ['stalking_flag_unset'],
          text: 'The stalking flag on this record is not set.',
        },
        {
          when: ['stalking_likely', 'one_occasion'],
          text: 'The narrative describes one occasion. Ask the victim about earlier contact, visits, messages or sightings: two or more occasions make a course of conduct (PHA 1997 s7). If it was a single incident, mark this not applicable.',
        },
      ],
      naReasons: [
        'Only harassment in law: reason in narrative',
        'Force Crime Registrar decision',
        'Single incident, no course of conduct',
      ],
    },
    {
      id: 's4a',
      title: 'Consider s4A stalking',
      missingTitle: 'Consider s4A: fear of violence or serious alarm or distress',
      ask: 'Check whether this is s4A stalking: fear of violence on two or more occasions, or serious alarm or distress that has a substantial adverse effect on daily life. Record what the victim changed (routine, work, home).',
      // reference.md 1.1 (s4A), 5.3 (force survey: recognising s4A).
      why: 'Protection from Harassment Act 1997 s4A (either way, up to 10 years on indictment). Recognising s4A was one of the areas the stalking super-complaint investigation (report, September 2024) covered in its survey of all 43 forces.',
      satisfiedBy: 'Classification mentions s4A, or the narrative records that s4A was considered.',
      appliesWhen: [['s4a_indicated']],
      points: [
        {
          when: ['s4a_fear'],
          text: 'Fear of violence described on {fearOccasions} occasion(s); s4A(1)(b)(i) needs two or more.',
        },
        {
          when: ['s4a_alarm'],
          text: 'Serious alarm or distress described: record the effect on daily life (moved home, changed routine, stopped work).',
        },
        {
          when: ['victim_frightened'],
          text: 'The victim is described as very frightened: record how it affects work, home and routine.',
        },
      ],
      naReasons: ['s4A considered: limbs not met', 'Already recorded as s4A'],
    },
    {
      id: 'risk_screening',
      title: 'Complete the risk screening',
      missingTitle: 'Stalking risk screen not recorded',
      ask: 'Complete the stalking screen (S-DASH or Stalking Screening Tool) with the victim. In a domestic case also complete DASH or DARA. If the risk is high, tell your supervisor and refer to MARAC (domestic) or the stalking clinic or panel.',
      // reference.md 3.1-3.5, 8.3.
      why: 'S-DASH (2009): use in every stalking or harassment case with two or more incidents or a very frightened victim; more "yes" answers mean higher risk, and no violence does not mean low risk. DASH (ACPO/SafeLives) or DARA (College of Policing) for domestic abuse. SafeLives MARAC criteria include stalking and professional judgement; non-domestic high-risk stalking goes to a stalking clinic or multi-agency panel.',
      satisfiedBy:
        'Risk screen field filled or the narrative records S-DASH/SST completed; in a domestic case also DASH or DARA; where risk is high, a supervisor informed and a MARAC or stalking clinic referral recorded.',
      appliesWhen: [
        ['stalking_likely'],
        ['any_behaviour', 'course_of_conduct'],
        ['any_behaviour', 'victim_frightened'],
      ],
      points: [
        {
          when: ['domestic'],
          text: 'Domestic context: DASH or DARA as well. DASH question 8 (constant contact, following, harassment) answered yes leads to the stalking questions.',
        },
        {
          when: ['high_risk'],
          text: 'High-risk markers found: get a supervisor review now.',
        },
        {
          when: ['high_risk', 'domestic'],
          text: 'Domestic and high-risk markers: consider a MARAC referral (DASH/DARA high, or professional judgement).',
        },
        {
          when: ['high_risk'],
          text: 'Refer to the stalking clinic or multi-agency stalking panel if your force has one.',
        },
        {
          when: ['ex_partner', 'threats'],
          text: 'Former partner who has made threats: research cited in the S-DASH guidance (Mullen, Pathé & Purcell 2009) puts this group at the highest risk of assault.',
        },
        {
          when: ['victim_frightened'],
          text: 'The victim is very frightened (S-DASH theme 1). The victim is often the best judge of their own risk.',
        },
      ],
      naReasons: ['Screen done by another unit', 'Victim declined to answer', ...COMMON_NA],
    },
    {
      id: 'vna',
      title: "Victims' Code needs assessment",
      missingTitle: "Victims' Code needs assessment not complete",
      ask: 'Work through the needs assessment with the victim. Tick each step as you do it.',
      // reference.md 4.2-4.5.
      why: "Code of Practice for Victims of Crime in England and Wales (Victims' Code, in force April 2021), Rights 1 to 7: needs assessment, Enhanced Rights, referral to support within 2 working days, written confirmation, Victim Personal Statement, compensation.",
      satisfiedBy:
        'Every step below is done (by the record, the narrative or you) or marked not applicable with a reason.',
      appliesWhen: [['stalking_likely'], ['domestic', 'any_behaviour']],
      points: [
        {
          when: ['domestic'],
          text: 'Domestic abuse: the victim also qualifies for Enhanced Rights as a victim of the most serious crime.',
        },
      ],
      naReasons: [
        'Victim not contactable: attempts recorded',
        'Needs assessment done by victim care unit',
      ],
    },
    {
      id: 'spo',
      title: 'Record an SPO decision',
      missingTitle: 'SPO consideration missing',
      ask: "Decide on a Stalking Protection Order now and record it: apply, apply for an interim order, or not applying and why. If you decide not to apply, record why. That is a decision, not 'not applicable'.",
      // reference.md 1.2.
      why: 'Stalking Protection Act 2019 s1 (three conditions) and s5 (interim orders); statutory guidance under s12 (April 2024 version). PNLD advice: consider an SPO at the start of every stalking investigation. Failure to offer or apply for SPOs was a core concern of the stalking super-complaint (report, September 2024).',
      satisfiedBy:
        'SPO decision field filled, or the narrative records the SPO considered, applied for (full or interim), or not applied for with a reason.',
      appliesWhen: [['stalking_likely']],
      points: [
        {
          when: ['stalking_likely'],
          text: 'An SPO does not depend on a prosecution: it can be sought before the charging threshold is met, when the victim does not support a prosecution, and alongside a prosecution.',
        },
        {
          when: ['high_risk'],
          text: 'High-risk markers: consider an interim SPO (s5) for immediate protection while the full application is heard.',
        },
        {
          when: ['third_parties'],
          text: 'Stalking by proxy: the order can protect family, friends, colleagues or a new partner, not only the victim.',
        },
        {
          when: ['breach_of_order'],
          text: 'An order or bail condition has been breached: record the breach and check the suspect’s order history.',
        },
        {
          when: ['tech_enabled'],
          text: 'Technology used: you can ask the court for device and account terms (e.g. surrender devices, police access to accounts).',
        },
      ],
      naReasons: [
        'SPO already in force',
        'Application being made by another unit',
        'Not stalking: reason recorded',
      ],
    },
    {
      id: 'safeguarding',
      title: 'Safeguard the victim',
      missingTitle: 'Safeguarding referral not recorded',
      ask: 'Offer a referral to a stalking advocate (ISA/ISAC), or an IDVA in a domestic case, and record consent. Agree a safety plan. Ask the victim’s views before setting bail conditions.',
      // reference.md 4.4, 4.6, 1.3, 3.6.
      why: "Victims' Code Right 4 (specialist referral); independent stalking advocate role specified under the Victims and Prisoners Act 2024 s16 (from February 2026); Police, Crime, Sentencing and Courts Act 2022: duty to seek the victim’s views on pre-charge bail conditions; Domestic Abuse Act 2021: Clare's Law (DVDS) and DAPN/DAPO.",
      satisfiedBy:
        'The narrative records a referral to a stalking advocate, IDVA or victim support with consent, or that the victim declined.',
      appliesWhen: [['stalking_likely'], ['domestic', 'any_behaviour']],
      points: [
        { when: [], text: 'Stalking advocacy: {advocacy}.' },
        { when: ['domestic'], text: 'IDVA: {idva}.' },
        {
          when: ['domestic'],
          text: "Domestic context: consider Clare's Law (DVDS: Right to Ask or Right to Know).",
        },
        {
          when: ['domestic'],
          text: 'Domestic context: consider a DAPN/DAPO (DVPN/DVPO where DAPOs are not yet in use).',
        },
        { when: ['da_flag_unset', 'domestic'], text: 'Set the domestic abuse flag.' },
        {
          when: ['stalking_likely'],
          text: 'Suspect: consider a perpetrator programme or multi-agency stalking intervention: {perpetrator}.',
        },
        {
          when: ['tech_enabled'],
          text: 'Give advice on checking phones, accounts and cars for trackers.',
        },
        { when: [], text: 'Helplines for the victim: {helplines}.' },
      ],
      naReasons: ['Victim declined all support', 'Already supported by an advocate', ...COMMON_NA],
    },
    {
      id: 'evidence',
      title: 'Secure the evidence',
      missingTitle: 'Evidence plan not recorded',
      ask: 'Secure the evidence before it is lost: messages, call logs and screenshots; CCTV and doorbell footage; check devices and cars for trackers and spyware; start a victim diary; find earlier reports and witnesses.',
      // reference.md 2.1 ([S60]), 2.2 ([S8][S64]), 2.4.
      why: 'College of Policing advice for stalking investigators: establish the whole pattern and history, reported or not, and assume technology was probably used. CPS guidance: look at the conduct as a whole, not incident by incident.',
      satisfiedBy:
        'The narrative records evidence secured; where trackers or spyware are suspected, also a device check.',
      appliesWhen: [['any_behaviour']],
      points: [
        {
          when: ['tech_enabled'],
          text: 'Check the victim’s phone, accounts and car for trackers, spyware and shared locations.',
        },
        {
          when: ['third_parties'],
          text: 'Take statements from the family, friends or colleagues the suspect contacted.',
        },
        {
          when: ['breach_of_order'],
          text: 'Get a copy of the order or bail conditions that were breached.',
        },
        {
          when: ['course_of_conduct'],
          text: 'List every occasion with dates ({occasions} found so far) and check for earlier reports.',
        },
      ],
      naReasons: ['Evidence secured by another officer', ...COMMON_NA],
    },
  ],
  vnaSteps: [
    {
      id: 'enhanced_rights',
      title: 'Enhanced Rights',
      ask: 'Record that the victim gets Enhanced Rights: stalking victims are persistently targeted. Enhanced Rights: tell the victim within 1 working day (not 5) of arrest, interview under caution, release without charge, release on bail or under investigation, changes to bail conditions, or a decision not to investigate.',
      why: "Victims' Code: persistently targeted victims, including victims of stalking or harassment, and victims of domestic abuse (most serious crime) have Enhanced Rights.",
      satisfiedBy: 'VNA Enhanced Rights field filled, or the narrative records Enhanced Rights.',
      naReasons: ['Not stalking after review: reason in narrative'],
    },
    {
      id: 'communication_needs',
      title: 'Communication needs',
      ask: 'Ask about language, interpreter, BSL, reading or other needs, and record the answer (even "none").',
      why: "Victims' Code Right 1: to understand and be understood.",
      satisfiedBy:
        'VNA communication field filled, or the narrative records communication needs (or none).',
      naReasons: COMMON_NA,
    },
    {
      id: 'contact_plan',
      title: 'Safe contact and update frequency',
      ask: 'Agree a safe way to contact the victim and how often to update them. Ask if messages or letters are safe: the stalker may be watching their phone, email or post.',
      why: "Victims' Code Right 6: agree how and how often updates are given.",
      satisfiedBy:
        'VNA contact field filled, or the narrative records an agreed contact plan or safe contact method.',
      naReasons: COMMON_NA,
    },
    {
      id: 'support_referral',
      title: 'Referral to support, consent recorded',
      ask: 'Offer a referral to a stalking advocate or victim support within 2 working days. Record consent, or that they declined.',
      why: "Victims' Code Right 4: referral to a support service within 2 working days; specialist referral where eligible.",
      satisfiedBy:
        'VNA referral field filled, or the narrative records a referral with consent, or that the victim declined.',
      naReasons: ['Victim declined referral', ...COMMON_NA],
    },
    {
      id: 'written_confirmation',
      title: 'Written confirmation sent safely',
      ask: 'Send written confirmation with the crime reference and the OIC’s contact details by a method the victim says is safe.',
      why: "Victims' Code Right 3: written confirmation of the crime, crime reference number and OIC details, by a safe method where there is a risk.",
      satisfiedBy:
        'VNA confirmation field filled, or the narrative records written confirmation sent.',
      naReasons: ['No safe method yet: victim to collect', ...COMMON_NA],
    },
    {
      id: 'vps',
      title: 'Victim Personal Statement offered',
      ask: 'Explain and offer a Victim Personal Statement. Record if taken, deferred or declined.',
      why: "Victims' Code Right 7: to make a Victim Personal Statement.",
      satisfiedBy:
        'VNA VPS field filled, or the narrative records a VPS offered, taken or declined.',
      naReasons: COMMON_NA,
    },
    {
      id: 'compensation',
      title: 'Compensation information',
      ask: 'Tell the victim how to claim compensation (CICA, court compensation).',
      why: "Victims' Code Right 5: information about compensation.",
      satisfiedBy:
        'VNA compensation field filled, or the narrative records compensation information given.',
      naReasons: COMMON_NA,
    },
    {
      id: 'special_measures',
      title: 'Special measures',
      ask: 'Discuss special measures for court (screens, live link). Note likely eligibility for the CPS.',
      why: "Victims' Code Right 4 (information about special measures); Youth Justice and Criminal Evidence Act 1999 ss16–17 (vulnerable and intimidated witnesses); domestic abuse complainants are automatically eligible as intimidated witnesses (s17(4A)); the court decides.",
      satisfiedBy:
        'VNA special measures field filled, or the narrative records special measures discussed.',
      naReasons: ['No suspect identified yet', ...COMMON_NA],
    },
    {
      id: 'bail_views',
      title: "Victim's views on bail conditions",
      ask: 'Ask the victim which bail conditions would keep them safe (places, contact, third parties) and record their views.',
      why: 'Police, Crime, Sentencing and Courts Act 2022: duty to seek the victim’s views before setting pre-charge bail conditions that protect them.',
      satisfiedBy: 'VNA bail field filled, or the narrative records the victim’s views on bail.',
      naReasons: ['No arrest or bail yet', 'Suspect not identified', ...COMMON_NA],
    },
  ],
  cues: CUE_SOURCES,
  relationshipLabels: RELATIONSHIP_LABEL,
  cueLabels: {
    spo_considered: 'the narrative records that an SPO was considered',
    spo_applied: 'the narrative records an SPO application',
    spo_interim: 'the narrative records an interim SPO application',
    spo_not_applied: 'the narrative records why an SPO is not being applied for',
    classification_rationale: 'the narrative records why this is not recorded as stalking',
    included_classification:
      'the narrative records stalking as an included classification or an intelligence report',
    s4a_considered: 'the narrative records that s4A was considered',
    sdash_completed: 'the narrative records the stalking screen (S-DASH/SST) as completed',
    dash_completed: 'the narrative records DASH as completed',
    dara_completed: 'the narrative records DARA as completed',
    risk_high: 'the narrative records the risk as high',
    supervisor_informed: 'the narrative records a supervisor being informed',
    marac_referral: 'the narrative records a MARAC referral',
    stalking_clinic: 'the narrative records a stalking clinic or panel referral',
    advocate_referral: 'the narrative records a stalking advocate (ISA/ISAC) referral',
    idva_referral: 'the narrative records an IDVA referral',
    support_referral: 'the narrative records a victim support referral',
    referral_consent: 'the narrative records consent to referral',
    referral_declined: 'the narrative records that the victim declined referral or support',
    enhanced_rights: 'the narrative records Enhanced Rights',
    communication_needs: 'the narrative records communication needs',
    contact_plan: 'the narrative records an agreed contact plan',
    written_confirmation: 'the narrative records written confirmation sent',
    vps: 'the narrative records that a VPS was offered',
    compensation: 'the narrative records compensation information given',
    special_measures: 'the narrative records special measures discussed',
    bail_views: "the narrative records the victim's views on bail",
    clares_law: "the narrative records Clare's Law (DVDS) being considered",
    dapn_dapo: 'the narrative records a DAPN/DAPO (or DVPN/DVPO) being considered',
    safety_plan: 'the narrative records a safety plan',
    evidence_preserved: 'the narrative records evidence being secured',
    device_check: 'the narrative records a check for trackers or spyware',
  },
};

/** Look up a prompt definition by id. */
export function promptDef(id: PromptId): PromptDef {
  const def = CATALOGUE.prompts.find((p) => p.id === id);
  if (!def) throw new Error(`Unknown prompt id: ${id}`);
  return def;
}
