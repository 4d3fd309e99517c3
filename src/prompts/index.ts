/**
 * Public surface of the prompt engine. Runtime-safe for the content script: nothing exported
 * here imports zod. Schemas are imported directly from `./catalogue.schema` and
 * `./services.schema` by the background, the options page and tests.
 */
export * from './types';
export { CATALOGUE, CATALOGUE_VERSION, CONDITIONS, promptDef } from './catalogue';
export type { Catalogue, Condition, PointDef, PromptDef, VnaStepDef } from './catalogue';
export {
  DEFAULT_SNOOZE_MS,
  HIGH_RISK_MARKERS,
  classify,
  conditionsFor,
  evaluatePrompts,
  isFilled,
  latestAction,
} from './evaluate';
export type { ClassificationKind, EvaluateInput } from './evaluate';
export { CUE_IDS, cueSet, findCues, hasCue, isNegated } from './narrative-cues';
export type { CueId, CueMatch } from './narrative-cues';
export { SUMMARY_END, SUMMARY_START, findSummaryBlock, replaceSummary } from './summary';
export { summaryInput, summaryRequest, toSummaryInput, SUMMARY_LIMITS } from './summary-input';
export type { SummaryInput, SummaryPrompt, SummaryRequest } from './summary-input';
export { summaryDigests, type SummaryDigests } from './summary-digest';
export { behaviourPlain, spoDraftMark, buildSpoDraft } from './spo-draft';
export { spoDraftInput, type SpoDraftInput } from './spo-draft-input';
export type { ChronologyLine, SpoDraft, SpoDraftSection } from './spo-draft';
export {
  DEFAULT_SERVICES,
  NATIONAL_HELPLINES,
  formatService,
  withNationalDefaults,
} from './services';
export type { Service, ServicesDirectory } from './services';
