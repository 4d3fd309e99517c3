/**
 * The English message table: every key Waymark's own text uses, with its English wording. The
 * Welsh table (cy.ts) is typed from these keys, so a key missing from either fails to compile,
 * and i18n.test.ts checks each key is used.
 *
 * `{name}` is a placeholder filled from the parameters. An entry that is an object is a plural:
 * its forms are the Intl.PluralRules categories of the language (Welsh has zero, one, two, few,
 * many and other), chosen by the `count` parameter; `other` is always given.
 *
 * Names of behaviours, risk markers, judgement features and course-of-conduct evidence come
 * from the rule pack (pack-messages.ts), and prompt names and asks from the prompt catalogue
 * (catalogue-messages.ts), so each stays the one English source of its words.
 */
import corePack from '../rules/packs/core.json';
import type { RulePack } from '../rules/types';
import { packMessages } from './pack-messages';
import { CATALOGUE } from '../prompts/catalogue';
import { catalogueMessages } from './catalogue-messages';
import { FOUR_LABEL, RELATIONSHIP_LABEL, STATE_LABEL } from '../prompts/labels';

/** `labels` as messages under `prefix`: `four.fixated` from `FOUR_LABEL.fixated`. */
function prefixed<P extends string, K extends string>(
  prefix: P,
  labels: Record<K, string>,
): Record<`${P}${K}`, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [`${prefix}${k}`, v])) as Record<
    `${P}${K}`,
    string
  >;
}

const MESSAGES = {
  'lang.name': 'English',

  // The panel
  'panel.title': 'Waymark',
  'panel.role.officer': 'Officer',
  'panel.role.supervisor': 'Supervisor',
  'panel.role.trainer': 'Trainer',
  'panel.launcher': {
    one: 'Waymark: {found} indicators, {count} to do',
    other: 'Waymark: {found} indicators, {count} to do',
  },
  'panel.smaller': 'Make the panel smaller',
  'panel.larger': 'Make the panel larger',
  'panel.move': 'Move the panel',
  'panel.move.now': 'Move the panel (now {side})',
  'panel.side.left': 'left',
  'panel.side.right': 'right',
  'panel.close': 'Close ({shortcut})',
  'panel.close.label': 'Close Waymark ({shortcut})',
  'panel.demo': 'Training: not recorded in the real log',
  'panel.todo': 'What to do',
  'panel.todo.open': { one: 'What to do ({count} open)', other: 'What to do ({count} open)' },
  'panel.behaviours': 'Behaviours',
  'panel.insert': 'Insert summary',
  'panel.insert.title': 'Write the Waymark summary into the notes field',
  'panel.insert.none': 'No notes field found on this page',
  'panel.openReview': 'Open supervisor review',
  'panel.announce': {
    one: 'Waymark: stalking indicators {verdict}; {count} prompt open.',
    other: 'Waymark: stalking indicators {verdict}; {count} prompts open.',
  },
  'panel.announce.likely': 'likely',
  'panel.announce.notShown': 'not shown',

  // Insert and review outcomes
  'insert.wouldReplace': "Not written: it would replace the officer's summary. Add a review line.",
  'insert.done': 'Summary written into the notes field.',
  'insert.notWritten': 'Could not write to the notes field; copy the summary by hand.',
  'insert.failed': 'Could not write the summary; try again.',
  'reviewed.logged': 'Reviewed: recorded in your audit log.',
  'reviewed.lineAdded':
    'Reviewed: recorded in your audit log and the review line added to the notes.',
  'reviewed.lineFailed':
    'Reviewed: recorded in your audit log, but the notes field could not be written.',
  'reviewed.failed': 'Could not record the review; try again.',

  // Health notice
  'health.waiting': {
    one: '{count} audit entry or decision could not be saved yet; Waymark keeps trying while this page is open.',
    other:
      '{count} audit entries or decisions could not be saved yet; Waymark keeps trying while this page is open.',
  },
  'health.lost': {
    one: '{count} could not be saved at all: tell your supervisor if this record is reviewed.',
    other: '{count} could not be saved at all: tell your supervisor if this record is reviewed.',
  },
  'health.noNarrative':
    'No narrative field found on this page yet. Waymark will pick it up when it appears.',
  'health.missing': 'Not found on this page (Waymark carries on without them):',
  'health.truncated':
    'The narrative is longer than {max} characters: only the first {max} are analysed.',

  // Field roles
  'field.narrative': 'Narrative (MO / circumstances)',
  'field.crimeReference': 'Crime reference',
  'field.classification': 'Classification',
  'field.daFlag': 'Domestic abuse flag',
  'field.stalkingFlag': 'Stalking flag',
  'field.relationship': 'Relationship of suspect to victim',
  'field.riskScreen': 'Stalking screen (S-DASH)',
  'field.dashRisk': 'DASH risk level',
  'field.spoDecision': 'SPO decision',
  'field.notes': 'Notes (for the summary)',
  'field.vna': 'VNA: {step}',

  // Behaviours, cards and ignored matches
  'indicators.none': 'No stalking behaviours recognised in the narrative yet.',
  'indicators.label': 'Behaviours recognised',
  'indicators.show': 'Show the evidence in the narrative',
  'indicators.mentions': { one: '{count} mention', other: '{count} mentions' },
  'indicators.four': 'FOUR: {list}.',
  'card.ignored': 'Ignored: {reason}',
  'card.ignoredText': '{quote} looks like {name}, but Waymark left it out',
  'card.because': 'because of {quote}',
  'card.four': 'FOUR:',
  'card.law': 'Law:',
  'card.why': 'Why:',
  'card.found': 'Found in {quote}',
  'suppressed.show': {
    one: 'Show ignored matches ({count})',
    other: 'Show ignored matches ({count})',
  },
  'suppressed.hide': {
    one: 'Hide ignored matches ({count})',
    other: 'Hide ignored matches ({count})',
  },
  'suppressed.ignored': 'ignored: {reason}',
  'suppression.negated': 'negated',
  'suppression.hypothetical': 'hypothetical',
  'suppression.other_actor': 'someone other than the suspect',

  // The stalking summary
  'summary.likely': 'Stalking indicators: likely',
  'summary.notShown': 'Stalking indicators: not shown yet',
  'summary.evidenced': ': evidenced',
  'summary.notEvidenced': ': not evidenced',
  'summary.occasions': 'Occasions',
  'summary.notCounted': 'not counted',
  'summary.course': ' (course of conduct)',
  'summary.period': 'Period',
  'summary.notStated': 'not stated',
  'summary.relationship': 'Relationship',
  'summary.domestic': ' (domestic abuse)',
  'chrono.title': { one: 'Chronology ({count})', other: 'Chronology ({count})' },
  'chrono.noDate': 'date not given',
  'chrono.times': { one: ' ({count} time)', other: ' ({count} times)' },
  'chrono.noBehaviour': 'no behaviour named',

  // FOUR (its elements, relationships and prompt states come from src/prompts/labels.ts)
  'four.label': 'FOUR',

  // The prompt list
  'prompt.todo': 'To do',
  'prompt.mandatory': 'Required by force policy',
  'prompt.noSnooze': 'Required by force policy: this prompt cannot be snoozed.',
  'prompt.done': 'Done',
  'prompt.markDone': 'Mark done: {label}',
  'prompt.na': 'Not applicable',
  'prompt.na.label': 'Not applicable: {label}',
  'prompt.snooze': 'Snooze 1 hour',
  'prompt.snooze.label': 'Snooze 1 hour: {label}',
  'prompt.reasonForm': 'Reason not applicable: {label}',
  'prompt.reason': 'Reason',
  'prompt.chooseReason': 'Choose a reason',
  'prompt.otherReason': 'Other (type below)',
  'prompt.typeReason': 'Or type a reason',
  'prompt.reasonError': 'Give a reason: choose one or type your own.',
  'prompt.saveReason': 'Save reason',
  'prompt.cancel': 'Cancel',
  'prompt.doneBecause': 'Done: {text}',
  'prompt.reasonGiven': 'Reason: {text}',
  'prompt.steps': 'Needs assessment steps',
  'prompt.why': 'Why',
  'prompt.whyDone': 'Why, and when it counts as done',
  'prompt.doneWhen': 'Done when: ',
  'prompt.none': 'No prompts for this record.',

  // The SPO draft
  'spo.title': 'SPO grounds (draft)',
  'spo.crimeReference': 'Crime reference: {ref}',
  'spo.noReference': 'not read from the record',
  'spo.chronology': 'Chronology',
  'spo.noBehaviour': 'behaviour not identified',
  'spo.occasions': { one: ' ({count} occasion)', other: ' ({count} occasions)' },
  'spo.noDates': 'No dated occasions found.',
  'spo.beforeUse': 'Before you use it',
  'spo.prohibitions': 'Proposed prohibitions',
  'spo.requirements': 'Proposed requirements',
  'spo.noneSuggested': 'None suggested',
  'spo.copy': 'Copy draft',
  'spo.copied': 'Draft copied. Check it before you use it.',
  'spo.copyFailed': 'Could not copy. Select the text below and copy it by hand.',
  'spo.plain': 'Plain text',

  // The supervisor review in the panel
  'review.title': 'Supervisor review',
  'review.outstanding': ' (outstanding)',
  'review.record': 'Record reviewed',
  'review.recordAndLine': 'Record reviewed and add a review line to the notes',

  // The engine's reasons (src/core/aggregate.ts words the English `reasons` the same way)
  'reason.course':
    'Course of conduct: at least {occasions} occasions{period}{shown} (PHA 1997 s7: two or more)',
  'reason.course.shown': ', shown by {list}',
  'reason.single_incident':
    'The text describes a single incident, not a course of conduct (PHA 1997 s7 needs two or more)',
  'reason.one_occasion':
    'Only one occasion found: a single incident is not a course of conduct (PHA 1997 s7 needs two or more)',
  'reason.behaviour': '{what}{law}',
  'reason.behaviour.counted': '{what} on at least {count} occasions{period}{law}',
  'reason.place.none': 'Turning up or waiting where the victim is',
  'reason.place': "Turning up or waiting at the victim's {places}",
  'reason.four': 'FOUR: {list}',
  'reason.ex_partner':
    'Former partner: a course of conduct between ex-partners is recorded as stalking unless it is only harassment (since April 2020)',
  'reason.commercial':
    'The contact looks commercial, fraudulent or part of a legitimate process (e.g. debt collection, solicitors, co-parenting), not fixation on the person',
  'reason.ceased': 'The conduct appears to have stopped ("{quote}")',
  'reason.refuted': 'Enquiries found no evidence of the reported conduct ("{quote}")',
  'reason.advice': 'Reads as advice or general information, not a report of an incident',
  'reason.suppressed': {
    one: "{count} possible indicator was set aside (negated, hypothetical or someone else's act)",
    other:
      "{count} possible indicators were set aside (negated, hypothetical or someone else's act)",
  },
  'reason.judgement': 'Likely stalking{parts}',
  'reason.judgement.not': 'Not judged stalking on this text{parts}',
  'reason.raised': 'raised by {list}',
  'reason.lowered': 'lowered by {list}',
  'period.since': ' since {text}',
  'period.text': ' {text}',
  'period.over': ' over {span}',
  'period.days': { one: '{count} day', other: '{count} days' },
  'period.weeks': { one: '{count} week', other: '{count} weeks' },
  'period.months': { one: '{count} month', other: '{count} months' },
  'place.home': 'home',
  'place.work': 'work',
  'place.gym': 'gym',
  'place.school': 'school or college',
  'place.family': 'family',
  'place.church': 'church',
  'place.transport': 'bus stop or station',
  'list.and': '{rest} and {last}',

  // The summary block written into the record (its data line is language-independent)
  'block.written':
    'Written by Waymark on {time}. Waymark reads the account as it is typed and prompts recording steps; this is not a risk assessment.',
  'block.writtenFor':
    'Written by Waymark on {time} for officer {officer}. Waymark reads the account as it is typed and prompts recording steps; this is not a risk assessment.',
  'block.time': '{day} {month} {year} at {time} {zone}',
  'block.indicators': 'Stalking indicators in the account: {verdict}.',
  'block.likely': 'likely',
  'block.someNotLikely': 'some, not judged likely',
  'block.noneFound': 'none found',
  'block.occasions': 'Occasions: {occasions}{course}. Period: {period}.',
  'block.notCounted': 'not counted',
  'block.occasionCount': { one: '{count} occasion', other: '{count} occasions' },
  'block.course': ' (a course of conduct)',
  'block.notStated': 'not stated',
  'block.four': 'FOUR (fixated, obsessive, unwanted, repeated) shown: {shown}.',
  'block.none': 'none',
  'block.behaviours': 'Behaviours described: {list}.',
  'block.otherBehaviour': 'Other behaviour',
  'block.mentions': { one: '{count} mention', other: '{count} mentions' },
  'block.risks': 'Risk markers described: {list}.',
  'block.otherMarker': 'Other marker',
  'block.relationship': "Suspect's relationship to the victim: {relationship}{domestic}.",
  'block.domestic': ' (domestic abuse)',
  'block.s4a':
    'Fear of violence, or serious alarm or distress affecting daily life (PHA 1997 s4A): described.',
  'block.s4a.not':
    'Fear of violence, or serious alarm or distress affecting daily life (PHA 1997 s4A): not described.',
  'block.steps': 'Recording steps:',
  'block.noSteps': '- none shown',
  'block.otherStep': 'Other step',
  'block.state.open': 'still to do',
  'block.state.done': 'done',
  'block.state.not_applicable': 'not applicable',
  'block.state.snoozed': 'put off for now',
  'block.setBy': ', set by the officer on {time}',
  'block.setByOfficer': ', set by officer {officer} on {time}',
  'block.recordShows': ' (the record shows it)',
  'block.recordShowsBecause': ' (the record shows it: {because})',
  'block.reason': '. Reason given: "{reason}"',
  'block.mandatory': '. Required by force policy',

  // What the prompts found on the record, and what is missing
  'eval.withConsent': '{what}, with consent',
  'eval.referral': 'the narrative records a referral',
  'eval.classifiedStalking': 'the classification reads as stalking',
  'eval.stalkingFlag': 'the stalking flag is set alongside the principal crime',
  'eval.needClassification': 'a stalking classification, or the reason it is not stalking',
  'eval.classifiedS4a': 'the classification records s4A',
  'eval.needS4a': 's4A considered',
  'eval.riskScreenFilled': 'the risk screen field is filled',
  'eval.needRiskScreen': 'stalking screen (S-DASH or Stalking Screening Tool)',
  'eval.dashFilled': 'the DASH/DARA field is filled',
  'eval.needDash': 'DASH or DARA (domestic context)',
  'eval.needSupervisor': 'supervisor review (high risk)',
  'eval.needMarac': 'MARAC referral (high risk)',
  'eval.needClinic': 'stalking clinic or panel referral (high risk)',
  'eval.spoFilled': 'the SPO decision field is filled',
  'eval.needSpo': 'an SPO decision: apply, interim, or not applying and why',
  'eval.vnaReferralFilled': 'the VNA referral field is filled',
  'eval.needReferral': 'a referral to a stalking advocate or IDVA, with consent (or declined)',
  'eval.needEvidence': 'evidence secured (messages, call logs, footage, diary)',
  'eval.needDeviceCheck': 'a check of devices and car for trackers or spyware',
  'eval.needSteps': 'needs assessment steps',
  'eval.vnaFilled': 'the VNA field on the record is filled',
  'eval.needConsent': 'referral with consent',
  'eval.noAdvocacy': 'no local service set; ask your force stalking lead',
  'eval.noIdva': 'no local IDVA service set in settings',
  'eval.noPerpetrator': 'none set in settings, ask your force stalking lead',
  'eval.noHelplines': 'none set in settings',
  'eval.noneCounted': 'none counted',
  'eval.stepsClosed': 'every needs-assessment step is done or not applicable',

  // The options page
  'options.title': 'Waymark settings',
  'options.loading': 'Loading…',
  'options.readFailed': 'Could not read settings: {error}',
  'options.idTaken': 'id: a profile called {id} already exists',
  'options.notGranted': 'The browser did not grant access to {matches}; the profile was not saved.',
  'options.added': 'Added {name}.',
  'options.removed': 'Removed {name}.',
  'options.granted': 'Access granted for {name}.',
  'options.grantRefused': 'Access was not granted for {name}.',
  'options.saved': 'Saved.',
  'options.lede':
    'Waymark reads the crime record in this browser only. Nothing you type is stored or sent anywhere.',
  'options.notSaved': 'Not saved:',
  'options.where': 'Where Waymark runs',
  'options.profiles': 'Crime-recording systems (site profiles)',
  'options.name': 'Name',
  'options.addresses': 'Addresses',
  'options.setBy': 'Set by',
  'options.status': 'Status',
  'options.actions': 'Actions',
  'options.noProfiles': 'No systems yet. Add one below, or ask your IT team to set one by policy.',
  'options.trainingEnv': ' (training environment)',
  'options.byPolicy': 'Force policy',
  'options.byYou': 'You',
  'options.active': 'Active',
  'options.waiting': 'Waiting for access to {matches}',
  'options.grant': 'Grant access',
  'options.remove': 'Remove',
  'options.remove.label': 'Remove {name}',
  'options.policyProfiles': "Your force's policy manages the systems Waymark runs on.",
  'options.add': 'Add a system',
  'options.id': 'Id (lower-case, digits, hyphens)',
  'options.matches':
    'Addresses (match patterns, one per line, e.g. https://crime.force.police.uk/*)',
  'options.fields': 'Field map (optional JSON; blank finds narrative fields automatically)',
  'options.training': 'Training environment (trainers may switch demo mode on here)',
  'options.addSubmit': 'Add and ask for access',
  'options.you': 'You and your local services',
  'options.role': 'Role',
  'options.rolePolicy': "Set by your force's policy: {role}.",
  'options.roleHint': "Supervisor and trainer roles are set by your force's policy, not here.",
  'options.officerId': 'Officer id (collar or staff number)',
  'options.language': 'Language',
  'options.language.browser': "The browser's language",
  'options.languagePolicy': "Set by your force's policy.",
  'options.services': 'Local services named in prompts (national services are used where blank)',
  'options.service.stalkingAdvocacy': 'Stalking advocacy service',
  'options.service.idva': 'IDVA service',
  'options.service.perpetratorProgramme': 'Perpetrator programme',
  'options.service.name': '{label}: name',
  'options.service.phone': 'phone',
  'options.save': 'Save',
  'options.policy': "What your force's policy sets",
  'options.source.policy': 'set by policy',
  'options.source.local': 'set by you',
  'options.source.default': 'default',
  'options.refused': 'Policy values refused',
  'options.support': 'Support: {contact}',
  'options.nav': 'Other Waymark pages',
  'options.dashboard': 'Supervisor dashboard',
  'options.demo': 'Training demo',
  'training.readFailed': 'Could not read the training settings: {error}',
  'training.on':
    'Demo mode is on for {name}. Reload its open pages: a page keeps the log it started with.',
  'training.off':
    'Demo mode is off for {name}. Reload its open pages: a page keeps the log it started with.',
  'training.title': 'Training environments',
  'training.lede':
    "In demo mode, what you and your trainees do on a training environment goes to the training log below, never to the real audit log, and Waymark's panel says so.",
  'training.refused': '{name}: demo mode is not available ({refusal}).',
  'training.switch': 'Demo mode on {name}',
  'training.log': 'Training log',
  'training.events': {
    one: '{count} event, all marked demo.',
    other: '{count} events, all marked demo.',
  },
  'training.refresh': 'Refresh',
  'training.time': 'Time',
  'training.record': 'Record',
  'training.event': 'Event',
  'training.prompt': 'Prompt',
  'training.state': 'State',
  'training.none': 'none',
} as const;

/** The English table: the keys every language must give, with their English wording. */
export const en = {
  ...MESSAGES,
  ...packMessages(corePack as unknown as RulePack),
  ...catalogueMessages(CATALOGUE),
  ...prefixed('four.', FOUR_LABEL),
  ...prefixed('relationship.', RELATIONSHIP_LABEL),
  ...prefixed('state.', STATE_LABEL),
};

/** One message id. */
export type MessageKey = keyof typeof en;

/** The forms of a plural message, by Intl.PluralRules category; `other` is always given. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A whole message table: exactly the English keys, each a string or plural forms as in English. */
export type Messages = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms;
};
