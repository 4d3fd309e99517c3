/**
 * The prompt engine: turns the analysis, the record's current values, the
 * officer's actions and force policy into the prompts the overlay shows, each with a state.
 * Pure and deterministic: no DOM, no clock (the caller passes `now`), no zod.
 */
import { DOMESTIC_RELATIONSHIPS } from '../core/types';
import type { Analysis, BehaviourId, RiskId } from '../core/types';
import type { Catalogue, Condition, PromptDef, VnaStepDef } from './catalogue';
import { compileCues, findCues, type CompiledCues } from './narrative-cues';
import type { CueId, CueMatch } from './narrative-cues';
import { formatService } from './services';
import { t } from '../i18n/runtime';
import type { ServicesDirectory } from './services';
import type {
  OfficerAction,
  PromptId,
  PromptState,
  PromptView,
  RecordState,
  VnaStepId,
} from './types';

/** What the engine needs. `now` is ms since epoch; the engine never reads the clock itself. */
export interface EvaluateInput {
  analysis: Analysis;
  record: RecordState;
  actions: OfficerAction[];
  /** Prompts force policy makes mandatory. */
  mandatory: PromptId[];
  services: ServicesDirectory;
  now: number;
  /**
   * The prompt catalogue (src/prompts/catalogue.ts). Passed in rather than imported so the
   * content script receives it by message from the background and its bundle stays small.
   */
  catalogue: Catalogue;
}

/** A snooze without `until` lasts this long (one hour). */
export const DEFAULT_SNOOZE_MS = 60 * 60 * 1000;

/**
 * Risk markers that call for supervisor review and a MARAC or stalking clinic referral
 * (reference.md 3.1 professional-judgement indicators and 8.3: threats, violence, third-party
 * harassment, persuading others, escalation).
 */
export const HIGH_RISK_MARKERS: readonly RiskId[] = [
  'threat_to_kill',
  'weapon',
  'strangulation',
  'sdash_6_threats',
  'sdash_7_third_parties',
  'sdash_8_violence_now',
  'sdash_9_enlisted_others',
  'escalation',
];

const TECH_BEHAVIOURS: readonly BehaviourId[] = [
  'monitoring_online',
  'tracking_device',
  'fake_accounts',
];

/** How the record's classification field reads. */
export type ClassificationKind = 'stalking' | 'harassment' | 'malcomms' | 'other' | 'unknown';

/** Values a select or text field shows when nothing real has been chosen or done. */
const EMPTY_VALUE =
  /^(?:|select\b.*|please select\b.*|choose\b.*|none|n\/?a|no|false|not (?:yet )?(?:known|done|completed|considered|recorded|set)|pending|tbc|to do|outstanding|unknown)$/i;

/**
 * True when a record field shows the step was done. A checkbox reads as a boolean; a select or
 * text field counts when it holds a real value. "No", "Pending", "Select..." do not count, since
 * on these forms they mean the step has not happened.
 */
export function isFilled(value: string | boolean | null | undefined): boolean {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return false;
  // Strip the dashes and brackets forms put around placeholders ("-- Select --", "[none]").
  return !EMPTY_VALUE.test(value.replace(/^[\s\-–—_.([<]+|[\s\-–—_.)\]>]+$/g, ''));
}

/** Read the classification field into a kind. */
export function classify(classification: string | null): ClassificationKind {
  if (classification === null || !isFilled(classification)) return 'unknown';
  const c = classification;
  if (/stalk|\b8Q\b|\b(?:s\.?\s?|section\s)?[24]A\b/i.test(c)) return 'stalking';
  if (/harass|\b8[LM]\b/i.test(c)) return 'harassment';
  if (/malicious|\bcomms\b|communications/i.test(c)) return 'malcomms';
  return 'other';
}

const EX_PARTNER_TEXT =
  /\b(?:ex|former|previous)[- ]?(?:partner|husband|wife|boyfriend|girlfriend|spouse|civil partner)\b|^ex$/i;
const DOMESTIC_TEXT =
  /\b(?:partner|husband|wife|boyfriend|girlfriend|spouse|family|mother|father|parent|son|daughter|brother|sister|sibling)\b/i;

const RECORDED_HIGH = /\bhigh\b/i;

/** Facts about this analysis and record, as catalogue conditions. */
export function conditionsFor(
  analysis: Analysis,
  record: RecordState,
  cues: ReadonlySet<CueId>,
): Set<Condition> {
  const has = (id: BehaviourId) => analysis.behaviours.some((b) => b.id === id);
  const risk = (id: RiskId) => analysis.risk.some((r) => r.id === id);
  const out = new Set<Condition>();
  const add = (c: Condition, when: boolean) => {
    if (when) out.add(c);
  };
  const relationshipText = record.relationship ?? '';
  const exPartner =
    analysis.relationship === 'ex_partner' || EX_PARTNER_TEXT.test(relationshipText);
  add('stalking_likely', analysis.stalking.likely);
  add('any_behaviour', analysis.behaviours.length > 0);
  const course = analysis.stalking.courseOfConduct || (analysis.stalking.occasions ?? 0) >= 2;
  add('course_of_conduct', course);
  add('one_occasion', !course && analysis.behaviours.length > 0);
  add('ex_partner', exPartner);
  add(
    'domestic',
    analysis.domestic ||
      DOMESTIC_RELATIONSHIPS.includes(analysis.relationship) ||
      exPartner ||
      record.flags.domesticAbuse === true ||
      DOMESTIC_TEXT.test(relationshipText),
  );
  add('s4a_indicated', analysis.s4a.indicated);
  add('s4a_fear', analysis.s4a.fearOfViolenceOccasions > 0);
  add('s4a_alarm', analysis.s4a.seriousAlarmDistress);
  add(
    'high_risk',
    analysis.risk.some((r) => HIGH_RISK_MARKERS.includes(r.id)) ||
      RECORDED_HIGH.test(record.riskScreen ?? '') ||
      RECORDED_HIGH.test(record.dashRisk ?? '') ||
      cues.has('risk_high'),
  );
  add(
    'third_parties',
    has('contacting_third_parties') ||
      risk('sdash_7_third_parties') ||
      risk('sdash_9_enlisted_others'),
  );
  add('breach_of_order', has('breach_of_order'));
  add('tech_enabled', TECH_BEHAVIOURS.some(has));
  add('threats', has('threats') || risk('sdash_6_threats') || risk('threat_to_kill'));
  add('victim_frightened', risk('sdash_1_very_frightened'));
  const kind = classify(record.classification);
  add('classified_stalking', kind === 'stalking');
  add('classified_harassment', kind === 'harassment');
  add('classified_malcomms', kind === 'malcomms');
  add('classified_other', kind === 'other');
  add('classification_unknown', kind === 'unknown');
  add('stalking_flag_unset', record.flags.stalking === false);
  add('da_flag_unset', record.flags.domesticAbuse === false);
  return out;
}

/** Result of checking whether the record already satisfies a prompt or step. */
interface Satisfaction {
  done: boolean;
  /** Why it is done (or partly done), in plain words. */
  because: string[];
  /** What is still missing, in plain words (shown as points while open). */
  missing: string[];
}

/** Cue matches indexed for "same sentence" checks. */
class Cues {
  readonly ids: Set<CueId>;
  constructor(
    private readonly text: string,
    private readonly matches: CueMatch[],
    private readonly labels: Record<CueId, string>,
  ) {
    this.ids = new Set(matches.map((m) => m.id));
  }
  /** What the cue shows, in the catalogue's plain words. */
  label(id: CueId): string {
    return this.labels[id];
  }
  has(id: CueId): boolean {
    return this.ids.has(id);
  }
  /** First of `ids` present, or null. */
  first(...ids: CueId[]): CueId | null {
    return ids.find((id) => this.ids.has(id)) ?? null;
  }
  /** Offsets just after each sentence end, built once, for `sentenceOf`. */
  private ends: number[] | null = null;
  /** Sentence number of an offset, so a referral and its consent can be tied together. */
  private sentenceOf(offset: number): number {
    if (!this.ends) {
      this.ends = [];
      const re = /[.!?\n]/g;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) this.ends.push(m.index + 1);
    }
    // Binary search: how many sentence ends come at or before `offset`.
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** True when a match of one of `as` and a match of `b` sit in the same sentence. */
  together(as: CueId[], b: CueId): boolean {
    const bs = this.matches.filter((m) => m.id === b).map((m) => this.sentenceOf(m.start));
    return this.matches.some((m) => as.includes(m.id) && bs.includes(this.sentenceOf(m.start)));
  }
}

const REFERRAL_CUES: CueId[] = ['advocate_referral', 'idva_referral', 'support_referral'];

function referralRecorded(cues: Cues): string | null {
  if (cues.together(REFERRAL_CUES, 'referral_consent')) {
    const which = cues.first(...REFERRAL_CUES);
    return t('eval.withConsent', { what: which ? cues.label(which) : t('eval.referral') });
  }
  if (cues.has('referral_declined')) return cues.label('referral_declined');
  return null;
}

function satisfied(because: string[], missing: string[]): Satisfaction {
  return { done: missing.length === 0 && because.length > 0, because, missing };
}

/** Does the record or narrative already satisfy this prompt? */
function checkPrompt(
  id: PromptId,
  record: RecordState,
  cues: Cues,
  conds: ReadonlySet<Condition>,
): Satisfaction {
  switch (id) {
    case 'classification': {
      const kind = classify(record.classification);
      if (kind === 'stalking') return satisfied([t('eval.classifiedStalking')], []);
      if (kind === 'other' && record.flags.stalking === true) {
        return satisfied([t('eval.stalkingFlag')], []);
      }
      const cue = cues.first(
        kind === 'other' ? 'included_classification' : 'classification_rationale',
        'classification_rationale',
      );
      if (cue) return satisfied([cues.label(cue)], []);
      return satisfied([], [t('eval.needClassification')]);
    }
    case 's4a': {
      if (/\b(?:s\.?\s?|section\s)?4A\b/i.test(record.classification ?? '')) {
        return satisfied([t('eval.classifiedS4a')], []);
      }
      if (cues.has('s4a_considered')) return satisfied([cues.label('s4a_considered')], []);
      return satisfied([], [t('eval.needS4a')]);
    }
    case 'risk_screening': {
      const because: string[] = [];
      const missing: string[] = [];
      if (isFilled(record.riskScreen)) because.push(t('eval.riskScreenFilled'));
      else if (cues.has('sdash_completed')) because.push(cues.label('sdash_completed'));
      else missing.push(t('eval.needRiskScreen'));
      if (conds.has('domestic')) {
        const cue = cues.first('dash_completed', 'dara_completed');
        if (isFilled(record.dashRisk)) because.push(t('eval.dashFilled'));
        else if (cue) because.push(cues.label(cue));
        else missing.push(t('eval.needDash'));
      }
      if (conds.has('high_risk')) {
        if (cues.has('supervisor_informed')) because.push(cues.label('supervisor_informed'));
        else missing.push(t('eval.needSupervisor'));
        const referral = conds.has('domestic')
          ? cues.first('marac_referral', 'stalking_clinic')
          : cues.first('stalking_clinic', 'marac_referral');
        if (referral) because.push(cues.label(referral));
        else missing.push(conds.has('domestic') ? t('eval.needMarac') : t('eval.needClinic'));
      }
      return satisfied(because, missing);
    }
    case 'spo': {
      if (isFilled(record.spoDecision)) return satisfied([t('eval.spoFilled')], []);
      const cue = cues.first('spo_interim', 'spo_applied', 'spo_not_applied', 'spo_considered');
      if (cue) return satisfied([cues.label(cue)], []);
      return satisfied([], [t('eval.needSpo')]);
    }
    case 'safeguarding': {
      const because: string[] = [];
      const missing: string[] = [];
      const referral = referralRecorded(cues);
      if (referral) because.push(referral);
      else if (isFilled(record.vna.support_referral)) because.push(t('eval.vnaReferralFilled'));
      else missing.push(t('eval.needReferral'));
      return satisfied(because, missing);
    }
    case 'evidence': {
      const because: string[] = [];
      const missing: string[] = [];
      if (cues.has('evidence_preserved')) because.push(cues.label('evidence_preserved'));
      else missing.push(t('eval.needEvidence'));
      if (conds.has('tech_enabled')) {
        if (cues.has('device_check')) because.push(cues.label('device_check'));
        else missing.push(t('eval.needDeviceCheck'));
      }
      return satisfied(because, missing);
    }
    case 'vna':
      // The VNA prompt is done from its steps; see evaluateVna.
      return satisfied([], [t('eval.needSteps')]);
  }
}

const VNA_CUES: Record<VnaStepId, CueId | null> = {
  enhanced_rights: 'enhanced_rights',
  communication_needs: 'communication_needs',
  contact_plan: 'contact_plan',
  support_referral: null,
  written_confirmation: 'written_confirmation',
  vps: 'vps',
  compensation: 'compensation',
  special_measures: 'special_measures',
  bail_views: 'bail_views',
};

function checkStep(id: VnaStepId, record: RecordState, cues: Cues): Satisfaction {
  if (isFilled(record.vna[id])) return satisfied([t('eval.vnaFilled')], []);
  if (id === 'support_referral') {
    const referral = referralRecorded(cues);
    return referral ? satisfied([referral], []) : satisfied([], [t('eval.needConsent')]);
  }
  const cue = VNA_CUES[id];
  if (cue && cues.has(cue)) return satisfied([cues.label(cue)], []);
  return satisfied([], [id]);
}

/**
 * The officer's latest effective action for a prompt or step, or null.
 * A not-applicable action without a reason is ignored (a reason is always required), and an
 * expired snooze reopens the prompt. With `mandatory`, snoozes are ignored altogether: force
 * policy requires the prompt, so it cannot be put off (an old or forged snooze saved for the
 * record must not hide it either).
 */
export function latestAction(
  actions: readonly OfficerAction[],
  target: OfficerAction['promptId'],
  now: number,
  mandatory = false,
): OfficerAction | null {
  let latest: OfficerAction | null = null;
  for (const a of actions) {
    if (a.promptId !== target) continue;
    if (a.state === 'not_applicable' && !(a.reason ?? '').trim()) continue;
    if (mandatory && a.state === 'snoozed') continue;
    // Later entries win ties, so the array order of equal timestamps is respected.
    if (!latest || a.at >= latest.at) latest = a;
  }
  if (latest?.state === 'snoozed' && now >= (latest.until ?? latest.at + DEFAULT_SNOOZE_MS)) {
    return null;
  }
  return latest;
}

function sentence(parts: string[]): string | null {
  if (parts.length === 0) return null;
  const s = parts.join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

/** Fill {placeholders} in catalogue text from the analysis, record and services. */
function fill(text: string, input: EvaluateInput): string {
  const { analysis, record, services } = input;
  const values: Record<string, string> = {
    advocacy: services.stalkingAdvocacy
      ? formatService(services.stalkingAdvocacy)
      : t('eval.noAdvocacy'),
    idva: services.idva ? formatService(services.idva) : t('eval.noIdva'),
    perpetrator: services.perpetratorProgramme
      ? formatService(services.perpetratorProgramme)
      : t('eval.noPerpetrator'),
    helplines: services.helplines.map(formatService).join('; ') || t('eval.noHelplines'),
    occasions:
      analysis.stalking.occasions === null
        ? t('eval.noneCounted')
        : String(analysis.stalking.occasions),
    fearOccasions: String(analysis.s4a.fearOfViolenceOccasions),
    classification: (record.classification ?? '').trim(),
  };
  return text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}

function applies(def: PromptDef, conds: ReadonlySet<Condition>, mandatory: boolean): boolean {
  if (def.appliesWhen.some((group) => group.every((c) => conds.has(c)))) return true;
  // Policy-mandatory prompts show on any stalking indicator, not only when stalking is likely.
  return mandatory && conds.has('any_behaviour');
}

function stateFrom(
  check: Satisfaction,
  action: OfficerAction | null,
): { state: PromptState; doneBecause: string | null; reason?: string } {
  if (check.done) return { state: 'done', doneBecause: sentence(check.because) };
  if (action) {
    return action.reason === undefined
      ? { state: action.state, doneBecause: null }
      : { state: action.state, doneBecause: null, reason: action.reason };
  }
  return { state: 'open', doneBecause: null };
}

/** VNA steps; `mandatory` is the VNA prompt's own policy flag, which its steps share. */
function evaluateSteps(input: EvaluateInput, cues: Cues, mandatory: boolean): PromptView['steps'] {
  return input.catalogue.vnaSteps.map((def: VnaStepDef) => {
    const check = checkStep(def.id, input.record, cues);
    const { state, doneBecause, reason } = stateFrom(
      check,
      latestAction(input.actions, `vna.${def.id}`, input.now, mandatory),
    );
    const step: PromptView['steps'][number] = {
      id: def.id,
      state,
      title: def.title,
      ask: fill(def.ask, input),
      doneBecause,
      why: def.why,
      naReasons: [...def.naReasons],
    };
    if (reason !== undefined) step.reason = reason;
    return step;
  });
}

/** Cue patterns compiled once per catalogue object (the page keeps one for its lifetime). */
const compiled = new WeakMap<Catalogue, CompiledCues>();
function compiledCues(catalogue: Catalogue): CompiledCues {
  let c = compiled.get(catalogue);
  if (!c) compiled.set(catalogue, (c = compileCues(catalogue.cues)));
  return c;
}

/**
 * Evaluate every prompt in the catalogue against the analysis and the record.
 * Returns only prompts that apply, in catalogue order; [] when there are no stalking indicators.
 * State: done when the record or narrative satisfies it; else the officer's latest action
 * (a snooze reopens after `until`); else open.
 * A policy-mandatory prompt shows whenever any behaviour is found, is never snoozed (snooze
 * actions on it and, for `vna`, on its steps are ignored) and, like every prompt, is only set
 * not applicable with a reason.
 */
export function evaluatePrompts(input: EvaluateInput): PromptView[] {
  const { analysis, record } = input;
  const matches = findCues(record.narrative, compiledCues(input.catalogue));
  const cues = new Cues(record.narrative, matches, input.catalogue.cueLabels);
  const conds = conditionsFor(analysis, record, cues.ids);
  const views: PromptView[] = [];
  for (const def of input.catalogue.prompts) {
    const mandatory = input.mandatory.includes(def.id);
    if (!applies(def, conds, mandatory)) continue;
    const steps = def.id === 'vna' ? evaluateSteps(input, cues, mandatory) : [];
    let check = checkPrompt(def.id, record, cues, conds);
    if (def.id === 'vna') {
      const allClosed = steps.every((s) => s.state === 'done' || s.state === 'not_applicable');
      check = allClosed
        ? satisfied([t('eval.stepsClosed')], [])
        : satisfied(
            [],
            steps
              .filter((s) => s.state !== 'done' && s.state !== 'not_applicable')
              .map((s) => s.title),
          );
    }
    const { state, doneBecause, reason } = stateFrom(
      check,
      latestAction(input.actions, def.id, input.now, mandatory),
    );
    const points: string[] = [];
    if (def.id !== 'vna' && check.because.length > 0 && check.missing.length > 0) {
      points.push(t('eval.recorded', { list: check.because.join('; ') }));
    }
    if (state !== 'done' && def.id !== 'vna' && check.missing.length > 0) {
      points.push(t('eval.missing', { list: check.missing.join('; ') }));
    }
    for (const p of def.points) {
      if (p.when.every((c) => conds.has(c))) points.push(fill(p.text, input));
    }
    const view: PromptView = {
      id: def.id,
      state,
      mandatory,
      title: state === 'open' || state === 'snoozed' ? def.missingTitle : def.title,
      ask: fill(def.ask, input),
      why: def.why,
      satisfiedBy: def.satisfiedBy,
      doneBecause,
      points,
      steps,
      naReasons: [...def.naReasons],
    };
    if (reason !== undefined) view.reason = reason;
    views.push(view);
  }
  return views;
}
