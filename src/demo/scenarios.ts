import type { BehaviourId } from '../core/types';
import type { FieldRole } from '../prompts/types';

/**
 * Trainer demo scenarios, as data. Each one is played on the bundled training record
 * (tests/e2e/pages/training-record.html, crime reference CR/40217/26): narrative text is typed
 * into the record step by step and other fields are set, while the real overlay reacts.
 *
 * Every person, place and event here is invented for training; the names match the persons on
 * the training record. Nothing here is real case material.
 */

/** One step a trainer plays: a teaching point, text typed into the narrative, fields set. */
export interface ScenarioStep {
  /** What the trainer should point out once this step has played. */
  teach: string;
  /** Text appended to the narrative (a new paragraph when the narrative is not empty). */
  narrative?: string;
  /**
   * Fields set on the record: a select takes its option text (or value), a checkbox a boolean,
   * a text field its new value. `narrative` is not set here; use `narrative` above.
   */
  fields?: Partial<Record<Exclude<FieldRole, 'narrative'>, string | boolean>>;
}

/** What the real engine should make of the scenario's complete narrative (checked in tests). */
export interface ScenarioExpectation {
  /** `analysis.stalking.likely`. */
  stalkingLikely: boolean;
  /** Behaviours the teaching depends on; the engine may find more. */
  behaviours: BehaviourId[];
  /** True when the teaching depends on matches the engine ignores (negated, hypothetical...). */
  suppressed?: boolean;
}

/** A scripted training scenario. */
export interface Scenario {
  /** Stable, kebab-case; used as `data-scenario` in the demo page. */
  id: string;
  title: string;
  /** One or two sentences for the scenario list. */
  summary: string;
  /** What officers should take away. */
  learning: string[];
  steps: ScenarioStep[];
  expect: ScenarioExpectation;
}

/** Paragraph break between narrative steps, so sentences never run together. */
export const STEP_SEPARATOR = '\n\n';

/**
 * The text to append for `piece` when the narrative currently reads `current`: a paragraph
 * break first unless the narrative is empty.
 */
export function narrativePiece(current: string, piece: string): string {
  return current.trim().length === 0 ? piece : `${STEP_SEPARATOR}${piece}`;
}

/** The narrative after the first `upTo` steps (all steps by default), as the player types it. */
export function scenarioNarrative(scenario: Scenario, upTo = scenario.steps.length): string {
  let text = '';
  for (const step of scenario.steps.slice(0, upTo)) {
    if (step.narrative) text += narrativePiece(text, step.narrative);
  }
  return text;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'ex-partner-harassment',
    title: 'Ex-partner recorded as harassment',
    summary:
      'A former partner keeps messaging and turning up. The record starts as Harassment (8L) with no flags set.',
    learning: [
      'Since April 2020 a course of conduct between former partners is recorded as stalking unless it is only harassment in law.',
      'A former partner makes it domestic abuse too: set the DA flag and complete DASH or DARA as well as the stalking screen.',
      'Waymark asks for a Stalking Protection Order (SPO) decision on every stalking record, even when the answer is "not applying".',
    ],
    steps: [
      {
        teach:
          'The record starts the way many do: Harassment (8L), relationship Ex-partner, no flags. With no narrative yet, Waymark has nothing to say.',
        fields: {
          classification: 'Harassment (8L)',
          relationship: 'Ex-partner',
          daFlag: false,
          stalkingFlag: false,
        },
      },
      {
        teach:
          'Daily messages for weeks, and new numbers after being blocked, are already a course of conduct. The classification prompt appears and names the April 2020 rule for former partners; the SPO decision shows as missing. Hover a highlight to see its evidence.',
        narrative:
          'The victim Amira LAWSON ended her relationship with Daniel PRYCE in December 2025. Since 9 January 2026 he has sent her text messages every day, often more than 30 a day, and when she blocked his number he messaged her from new numbers.',
      },
      {
        teach:
          'Waiting outside her work and turning up at her home, on separate dates, add loitering and raise the occasion count.',
        narrative:
          'On 20 January and again on 3 February he was waiting outside her work at Hartley Opticians when she finished her shift. On 14 March at 22:00 he turned up at her home and banged on the door for ten minutes.',
      },
      {
        teach:
          'Fear and a changed routine are the effect on her daily life: the s4A prompt appears. Point out the domestic abuse prompts too: DASH or DARA, Clare’s Law, and the IDVA beside the stalking advocate.',
        narrative:
          'She is very frightened of him. She has changed her route to work and her colleague Joanne HEWITT now walks her to the bus stop.',
      },
      {
        teach:
          'Correct the record: Stalking (8Q) with both flags set. The classification prompt turns done; risk screening, VNA and the SPO decision are still open.',
        fields: { classification: 'Stalking (8Q)', daFlag: true, stalkingFlag: true },
      },
    ],
    expect: {
      stalkingLikely: true,
      behaviours: ['repeated_contact', 'loitering_or_turning_up'],
    },
  },
  {
    id: 'proxy-and-tracker',
    title: 'Stalking by proxy and a hidden tracker',
    summary:
      'An acquaintance from the gym works through her friends and family to find her, then a tracker turns up on her car.',
    learning: [
      'Stalking need not be a former partner: acquaintances and strangers stalk too, and the relationship changes which prompts apply.',
      'Using other people to reach the victim (stalking by proxy) counts, and is a high-risk marker.',
      'Tech-enabled stalking needs evidence of its own: have the victim’s car and devices checked for trackers and spyware.',
    ],
    steps: [
      {
        teach:
          'Relationship: Acquaintance. Not domestic, so no DASH prompt, but everything else still applies.',
        fields: { relationship: 'Acquaintance', classification: 'Harassment (8L)' },
      },
      {
        teach:
          'Contacting her friends and family to find her is stalking by proxy: watch the third-party indicator and the high-risk marker.',
        narrative:
          'The victim knows Daniel PRYCE only from her gym; they have never been in a relationship. Since February he has repeatedly contacted her friends and her brother asking where she is living now, and he persuaded a friend of his to follow her home from the station on 2 March.',
      },
      {
        teach:
          'An AirTag is a tracking device. The evidence prompt now asks for the car and phone to be checked for trackers and spyware.',
        narrative:
          'On 10 March her phone warned her that an unknown AirTag was moving with her. She found the AirTag taped inside the rear bumper of her car. The next day he sent her a message saying he knew she had been to her sister’s house in Hexley.',
      },
      {
        teach:
          'Record what was done: the device check and secured evidence turn the evidence prompt done.',
        narrative:
          'The AirTag has been seized and exhibited. Her car and phone were checked for other trackers and spyware; none found. Screenshots of his message have been saved.',
      },
    ],
    expect: {
      stalkingLikely: true,
      behaviours: ['contacting_third_parties', 'tracking_device'],
    },
  },
  {
    id: 'one-off-trap',
    title: 'The trap: one incident, lots of stalking words',
    summary:
      'A single argument with a neighbour, written with plenty of stalking words that are negated, hypothetical or about someone else.',
    learning: [
      'Stalking is a course of conduct: one incident is not stalking however it is worded.',
      'Words that are negated ("he has not followed her"), hypothetical ("if he turned up") or about someone else do not count.',
      'Waymark shows the matches it ignored, and why, so officers can see it read the text and did not just miss it.',
    ],
    steps: [
      {
        teach: 'Relationship: Neighbour. Nothing is flagged yet.',
        fields: { relationship: 'Neighbour', classification: '' },
      },
      {
        teach:
          'One argument on one date. There is no course of conduct here, so Waymark does not call it stalking.',
        narrative:
          'On 14 March the victim’s neighbour shouted at her once in the street during an argument about a parking space. This is the only incident.',
      },
      {
        teach:
          'Negated and hypothetical wording: "has not followed", "has not contacted", "if he were to turn up". Open the ignored matches list to show each one and the reason it was ignored.',
        narrative:
          'He has not followed her and has not contacted her since. She said that if he were to turn up at her work she would be worried, but nothing like that has happened.',
      },
      {
        teach:
          'Someone else’s experience does not count either: her friend being followed last year is not conduct towards this victim.',
        narrative:
          'She mentioned that her friend was followed home by a different man last year, which is unrelated to this report.',
      },
    ],
    expect: { stalkingLikely: false, behaviours: [], suppressed: true },
  },
  {
    id: 'complete-the-record',
    title: 'Completing the record',
    summary:
      'A correctly classified stalking record, completed field by field: watch each prompt and VNA step turn done.',
    learning: [
      'Waymark reads the record as well as the narrative: a filled field marks its prompt done, with the reason shown.',
      'The Victims’ Code needs assessment is a checklist of its own; each step turns done as its field is filled.',
      'When everything is done, Insert summary writes a short record of what was considered into the officer notes.',
    ],
    steps: [
      {
        teach:
          'Start from a stalking narrative, recorded as Stalking (8Q) with both flags set: classification is done, the rest are open.',
        narrative:
          'Since the victim Amira LAWSON ended their relationship in November 2025, Daniel PRYCE has repeatedly sent her messages, up to 30 a day. On 2 February, 16 February and 1 March he waited outside her home for her to come back from work. She is frightened and now asks a friend to walk her home.',
        fields: {
          relationship: 'Ex-partner',
          classification: 'Stalking (8Q)',
          daFlag: true,
          stalkingFlag: true,
        },
      },
      {
        teach:
          'Risk: the stalking screen and DASH are recorded as completed. The risk screening prompt turns done.',
        fields: { riskScreen: 'Completed: medium', dashRisk: 'Medium' },
      },
      {
        teach: 'An interim SPO application is recorded. The SPO prompt turns done.',
        fields: { spoDecision: 'Apply for interim SPO' },
      },
      {
        teach:
          'Needs assessment, first three steps: Enhanced Rights, communication needs and the contact plan tick off one by one.',
        fields: {
          'vna.enhanced_rights': 'Persistently targeted',
          'vna.communication_needs': 'None identified',
          'vna.contact_plan': 'Text then call, weekly',
        },
      },
      {
        teach:
          'The referral to a stalking advocate with consent completes both the VNA referral step and the safeguarding prompt.',
        fields: {
          'vna.support_referral': 'Referred to stalking advocate (consent given)',
          'vna.written_confirmation': true,
          'vna.vps': true,
          'vna.compensation': true,
          'vna.special_measures': true,
          'vna.bail_views': 'Wants no contact and to stay away from Alder Close',
        },
      },
      {
        teach:
          'Evidence secured and s4A considered, both recorded in the narrative. Every prompt is now done: show Insert summary.',
        narrative:
          'Screenshots of the messages have been saved and the doorbell footage has been secured. s4A considered: she has changed her routine and no longer walks home alone.',
      },
    ],
    expect: {
      stalkingLikely: true,
      behaviours: ['repeated_contact', 'loitering_or_turning_up'],
    },
  },
  {
    id: 'police-shorthand',
    title: 'Police shorthand',
    summary:
      'The same kind of account written the way records often are: IP, SUSP, msgs, s/m, o/s.',
    learning: [
      'Waymark reads common police shorthand: IP and VIC for the victim, SUSP for the suspect, msgs, s/m.',
      'Highlights still point at what the officer actually typed.',
      'Shorthand is no excuse for a thin account: each occasion still needs its date and what was done.',
    ],
    steps: [
      {
        teach: 'Relationship: Ex-partner.',
        fields: { relationship: 'Ex-partner' },
      },
      {
        teach: 'Shorthand for victim, suspect and messages is expanded before matching.',
        narrative:
          'IP states SUSP is her ex-partner. Since Jan SUSP has sent IP msgs on s/m and by text every day, approx 20 a day, after being told to stop.',
      },
      {
        teach:
          'Repeated turning up on three dates: a course of conduct. The highlights sit on the shorthand itself.',
        narrative:
          'SUSP attended IP home address on 04/03, 07/03 and 11/03 and waited o/s for over an hour each time. IP v frightened of SUSP and has changed her routine.',
      },
    ],
    expect: {
      stalkingLikely: true,
      behaviours: ['repeated_contact', 'loitering_or_turning_up'],
    },
  },
];

/** A scenario by id, or undefined. */
export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
