/**
 * Contract between the adapters (which read the record), the prompt engine (which decides what to
 * ask) and the overlay (which shows it). Prompt ids and VNA sub-step ids come from
 * ../shared/domain/taxonomy.md and never change.
 */

export const PROMPT_IDS = [
  'classification',
  's4a',
  'risk_screening',
  'vna',
  'spo',
  'safeguarding',
  'evidence',
] as const;
export type PromptId = (typeof PROMPT_IDS)[number];

export const VNA_STEP_IDS = [
  'enhanced_rights',
  'communication_needs',
  'contact_plan',
  'support_referral',
  'written_confirmation',
  'vps',
  'compensation',
  'special_measures',
  'bail_views',
] as const;
export type VnaStepId = (typeof VNA_STEP_IDS)[number];

export const PROMPT_STATES = ['open', 'done', 'not_applicable', 'snoozed'] as const;
export type PromptState = (typeof PROMPT_STATES)[number];

/**
 * Field roles a site profile can map (issue 4, item 1). `narrative` may map to several fields.
 * VNA sub-steps are mapped one role each, as `vna.<step id>`.
 */
export const FIELD_ROLES = [
  'narrative',
  'crimeReference',
  'classification',
  'daFlag',
  'stalkingFlag',
  'relationship',
  'riskScreen',
  'dashRisk',
  'spoDecision',
  'notes',
  ...VNA_STEP_IDS.map((s) => `vna.${s}` as const),
] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

/**
 * What the record currently holds, read through the profile's roles. `null` means the field was
 * not found or not mapped (unknown), which is different from an empty value ("").
 * Checkbox fields read as booleans; selects as their visible option text; text as its value.
 */
export interface RecordState {
  crimeReference: string | null;
  classification: string | null;
  flags: { domesticAbuse: boolean | null; stalking: boolean | null };
  relationship: string | null;
  riskScreen: string | null;
  dashRisk: string | null;
  spoDecision: string | null;
  notes: string | null;
  vna: Partial<Record<VnaStepId, string | boolean | null>>;
  /** All narrative fields joined with blank lines, in document order. */
  narrative: string;
}

export const EMPTY_RECORD: RecordState = {
  crimeReference: null,
  classification: null,
  flags: { domesticAbuse: null, stalking: null },
  relationship: null,
  riskScreen: null,
  dashRisk: null,
  spoDecision: null,
  notes: null,
  vna: {},
  narrative: '',
};

/** An officer's decision on a prompt, kept per record (never the narrative). */
export interface OfficerAction {
  promptId: PromptId | `vna.${VnaStepId}`;
  state: Exclude<PromptState, 'open'>;
  /** Required for not_applicable. */
  reason?: string;
  /** ms since epoch; snoozed prompts reopen after `until`. */
  at: number;
  until?: number;
}

/** One prompt as the overlay shows it. */
export interface PromptView {
  id: PromptId;
  state: PromptState;
  /**
   * Force policy made this prompt mandatory: it shows whenever any behaviour is found, it cannot
   * be snoozed, and (like every prompt) it is set not_applicable only with a reason.
   */
  mandatory: boolean;
  /** Short title, e.g. "Record an SPO decision". */
  title: string;
  /** What to do, in plain words an officer understands at 3 a.m. */
  ask: string;
  /** Why: the rule or guidance, named. */
  why: string;
  /** How the prompt is satisfied ("SPO decision field filled, or the narrative records it"). */
  satisfiedBy: string;
  /** Why the engine thinks it is done, when state is done because of the record. */
  doneBecause: string | null;
  /** Specific points that apply to this record (e.g. "former partner: April 2020 recording rule"). */
  points: string[];
  /** VNA sub-steps (only for the vna prompt). */
  steps: {
    id: VnaStepId;
    state: PromptState;
    title: string;
    ask: string;
    doneBecause: string | null;
    /** Why this step is asked: the Victims' Code right, named (added by the prompt engine). */
    why?: string;
    /** Short list of reasons offered for not applicable; the officer may also type one. */
    naReasons?: string[];
    /** The officer's reason, when the step is not applicable by their action. */
    reason?: string;
  }[];
  reason?: string;
  /** Short list of reasons offered for not applicable; the officer may also type one. */
  naReasons?: string[];
}
