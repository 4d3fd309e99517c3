import type { BehaviourId, FourElement } from '../core/types';
import { VNA_STEP_IDS, type FieldRole, type PromptId, type RecordState } from '../prompts/types';
import type { PracticeBrief } from './practice';

/**
 * Trainer demo scenarios, as data. Each one is played on the bundled training record
 * (src/demo/training-record.html, crime reference CR/40217/26): narrative text is typed into the
 * record step by step and other fields are set, while the real overlay reacts.
 *
 * Every person, place and event here is invented for training. The persons table on the training
 * record stays the same for every scenario; the narrative names whoever the scenario is about.
 * Nothing here is real case material.
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

/** What the real engine should make of the scenario's complete record (checked in tests). */
export interface ScenarioExpectation {
  /** `analysis.stalking.likely`. */
  stalkingLikely: boolean;
  /** Behaviours the teaching depends on; the engine may find more. */
  behaviours: BehaviourId[];
  /** Prompts that must not show at the end (the prompts that must show are the notes' keys). */
  absentPrompts?: PromptId[];
  /** True when the teaching depends on matches the engine ignores (negated, hypothetical...). */
  suppressed?: boolean;
}

/** What the trainer reads out or asks; shown in the demo's explanation view. */
export interface TrainerNotes {
  /** Where each FOUR element shows in the narrative, or why it does not. */
  four: Record<FourElement, string>;
  /** Where each behaviour the teaching depends on shows in the narrative. */
  behaviours: Partial<Record<BehaviourId, string>>;
  /** The prompts that should show once the scenario has played, each with why. */
  prompts: Partial<Record<PromptId, string>>;
  /** Questions to put to the room. */
  questions: string[];
}

/** What the scenario teaches: a failing the 2024 super-complaint found, or a hard judgement. */
export type ScenarioKind = 'stalking' | 'not-stalking' | 'recording';

/** A scripted training scenario. */
export interface Scenario {
  /** Stable, kebab-case; used as `data-scenario` in the demo page. */
  id: string;
  kind: ScenarioKind;
  title: string;
  /** One or two sentences for the scenario list. */
  summary: string;
  /** What officers should take away. */
  learning: string[];
  steps: ScenarioStep[];
  notes: TrainerNotes;
  expect: ScenarioExpectation;
  /** Offered in practice mode when present: a brief to record from, and the facts to capture. */
  practice?: PracticeBrief;
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

/** The prompts the scenario expects to show at the end: the ones its notes explain. */
export function expectedPrompts(scenario: Scenario): PromptId[] {
  return Object.keys(scenario.notes.prompts) as PromptId[];
}

/**
 * The record as the overlay reads it after the first `upTo` steps: the narrative typed so far and
 * every field set so far, on a blank training record (the crime reference is printed on it).
 * Unset selects and text fields read as empty, unticked boxes as false.
 */
export function scenarioRecord(scenario: Scenario, upTo = scenario.steps.length): RecordState {
  const set: Partial<Record<string, string | boolean>> = {};
  for (const step of scenario.steps.slice(0, upTo)) Object.assign(set, step.fields);
  const text = (role: string) => {
    const v = set[role];
    return typeof v === 'string' ? v : '';
  };
  return {
    crimeReference: 'CR/40217/26',
    classification: text('classification'),
    flags: { domesticAbuse: set.daFlag === true, stalking: set.stalkingFlag === true },
    relationship: text('relationship'),
    riskScreen: text('riskScreen'),
    dashRisk: text('dashRisk'),
    spoDecision: text('spoDecision'),
    notes: text('notes'),
    vna: Object.fromEntries(VNA_STEP_IDS.map((id) => [id, set[`vna.${id}`] ?? ''])),
    narrative: scenarioNarrative(scenario, upTo),
  };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'ex-partner-harassment',
    kind: 'stalking',
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
    notes: {
      four: {
        fixated:
          'He keeps coming back to her after she ended it: at her work twice and at her door.',
        obsessive: 'More than 30 messages a day, and new numbers as soon as one is blocked.',
        unwanted: 'She ended the relationship and blocked his number.',
        repeated:
          'Daily messages since 9 January; her work on 20 January and 3 February; her home on 14 March.',
      },
      behaviours: {
        repeated_contact: '"text messages every day, often more than 30 a day".',
        fake_accounts: '"messaged her from new numbers" after she blocked him.',
        loitering_or_turning_up: '"waiting outside her work" and "turned up at her home".',
        fear_alarm_distress: '"very frightened", "changed her route to work".',
      },
      prompts: {
        classification:
          'Recorded as harassment, between former partners: the April 2020 rule. Turns done once 8Q is chosen.',
        s4a: 'Fear and a changed route to work: serious alarm or distress with an effect on her day-to-day life.',
        risk_screening: 'The stalking screen, and DASH or DARA because this is domestic abuse.',
        vna: 'Every stalking victim gets the needs assessment; a persistently targeted victim has Enhanced Rights.',
        spo: 'Every stalking record needs an SPO decision, even "not applying" with a reason.',
        safeguarding: 'Stalking advocate and IDVA, with consent; Clare’s Law; the DA flag.',
        evidence:
          'Phone records and screenshots; workplace CCTV for the two dates outside her work.',
      },
      questions: [
        'Why might an officer have chosen harassment here? What would they have to be satisfied of to keep it?',
        'Which facts make this domestic abuse as well as stalking, and what does that add to the risk assessment?',
        'What would you write as the SPO decision today if the victim does not want him prosecuted?',
      ],
    },
    practice: {
      brief:
        'Amira LAWSON phones at 19:40 on 14 March. She split up with Daniel PRYCE just before Christmas. From about the second week of January he has texted her all day, sometimes thirty-odd messages, and when she blocked him he started using other numbers. He was outside the opticians where she works when her shift ended on 20 January and on 3 February. Tonight at about ten he hammered on her front door for ten minutes. She is scared of him, goes a different way to work now, and a colleague, Joanne, walks her to the bus. The record was opened as harassment.',
      keyFacts: [
        {
          fact: 'She ended the relationship with him',
          match: [['ended', 'split', 'separated', 'broke up', 'former partner', 'ex-partner']],
        },
        {
          fact: 'Messages every day, many a day',
          match: [
            ['message', 'text'],
            ['every day', 'daily', 'a day'],
          ],
        },
        {
          fact: 'New numbers after she blocked him',
          match: [['new number', 'different number', 'other number']],
        },
        {
          fact: 'Waiting outside her work on 20 January and 3 February',
          match: [
            ['20 jan', '20/01', '20th jan'],
            ['3 feb', '03/02', '3rd feb'],
          ],
        },
        {
          fact: 'At her home on 14 March',
          match: [
            ['home', 'house', 'door', 'address'],
            ['14 mar', '14/03', '14th mar'],
          ],
        },
        {
          fact: 'Her fear and the change to her routine',
          match: [
            ['frightened', 'scared', 'afraid', 'fear', 'terrified'],
            ['route', 'routine', 'walks her'],
          ],
        },
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['repeated_contact', 'loitering_or_turning_up'],
    },
  },
  {
    id: 'malicious-comms',
    kind: 'stalking',
    title: 'Stalking recorded as malicious communications',
    summary:
      'Hundreds of messages from a man she met twice, recorded as malicious communications because most of it is online.',
    learning: [
      'Malicious communications is about what one message says; stalking is about a course of conduct fixed on a person. Recording stalking as malicious communications was one of the super-complaint’s core concerns.',
      'Read the messages for what they reveal: a photo of her front door and a comment on what she wore that morning mean he is watching her, not just writing to her.',
      'Where the conduct is stalking, record 8Q; if you keep another classification, write why it is not stalking.',
    ],
    steps: [
      {
        teach:
          'The record starts as Malicious communications, relationship Acquaintance, no stalking flag.',
        fields: {
          classification: 'Malicious communications',
          relationship: 'Acquaintance',
          stalkingFlag: false,
        },
      },
      {
        teach:
          'Hundreds of messages after being told to stop: already a course of conduct. The classification prompt names malicious communications as a classification to check.',
        narrative:
          'The victim Nadia OKONJO met Callum REEVE twice at a friend’s house in December 2025. Since 5 January 2026 he has sent her more than 200 messages on WhatsApp and Instagram. On 9 January she told him she was not interested and asked him to stop messaging her. He has carried on.',
      },
      {
        teach:
          'The messages show he is watching her: a photo of her front door and a comment about what she was wearing at the bus stop. Point at the watching highlight.',
        narrative:
          'The messages have become abusive and he calls her a liar who led him on. On 2 February he sent her a photo of her front door taken from across the road. On 11 February he messaged her that he liked the blue coat she had on at the bus stop that morning.',
      },
      {
        teach: 'Her fear and the changes to her life bring in the s4A prompt.',
        narrative:
          'She feels watched all the time. She has stopped going out alone in the evening and is staying at her parents’ house most nights.',
      },
    ],
    notes: {
      four: {
        fixated: 'He met her twice, yet writes to her hundreds of times and photographs her home.',
        obsessive: 'More than 200 messages in a few weeks; he knows what she wore that morning.',
        unwanted: 'On 9 January she told him she was not interested and to stop.',
        repeated: 'Messages since 5 January; the photo on 2 February; the bus stop on 11 February.',
      },
      behaviours: {
        repeated_contact:
          '"more than 200 messages on WhatsApp and Instagram", carried on after being told to stop.',
        watching_or_spying:
          '"a photo of her front door taken from across the road"; the coat "at the bus stop that morning".',
        fear_alarm_distress:
          '"feels watched all the time", stopped going out alone, staying with her parents.',
      },
      prompts: {
        classification:
          'Recorded as malicious communications while the narrative reads as stalking.',
        s4a: 'She has stopped going out alone and sleeps at her parents’: a substantial effect on her day-to-day life.',
        risk_screening: 'The stalking screen: he knows where she lives and watches her.',
        vna: 'The needs assessment, with Enhanced Rights for a persistently targeted victim.',
        spo: 'A stalking record needs an SPO decision.',
        safeguarding: 'A stalking advocate, with her consent.',
        evidence:
          'Download the full message history from both platforms, not screenshots of a few.',
      },
      questions: [
        'If you read only the first paragraph, what would you record? What changes your mind?',
        'What does the photo of her front door tell you about the risk?',
        'Which lines of enquiry would show where he was on 11 February?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['repeated_contact', 'watching_or_spying'],
    },
  },
  {
    id: 'cyber-fake-accounts',
    kind: 'stalking',
    title: 'Online only, through fake accounts',
    summary:
      'A man she knows only from an online group keeps coming back through new accounts and sets one up in her name.',
    learning: [
      'Online-only conduct can be stalking: contacting her, publishing material that purports to come from her and monitoring what she does online are all in the law’s own examples (PHA s2A(3)).',
      'A new account every time one is blocked is persistence, not a new suspect: link the accounts in the record.',
      'Assume technology is part of it and pursue those lines of enquiry: account details, the impersonation profile, the people it contacted.',
    ],
    steps: [
      {
        teach: 'Relationship: Known online only. No classification yet.',
        fields: { relationship: 'Known online only', classification: '' },
      },
      {
        teach:
          'A fresh account within a day of each block: the fake accounts indicator, and a course of conduct from the first paragraph.',
        narrative:
          'The victim Hannah BRIDGES, 24, knows the suspect only through an online gaming group; they have never met. Since October 2025 an account called greywolf has sent her direct messages every few days. She blocked it on 14 November. Since then she has been contacted by at least 11 new accounts, each set up within a day of the last one being blocked, all writing in the same style and referring to their earlier conversations.',
      },
      {
        teach:
          'An account in her name, using her photos, is publishing material that purports to come from her.',
        narrative:
          'On 20 January someone set up an Instagram account in her name using photos copied from her own profile and posted that she was looking for men to meet. Several of her friends received follow requests from it.',
      },
      {
        teach:
          'Commenting within minutes and listing where she checked in show he is monitoring her online activity; her fear of being found brings in s4A.',
        narrative:
          'He is monitoring her social media: he comments on her posts within minutes of her putting them up and has listed back to her every place she checked in at over the past month. She has closed her accounts, which she needed for her course, and is scared he will work out where she lives.',
      },
    ],
    notes: {
      four: {
        fixated: 'Every new account goes straight back to her and their earlier conversations.',
        obsessive: 'Eleven accounts, comments within minutes, a list of where she has been.',
        unwanted: 'She blocked him on 14 November and every account since.',
        repeated:
          'Messages every few days since October; 11 accounts; the fake profile on 20 January.',
      },
      behaviours: {
        fake_accounts:
          '"contacted by at least 11 new accounts, each set up within a day of the last one being blocked".',
        repeated_contact: '"sent her direct messages every few days".',
        publishing_material:
          '"an Instagram account in her name using photos copied from her own profile".',
        monitoring_online:
          '"monitoring her social media", "comments on her posts within minutes", "listed back to her every place she checked in at".',
      },
      prompts: {
        classification: 'No classification chosen and the narrative reads as stalking.',
        s4a: 'She closed accounts she needs for her course and fears being found.',
        risk_screening:
          'The stalking screen, including what he may already know about where she lives.',
        vna: 'The needs assessment; ask how she wants to be contacted now her accounts are closed.',
        spo: 'An SPO can reach online conduct: contact by any means, and posting about her.',
        safeguarding: 'A stalking advocate; advice on securing her remaining accounts.',
        evidence:
          'Account names and links for every profile, the impersonation account, and her friends’ follow requests.',
      },
      questions: [
        'How would you show that 11 accounts are one person?',
        'What would you ask the platform for, and how quickly?',
        'The victim asks who he is. What do you tell her, and who decides?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['fake_accounts', 'publishing_material'],
    },
  },
  {
    id: 'tracker',
    kind: 'stalking',
    title: 'A tracker on her car',
    summary:
      'Her estranged husband keeps turning up wherever she goes, then she finds an AirTag on her car.',
    learning: [
      'When a suspect keeps turning up where the victim has told nobody she will be, think tracking: check the car, bags and phone.',
      'A tracker is evidence: seize it as an exhibit and record what the checks found, not only that they were done.',
      'Knowing where she is staying raises the risk. Escalate, and review the safety plan.',
    ],
    steps: [
      {
        teach: 'Relationship: Ex-partner. Domestic abuse as well as possible stalking.',
        fields: { relationship: 'Ex-partner', classification: '' },
      },
      {
        teach:
          'Three places on three dates, none of which she told him about. That pattern is the first clue to a tracker.',
        narrative:
          'The victim Grace ADEYEMI separated from her husband Martin ADEYEMI in November 2025 and moved to her sister’s address, which she has not given him. Since January he has turned up wherever she goes: the supermarket car park on 8 January, outside her gym on 17 January and at her son’s swimming lesson on 24 January.',
      },
      {
        teach:
          'The AirTag: the tracking device indicator. The evidence prompt now asks for devices to be checked for trackers and spyware.',
        narrative:
          'On 2 February her phone warned her that an unknown AirTag had been moving with her. She found it taped under the rear wheel arch of her car. That evening he texted her the name of the street where her sister lives.',
      },
      {
        teach:
          'Record what was done with the tracker and the checks. Her fear and the changes to her routine bring in s4A.',
        narrative:
          'The AirTag has been seized as an exhibit. Her phone and car were checked for other trackers and spyware and none were found. She is terrified that he knows where she is staying and has stopped taking her son to swimming.',
      },
    ],
    notes: {
      four: {
        fixated: 'He follows her movements from place to place after the separation.',
        obsessive: 'A hidden tracker, and a text naming her sister’s street the same evening.',
        unwanted: 'She moved out and kept her new address from him.',
        repeated:
          'The supermarket on 8 January, the gym on 17 January, swimming on 24 January, the text on 2 February.',
      },
      behaviours: {
        loitering_or_turning_up:
          '"turned up wherever she goes": the car park, her gym, the swimming lesson.',
        tracking_device:
          '"an unknown AirTag had been moving with her", "taped under the rear wheel arch".',
        fear_alarm_distress: '"terrified", "stopped taking her son to swimming".',
      },
      prompts: {
        classification:
          'Former partners and a course of conduct: record stalking unless it is only harassment.',
        s4a: 'Terror and a changed routine for her and her son.',
        risk_screening: 'The stalking screen and DASH or DARA; he may know her new address.',
        vna: 'The needs assessment; Enhanced Rights.',
        spo: 'A tracker is an example of surveillance an SPO can prohibit.',
        safeguarding:
          'IDVA and stalking advocate with consent; Clare’s Law; a safety plan for the new address.',
        evidence:
          'The AirTag as an exhibit, the phone alert, the text, and device checks recorded.',
      },
      questions: [
        'At which point in the account would you first have suspected a tracker?',
        'What would you ask the victim to check on her phone, and what would you check yourself?',
        'How does the text naming her sister’s street change your risk assessment?',
      ],
    },
    practice: {
      brief:
        'Grace ADEYEMI calls on 3 February. She left her husband Martin ADEYEMI in November and lives at her sister’s now; he does not have the address. He keeps appearing where she is: the supermarket car park on 8 January, her gym on 17 January, her son’s swimming lesson on 24 January. Yesterday her phone told her an AirTag she does not own was travelling with her, and she found it taped under the back wheel arch of her car. Last night he texted her the name of her sister’s street. She is terrified and has stopped taking her son swimming. You seize the AirTag and have her phone and car checked: nothing else is found.',
      keyFacts: [
        {
          fact: 'Separated from her husband',
          match: [['separated', 'left her husband', 'ex-partner', 'former partner', 'estranged']],
        },
        {
          fact: 'Turning up where she goes on 8, 17 and 24 January',
          match: [
            ['8 jan', '08/01', '8th jan'],
            ['17 jan', '17/01', '17th jan'],
            ['24 jan', '24/01', '24th jan'],
          ],
        },
        {
          fact: 'An AirTag hidden on her car',
          match: [['airtag', 'tracker', 'tracking device'], ['car']],
        },
        {
          fact: 'He texted her the street where she is staying',
          match: [
            ['street', 'address'],
            ['text', 'message'],
          ],
        },
        { fact: 'AirTag seized and devices checked', match: [['seized', 'exhibit'], ['checked']] },
        {
          fact: 'Her fear and the change to her routine',
          match: [
            ['terrified', 'frightened', 'scared', 'afraid'],
            ['stopped', 'no longer'],
          ],
        },
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['tracking_device', 'loitering_or_turning_up'],
    },
  },
  {
    id: 'proxy-family-colleagues',
    kind: 'stalking',
    title: 'Stalking by proxy: family and colleagues',
    summary:
      'When she stops answering, a former friend works on the people around her: her mother, her brother, her manager and his own cousin.',
    learning: [
      'Contact through other people counts: conduct that someone else is persuaded into counts as the suspect’s own (PHA s7), and an SPO can protect the people around the victim too.',
      'Harassing third parties and persuading others to help are high-risk markers on the stalking screen: escalate.',
      'Speak to the third parties. Each one is a witness with their own messages and dates.',
    ],
    steps: [
      {
        teach:
          'Relationship: Acquaintance. Not domestic, so no DASH prompt, but everything else still applies.',
        fields: { relationship: 'Acquaintance', classification: 'Harassment (8L)' },
      },
      {
        teach: 'He stopped contacting her and started contacting everyone around her.',
        narrative:
          'The victim Sophie MARLOW and the suspect Ryan CASTLE were friends at university and have never been in a relationship. In December 2025 she stopped replying to his messages.',
      },
      {
        teach:
          'Her mother, her brother, her manager and his own cousin: watch the third-party indicator and the high-risk note on the risk screen.',
        narrative:
          'Since 6 January he has phoned her mother at least eight times asking where Sophie is living, sent her brother Facebook messages asking him to pass letters on to her, and emailed her manager twice claiming she had stolen from him. On 30 January his cousin waited outside her office and handed her a card from him.',
      },
      {
        teach: 'The effect on her and on the people around her.',
        narrative:
          'Her manager has moved her desk away from the window and her mother has changed her phone number. Sophie is anxious every time her phone rings and no longer goes to the office on her own.',
      },
    ],
    notes: {
      four: {
        fixated: 'Everything he does is aimed at finding or reaching her.',
        obsessive: 'Eight calls to her mother, letters through her brother, emails to her manager.',
        unwanted: 'She stopped replying in December.',
        repeated: 'Calls since 6 January, two emails, the letters, the card on 30 January.',
      },
      behaviours: {
        contacting_third_parties:
          '"phoned her mother at least eight times", "sent her brother Facebook messages", "emailed her manager".',
        loitering_or_turning_up: '"his cousin waited outside her office".',
      },
      prompts: {
        classification: 'Recorded as harassment while the narrative reads as stalking.',
        s4a: 'She no longer goes to the office alone: an effect on her day-to-day life.',
        risk_screening:
          'Third parties harassed and others persuaded to help: high-risk markers, so escalate.',
        vna: 'The needs assessment for the victim; consider the third parties’ needs too.',
        spo: 'An SPO can bar contact through third parties and protect the people around her.',
        safeguarding: 'A stalking advocate, with consent.',
        evidence: 'Statements and messages from her mother, brother and manager; the card.',
      },
      questions: [
        'Who are the victims in this record? Who are the witnesses?',
        'What would you ask the cousin?',
        'Why does persuading others to help raise the risk?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['contacting_third_parties'],
    },
  },
  {
    id: 'stranger',
    kind: 'stalking',
    title: 'A stranger on the bus route',
    summary:
      'A man she does not know watches her on the bus, follows her to college and waits outside her job.',
    learning: [
      'Stalkers are not only former partners. A stranger who watches and follows is stalking even if he has never said a word to her.',
      'No name is no reason to wait: identify him through CCTV on the bus and at the college, and record his description.',
      'With no domestic tools to reach for, an SPO is often the main protective option for stranger stalking.',
    ],
    steps: [
      {
        teach: 'Relationship: Stranger. No domestic prompts will appear.',
        fields: { relationship: 'Stranger', classification: '' },
      },
      {
        teach: 'Waiting at her stop and staring the whole journey: watching and loitering.',
        narrative:
          'The victim Leah FINCH, 19, catches the 07:40 bus from Station Road to college. Since mid-January a man she does not know has been at the stop most mornings. He stands close to her and stares at her for the whole journey.',
      },
      {
        teach:
          'Following her on foot, photographing her, then turning up at her job: it is getting worse.',
        narrative:
          'On 29 January and again on 5 February he got off at her stop and followed her on foot to the college gates. On 12 February she saw him photographing her on his phone from across the road. On 19 February he was waiting outside the bakery where she works part time when she finished at 18:00.',
      },
      {
        teach: 'Description, and the effect on her life.',
        narrative:
          'She does not know his name. She describes him as a white man of about 40 with a grey beard, wearing a dark green work jacket. She now gets a lift to college and has given up her shifts at the bakery.',
      },
    ],
    notes: {
      four: {
        fixated: 'He picks her out on the bus and then finds her college and her job.',
        obsessive: 'Most mornings for weeks; photographs of her.',
        unwanted: 'She has never spoken to him and has changed her life to avoid him.',
        repeated:
          'Most mornings since mid-January; 29 January, 5 February, 12 February and 19 February.',
      },
      behaviours: {
        following: '"followed her on foot to the college gates".',
        watching_or_spying:
          '"stares at her for the whole journey", "photographing her on his phone".',
        loitering_or_turning_up: '"at the stop most mornings", "waiting outside the bakery".',
      },
      prompts: {
        classification: 'No classification chosen and the narrative reads as stalking.',
        s4a: 'She gave up her job and no longer takes the bus.',
        risk_screening:
          'The stalking screen: escalation from watching to following to her workplace.',
        vna: 'The needs assessment; Enhanced Rights.',
        spo: 'For a stranger there is no domestic order to use: consider an SPO.',
        safeguarding: 'A stalking advocate, with consent.',
        evidence: 'Bus CCTV for the 07:40 service, college and shop CCTV, her description.',
      },
      questions: [
        'What makes this more than someone who happens to catch the same bus?',
        'Which CCTV would you secure first, and why the hurry?',
        'How would you record the decision on an SPO before he is identified?',
      ],
    },
    practice: {
      brief:
        'Leah FINCH, 19, comes to the front counter with her mother on 20 February. She takes the 07:40 bus from Station Road to college. Since the middle of January a man she does not know has been at her stop most mornings; he stands right next to her and stares at her the whole way. On 29 January and 5 February he got off at her stop and walked behind her all the way to the college gates. On 12 February she saw him across the road from college taking photos of her on his phone. Yesterday, 19 February, he was outside the bakery where she works part time when she finished at six. He is white, about 40, with a grey beard and a dark green work jacket. Her mother now drives her to college and she has given up her bakery shifts.',
      keyFacts: [
        {
          fact: 'He is a stranger to her',
          match: [['does not know', "doesn't know", 'stranger', 'unknown']],
        },
        {
          fact: 'At her bus stop most mornings since mid-January',
          match: [
            ['stop', 'bus'],
            ['most mornings', 'every morning', 'daily', 'mid-jan'],
          ],
        },
        {
          fact: 'Followed her to college on 29 January and 5 February',
          match: [['follow'], ['29 jan', '29/01', '29th jan'], ['5 feb', '05/02', '5th feb']],
        },
        {
          fact: 'Photographed her on 12 February',
          match: [['photo', 'pictures', 'filmed', 'filming']],
        },
        {
          fact: 'Waiting outside her work on 19 February',
          match: [
            ['bakery', 'work'],
            ['19 feb', '19/02', '19th feb'],
          ],
        },
        { fact: 'His description', match: [['beard'], ['jacket']] },
        {
          fact: 'The effect on her: no bus, no shifts',
          match: [
            ['lift', 'drives her', 'driven'],
            ['shifts', 'job'],
          ],
        },
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['following', 'watching_or_spying'],
    },
  },
  {
    id: 'workplace',
    kind: 'stalking',
    title: 'A colleague who will not take no',
    summary:
      'After she turns down a date, a colleague leaves gifts on her desk, floods her work email and waits by her car.',
    learning: [
      'Workplace stalking is not a personality clash for HR to sort out. Her manager’s "sort it out between you" is a missed chance, not a reason to close.',
      'The employer holds evidence: staff chat, email logs, rotas, car park CCTV.',
      'SPO conditions can be drafted around his work times where practicable, while still keeping him away from her.',
    ],
    steps: [
      {
        teach: 'Relationship: Colleague.',
        fields: { relationship: 'Colleague', classification: '' },
      },
      {
        teach: 'Notes and gifts after a clear no: unwanted gifts.',
        narrative:
          'The victim Megan PRICE and the suspect Kieran DOYLE work at the same call centre in Northbridge. On 3 December 2025 she turned down his invitation to dinner. Since then he has left notes and small gifts on her desk most weeks, including a bracelet and a card saying they are meant to be together.',
      },
      {
        teach:
          'Emails out of hours and waiting by her car on three dates after his own shift ended.',
        narrative:
          'He has sent more than 60 emails to her work address and messages on the staff chat, most of them outside working hours. On 14 January, 21 January and 4 February he waited by her car in the staff car park at the end of her shift, although his own shift had finished two hours earlier.',
      },
      {
        teach: 'What her employer did, and what she has changed.',
        narrative:
          'She told her manager in January and was told to sort it out between them. She has asked to change shifts so she does not work with him and now leaves by the front door with a colleague.',
      },
    ],
    notes: {
      four: {
        fixated: '"Meant to be together" after she said no.',
        obsessive: 'Gifts most weeks, 60 emails, waiting two hours after his own shift.',
        unwanted: 'She turned him down on 3 December and told her manager.',
        repeated: 'Weekly gifts; 14 January, 21 January and 4 February in the car park.',
      },
      behaviours: {
        gifts_or_items: '"notes and small gifts on her desk", "a bracelet and a card".',
        repeated_contact: '"more than 60 emails" and staff chat messages.',
        loitering_or_turning_up: '"waited by her car in the staff car park".',
      },
      prompts: {
        classification: 'No classification chosen and the narrative reads as stalking.',
        s4a: 'She has changed her shifts and how she leaves work.',
        risk_screening: 'The stalking screen.',
        vna: 'The needs assessment; Enhanced Rights.',
        spo: 'An SPO decision, with conditions that keep him away from her at work.',
        safeguarding: 'A stalking advocate, with consent.',
        evidence:
          'Email and chat logs and rotas from the employer; car park CCTV for the three dates.',
      },
      questions: [
        'What would you say to her manager?',
        'What does "meant to be together" tell you about his motivation?',
        'How could conditions keep them apart if neither leaves the job?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['gifts_or_items', 'loitering_or_turning_up'],
    },
  },
  {
    id: 'neighbour-fixation',
    kind: 'stalking',
    title: 'A neighbour dispute that turns into fixation',
    summary:
      'An old argument over a fence becomes something else: watching, filming, notes about her clothes, following her to the shop.',
    learning: [
      'Harassment is usually about an issue; stalking is about the person. When a neighbour stops talking about the fence and starts talking about her, it has changed.',
      'Do not file a new report under the old dispute: read the whole history and record what it has become.',
      'A neighbour knows where she lives and sees her every day: the risk is close and constant.',
    ],
    steps: [
      {
        teach:
          'Relationship: Neighbour. Recorded as Harassment (8L) because of the earlier dispute.',
        fields: { relationship: 'Neighbour', classification: 'Harassment (8L)' },
      },
      {
        teach: 'A dispute about a fence and bins. On its own, about an issue, not about her.',
        narrative:
          'The victim Ruth ELLISON and the suspect Gary TOLLAND live next door to each other on Alder Close. In the summer of 2025 they argued about a fence and his bins, and the council arranged mediation.',
      },
      {
        teach:
          'Now it is about her: watching her, filming her, notes about her clothes and her visitors.',
        narrative:
          'Since November 2025 it has changed. He stands at his upstairs window and watches her whenever she is in her garden, and on 10 January and 24 January he filmed her on his phone while she hung out her washing. He has pushed three notes through her door commenting on her clothes and on the men who visit her.',
      },
      {
        teach: 'Following her to the shop and waiting for her; the effect on her home life.',
        narrative:
          'On 6 February he followed her to the corner shop and waited outside until she came out. She keeps her curtains closed all day, no longer uses her garden and is staying with her daughter at weekends.',
      },
    ],
    notes: {
      four: {
        fixated: 'The notes are about her clothes and her visitors, not the fence.',
        obsessive: 'Watching whenever she is in the garden; filming her; three notes.',
        unwanted: 'She closes her curtains and leaves home at weekends to avoid him.',
        repeated: 'Filming on 10 and 24 January; three notes; following her on 6 February.',
      },
      behaviours: {
        watching_or_spying:
          '"watches her whenever she is in her garden", "filmed her on his phone".',
        gifts_or_items: '"three notes through her door" (left for her, unwanted).',
        following: '"followed her to the corner shop".',
        loitering_or_turning_up: '"waited outside until she came out".',
      },
      prompts: {
        classification:
          'Recorded as harassment while the narrative reads as stalking: say why, or change it.',
        s4a: 'Curtains closed all day, garden unused, away at weekends: a substantial effect on daily life.',
        risk_screening: 'The stalking screen.',
        vna: 'The needs assessment; Enhanced Rights.',
        spo: 'An SPO decision; think about what conditions mean when he lives next door.',
        safeguarding: 'A stalking advocate, with consent.',
        evidence: 'The notes as exhibits; her own footage or a diary; neighbours as witnesses.',
      },
      questions: [
        'Where exactly in the account does it stop being a neighbour dispute?',
        'Would the earlier mediation change how you record this? Why not?',
        'What protection works when the suspect lives next door?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['watching_or_spying', 'following'],
    },
  },
  {
    id: 'public-figure',
    kind: 'stalking',
    title: 'A presenter and her listener',
    summary:
      'A radio listener writes every week, sends gifts, waits at the staff entrance and posts photos of her.',
    learning: [
      'Public figures are stalked too, and it is not "part of the job". Victims being told to feel flattered was one of the failings cited when the super-complaint report was published.',
      'His belief that she speaks to him is a fixation: ask about it when you assess risk.',
      'Her employer is a partner: security, post logs and CCTV at the station.',
    ],
    steps: [
      {
        teach: 'Relationship: Stranger (he knows her only from the radio).',
        fields: { relationship: 'Stranger', classification: '' },
      },
      {
        teach: 'Weekly letters with a belief that she speaks to him through the songs.',
        narrative:
          'The victim Carys MADOC presents the breakfast show on Northbridge Radio. Since September 2025 a listener, Alan PIKE, has written to her at the station every week, more than 40 letters in all, saying he knows she is talking to him through the songs she plays.',
      },
      {
        teach: 'Flowers, a ring, waiting at the staff entrance, and posting photos of her.',
        narrative:
          'He has sent flowers to the studio four times and a parcel containing a ring. On 13 January and 27 January he was waiting at the staff entrance at 05:30 when she arrived. He posts about her on Facebook every day, with photos of her taken outside the studio.',
      },
      {
        teach: 'Fear, and the changes to her work.',
        narrative:
          'Station security now meet her at her car. She has stopped doing outside broadcasts and is frightened of what he will do when he realises she does not know him.',
      },
    ],
    notes: {
      four: {
        fixated: 'He believes she speaks to him through the songs.',
        obsessive: 'Weekly letters for months, daily posts, photos of her.',
        unwanted: 'She does not know him; the station now escorts her.',
        repeated: 'Weekly since September; flowers four times; 13 and 27 January at the entrance.',
      },
      behaviours: {
        repeated_contact: '"written to her at the station every week, more than 40 letters".',
        gifts_or_items: '"flowers to the studio four times and a parcel containing a ring".',
        loitering_or_turning_up: '"waiting at the staff entrance at 05:30".',
        publishing_material: '"posts about her on Facebook every day, with photos of her".',
      },
      prompts: {
        classification: 'No classification chosen and the narrative reads as stalking.',
        s4a: 'She has stopped part of her job and is frightened.',
        risk_screening: 'The stalking screen; what happens when his belief is challenged.',
        vna: 'The needs assessment; Enhanced Rights.',
        spo: 'An SPO decision: entrance, contact and posting conditions.',
        safeguarding: 'A stalking advocate, with consent.',
        evidence:
          'The letters and gifts as exhibits; station CCTV for 13 and 27 January; his posts.',
      },
      questions: [
        'What would you say to someone who tells her this comes with being on the radio?',
        'Why does his belief about the songs matter for the risk?',
        'What could the station do, and what can only the police do?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['gifts_or_items', 'loitering_or_turning_up'],
    },
  },
  {
    id: 'older-male-victim',
    kind: 'stalking',
    title: 'An older man stalked by a former partner',
    summary:
      'A 74-year-old widower is stalked by a woman he saw for six months; he almost did not report it.',
    learning: [
      'Men and older people are stalked too. "I feel foolish" is a reason to listen harder, not to close the report.',
      'The April 2020 rule for former partners applies whatever the ages and sexes: record stalking unless it is only harassment, and flag domestic abuse.',
      'Ask about communication needs and record them: the needs assessment is about this victim.',
    ],
    steps: [
      {
        teach: 'Relationship: Ex-partner.',
        fields: { relationship: 'Ex-partner', classification: '' },
      },
      {
        teach: 'A short relationship, ended by him.',
        narrative:
          'The victim Bernard HOLT is 74 and lives alone. He had a relationship with the suspect Linda CRANE for about six months after they met at a bereavement group, and he ended it in October 2025.',
      },
      {
        teach:
          'Silent calls, turning up at his club and his home, getting into his garden, and working on his daughter.',
        narrative:
          'Since then CRANE has rung his landline up to 25 times a day and hangs up when he answers. CRANE has turned up at his bowls club every Tuesday and at his home on 3 December, 17 December and 6 January, when she let herself into his back garden and tapped on the windows. CRANE has also phoned his daughter to say he is confused and needs her to look after him.',
      },
      {
        teach: 'How he feels about reporting, and his communication needs: record them.',
        narrative:
          'Mr HOLT says he feels foolish reporting a woman and did not want to make a fuss. He has stopped going to the bowls club and unplugs the phone at night. He is hard of hearing and asks to be contacted by letter or through his daughter.',
        fields: { 'vna.communication_needs': 'Other needs recorded' },
      },
    ],
    notes: {
      four: {
        fixated:
          'She will not accept that he ended it and tries to get back into his life through his daughter.',
        obsessive: 'Up to 25 calls a day.',
        unwanted: 'He ended it and has stopped going to his club to avoid her.',
        repeated: 'Daily calls; his club every Tuesday; his home on three dates.',
      },
      behaviours: {
        repeated_contact: '"rung his landline up to 25 times a day".',
        loitering_or_turning_up:
          '"turned up at his bowls club", "at his home on 3 December, 17 December and 6 January".',
        contacting_third_parties: '"phoned his daughter".',
      },
      prompts: {
        classification:
          'Former partners and a course of conduct: record stalking unless it is only harassment.',
        risk_screening: 'The stalking screen and DASH or DARA: this is domestic abuse.',
        vna: 'The needs assessment: his communication needs are recorded; the rest is still to do.',
        spo: 'An SPO decision.',
        safeguarding: 'A stalking advocate or IDVA, with consent; the DA flag.',
        evidence: 'Call records for his landline; a statement from his daughter.',
      },
      questions: [
        'What might stop a man of 74 reporting this, and how would you respond?',
        'How would you agree contact with him, given his hearing?',
        'Is telling his daughter he is confused part of the stalking? What else could it be?',
        'He has stopped going to his club and unplugs his phone at night. Would you consider s4A, and what would you record about it?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['repeated_contact', 'loitering_or_turning_up'],
    },
  },
  {
    id: 'breach-interim-spo',
    kind: 'stalking',
    title: 'Bail breached while charges are pending: an interim SPO',
    summary:
      'He is charged with stalking and bailed not to contact her. He messages her and sits at the end of her road. She asks what can protect her before the trial.',
    learning: [
      'A breach is evidence of the pattern, not an incident to deal with on its own: add it to the stalking investigation. Poor response to breaches was one of the super-complaint’s four concerns.',
      'An SPO is not an alternative to prosecution and can be sought at any stage. An interim SPO covers the time until the full application is decided, when protection is needed now.',
      'Record the SPO decision and the reason for it.',
    ],
    steps: [
      {
        teach: 'Already recorded as Stalking (8Q), ex-partner, both flags set.',
        fields: {
          relationship: 'Ex-partner',
          classification: 'Stalking (8Q)',
          daFlag: true,
          stalkingFlag: true,
        },
      },
      {
        teach: 'The bail conditions: what he must not do.',
        narrative:
          'Daniel PRYCE was charged on 20 February 2026 with stalking Amira LAWSON, his former partner. He was bailed not to contact her directly or indirectly and not to enter Alder Close.',
      },
      {
        teach:
          'Messages from a new number and sitting at the end of her road: breaches, and more stalking.',
        narrative:
          'On 1 March PRYCE sent her three messages from a new number asking her to withdraw her statement. On 4 March and again on 7 March he sat in his car at the end of Alder Close watching her house; a neighbour saw him both times. These are breaches of his bail conditions.',
      },
      {
        teach: 'What she asks for.',
        narrative:
          'She is very frightened that he will not stop before the trial and has asked what can protect her until then.',
      },
      {
        teach: 'The interim SPO decision is recorded: the SPO prompt turns done.',
        fields: { spoDecision: 'Apply for interim SPO' },
        narrative:
          'The breaches have been added to the stalking investigation and the CPS told. An application for an SPO, with an interim SPO until it is decided, has been made to the magistrates’ court.',
      },
    ],
    notes: {
      four: {
        fixated: 'He keeps coming back even after being charged and bailed.',
        obsessive: 'He risks his bail to reach her.',
        unwanted: 'The court has already ordered him to stay away.',
        repeated: 'Three messages on 1 March; the car on 4 and 7 March.',
      },
      behaviours: {
        breach_of_order: '"These are breaches of his bail conditions."',
        repeated_contact: '"three messages from a new number".',
        loitering_or_turning_up: '"sat in his car at the end of Alder Close".',
        watching_or_spying: '"watching her house".',
      },
      prompts: {
        classification: 'Done from the start: already recorded as Stalking (8Q).',
        risk_screening: 'Breaches while on bail: review the risk and escalate.',
        vna: 'The needs assessment, including her views on bail conditions.',
        spo: 'Done once the interim SPO application is recorded.',
        safeguarding: 'Stalking advocate and IDVA; she needs a safety plan until trial.',
        evidence: 'The messages and the new number; the neighbour’s statement.',
      },
      questions: [
        'Why add the breaches to the stalking investigation rather than deal with them on their own?',
        'What does an interim SPO give her that bail conditions do not?',
        'What conditions would you ask the court for?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['breach_of_order', 'repeated_contact'],
    },
  },
  {
    id: 'one-off-trap',
    kind: 'not-stalking',
    title: 'Not stalking: one incident, lots of stalking words',
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
    notes: {
      four: {
        fixated: 'Nothing: the argument was about a parking space.',
        obsessive: 'Nothing: he has not been in contact since.',
        unwanted: 'The shouting was unwanted, but once.',
        repeated: 'No: "This is the only incident."',
      },
      behaviours: {},
      prompts: {},
      questions: [
        'Which words in this account would a keyword search have flagged?',
        'What would have to happen next for this to become a course of conduct?',
        'What would you record, and what advice would you give her?',
      ],
    },
    expect: {
      stalkingLikely: false,
      behaviours: [],
      absentPrompts: ['classification', 'spo'],
      suppressed: true,
    },
  },
  {
    id: 'debt-collection',
    kind: 'not-stalking',
    title: 'Not stalking: a debt collector',
    summary:
      'A collection agency calls, writes and visits about a disputed bill. Repeated, unwelcome, and not stalking.',
    learning: [
      'Repeated and unwelcome is not enough. Stalking is fixation on a person; an organisation chasing a bill is pursuing an issue.',
      'Check for what would change that: threats, contact with family or employer, conduct that is about him rather than the money.',
      'Record what he reported and the advice given, so a later report can be read against it.',
    ],
    steps: [
      {
        teach: 'No relationship set: the other party is a company.',
        fields: { relationship: '', classification: '' },
      },
      {
        teach: 'Calls, letters and one visit, all about a bill he disputes.',
        narrative:
          'The caller Peter ASHWORTH reports that a debt collection company, Keystone Recoveries, is chasing him for an old broadband bill of £340 that he says he paid in 2024. Since January the company has phoned him about twice a week and sent four letters, the last one headed final demand. On 12 February an agent from the company visited his address about the debt.',
      },
      {
        teach:
          'What is not there: no threats, nobody else contacted, nothing about him as a person.',
        narrative:
          'He is angry about it. The company has not threatened him and has not contacted his family or employer. Every call and letter has been about the bill. Advised him to dispute the debt with the company in writing and to seek free debt advice.',
      },
    ],
    notes: {
      four: {
        fixated: 'No: every contact is about the bill, not about him.',
        obsessive: 'No: twice a week and four letters is a collection process.',
        unwanted: 'Yes, he does not want the calls.',
        repeated: 'Yes, but repeated and unwelcome alone does not make stalking.',
      },
      behaviours: {},
      prompts: {},
      questions: [
        'Which two FOUR elements are here, and which are missing?',
        'What would the company have to do for you to think again?',
        'Where else could he take this complaint?',
      ],
    },
    practice: {
      brief:
        'Peter ASHWORTH phones, angry. Keystone Recoveries say he owes £340 on an old broadband account that he says he settled in 2024. Since January they ring him about twice a week and have written four times, the last one a final demand. On 12 February a man from the company came to his address about the debt. When you ask: there have been no threats, they have not contacted his family or his work, and it is always about the bill.',
      keyFacts: [
        { fact: 'Who: a debt collection company', match: [['company', 'agency', 'debt collect']] },
        { fact: 'What about: a disputed £340 bill', match: [['bill', 'debt', '340']] },
        {
          fact: 'How often: calls about twice a week and letters',
          match: [['twice a week', 'two a week', '2 a week', 'letter']],
        },
        { fact: 'The visit on 12 February', match: [['12 feb', '12/02', '12th feb']] },
        {
          fact: 'No threats, and nobody else contacted',
          match: [['not threatened', 'no threat'], ['family']],
        },
        { fact: 'The advice given', match: [['advised', 'advice']] },
      ],
    },
    expect: {
      stalkingLikely: false,
      behaviours: [],
      absentPrompts: ['classification', 'spo'],
    },
  },
  {
    id: 'co-parenting',
    kind: 'not-stalking',
    title: 'Not stalking: parents arranging their daughter’s care',
    summary:
      'Separated parents who message most weeks about handovers through the app their court order names, and argue once at a handover.',
    learning: [
      'Contact about a child, through the channel a court order sets, is not stalking because it is frequent or curt.',
      'Waymark stays quiet here, but write down why it is not stalking: between former partners a reported course of conduct is recorded as stalking unless it is only harassment in law, so the reasoning belongs on the record.',
      'Know the warning signs that would change it: messages about her private life, turning up outside handovers, using the child to keep track of her.',
    ],
    steps: [
      {
        teach: 'Relationship: Ex-partner.',
        fields: { relationship: 'Ex-partner', classification: '' },
      },
      {
        teach: 'A court order sets how they communicate.',
        narrative:
          'The caller Zoe KERSHAW and her former partner Sam KERSHAW separated in 2024 and share the care of their daughter under a child arrangements order. The order says they communicate through a co-parenting app.',
      },
      {
        teach: 'Messages about handovers, school and medication; one argument at a handover.',
        narrative:
          'Ms KERSHAW reports that Mr KERSHAW uses the app most weeks about handover times, school events and their daughter’s asthma inhaler. She finds his tone curt and feels he questions her parenting. On 7 March they argued at the handover about a missed dental appointment. No threats were made and he left when she asked him to.',
      },
      {
        teach: 'What she wants, and the advice given.',
        narrative:
          'She is not afraid of him. She wants the messages to be less frequent. Advised her about family mediation and about going back to the family court if the arrangements need to change.',
      },
    ],
    notes: {
      four: {
        fixated: 'No: every message is about their daughter.',
        obsessive: 'No: most weeks, through the agreed app, about practical matters.',
        unwanted: 'She would like fewer messages, but the contact is what the order provides for.',
        repeated: 'Yes, but repeated contact about a child is expected.',
      },
      behaviours: {},
      prompts: {},
      questions: [
        'What would a message have to say for you to look at this again?',
        'Why is it important to write down why this is not stalking?',
        'How would you record the argument at the handover?',
      ],
    },
    practice: {
      brief:
        'Zoe KERSHAW rings about her former partner Sam KERSHAW. They separated in 2024 and share the care of their daughter under a child arrangements order, which says they keep in touch through a co-parenting app. He messages her on it most weeks about handovers, school events and their daughter’s asthma inhaler. She finds him curt and feels he questions her parenting. On 7 March they argued at a handover about a missed dental appointment; there were no threats and he left when she asked. She is not afraid of him and would just like fewer messages.',
      keyFacts: [
        { fact: 'Former partners sharing care under a court order', match: [['order']] },
        { fact: 'Messages through the co-parenting app', match: [['app']] },
        {
          fact: 'What the messages are about',
          match: [['handover'], ['school', 'inhaler', 'medication', 'asthma']],
        },
        { fact: 'One argument at a handover on 7 March', match: [['7 mar', '07/03', '7th mar']] },
        { fact: 'No threats; she is not afraid', match: [['no threat', 'not afraid']] },
        { fact: 'The advice given', match: [['mediation', 'family court']] },
      ],
    },
    expect: {
      stalkingLikely: false,
      behaviours: [],
      absentPrompts: ['classification', 'spo'],
    },
  },
  {
    id: 'complete-the-record',
    kind: 'recording',
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
    notes: {
      four: {
        fixated: 'He keeps waiting for her at her home after she ended it.',
        obsessive: 'Up to 30 messages a day.',
        unwanted: 'She ended the relationship and now avoids walking home alone.',
        repeated: 'Messages since November; her home on 2 February, 16 February and 1 March.',
      },
      behaviours: {
        repeated_contact: '"repeatedly sent her messages, up to 30 a day".',
        loitering_or_turning_up: '"waited outside her home for her to come back from work".',
      },
      prompts: {
        classification: 'Done from the first step: Stalking (8Q).',
        s4a: 'Done when the narrative records that s4A was considered.',
        risk_screening: 'Done once the stalking screen and DASH are recorded.',
        vna: 'Done step by step as each needs-assessment field is filled.',
        spo: 'Done once the interim SPO application is recorded.',
        safeguarding: 'Done by the referral to a stalking advocate with consent.',
        evidence: 'Done once the messages and doorbell footage are recorded as secured.',
      },
      questions: [
        'Which prompt would you expect to stay open longest on a real shift, and why?',
        'What does a supervisor see if a prompt is marked not applicable?',
        'What does the inserted summary add to the record, and what does it leave out?',
      ],
    },
    expect: {
      stalkingLikely: true,
      behaviours: ['repeated_contact', 'loitering_or_turning_up'],
    },
  },
  {
    id: 'police-shorthand',
    kind: 'recording',
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
    notes: {
      four: {
        fixated: 'He keeps returning to her home after the relationship ended.',
        obsessive: 'About 20 messages a day, and waiting over an hour each time.',
        unwanted: '"after being told to stop".',
        repeated: 'Every day since January; her home on 04/03, 07/03 and 11/03.',
      },
      behaviours: {
        repeated_contact: '"msgs on s/m and by text every day, approx 20 a day".',
        loitering_or_turning_up: '"attended IP home address ... and waited o/s".',
      },
      prompts: {
        classification: 'Former partners, a course of conduct, and no stalking classification.',
        s4a: '"v frightened" and a changed routine.',
        risk_screening: 'The stalking screen and DASH or DARA.',
        vna: 'The needs assessment; ask how she wants to be kept informed.',
        spo: 'An SPO decision.',
        safeguarding: 'A stalking advocate or IDVA, with consent; the DA flag.',
        evidence: 'The messages and any footage of the three visits.',
      },
      questions: [
        'Which shorthand does your force use that is not here?',
        'What is missing from this account that a prosecutor would need?',
      ],
    },
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
