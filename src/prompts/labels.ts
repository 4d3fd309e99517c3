/**
 * Plain words for ids, from one place: the panel, the hover cards, the inserted summary and the
 * dashboard all name things the same way. Behaviour and risk names come from the rule pack and
 * prompt names from the catalogue (both data); the few fixed lists below are the rest. Ids stay
 * ids in data, test hooks and the audit.
 */
import type { FourElement, RelationshipId, RiskId, BehaviourId } from '../core/types';
import type { RulePack } from '../rules/types';
import type { Catalogue } from './catalogue';
import type { PromptId, PromptState, VnaStepId } from './types';

export const FOUR_LABEL: Record<FourElement, string> = {
  fixated: 'Fixated',
  obsessive: 'Obsessive',
  unwanted: 'Unwanted',
  repeated: 'Repeated',
};

export const RELATIONSHIP_LABEL: Record<RelationshipId, string> = {
  ex_partner: 'Ex-partner',
  partner: 'Partner',
  family: 'Family member',
  acquaintance: 'Acquaintance',
  colleague: 'Colleague',
  neighbour: 'Neighbour',
  client_or_customer: 'Client or customer',
  stranger: 'Stranger',
  online_only: 'Known online only',
  unknown: 'Not stated',
};

export const STATE_LABEL: Record<PromptState, string> = {
  open: 'Open',
  done: 'Done',
  not_applicable: 'Not applicable',
  snoozed: 'Snoozed',
};

/** A prompt or a needs-assessment step, as the audit and the summary name them. */
export type PromptRef = PromptId | `vna.${VnaStepId}`;

/** Name of each prompt and step, from the catalogue's titles. */
export function promptNames(catalogue: Catalogue): Record<PromptRef, string> {
  const out: Record<string, string> = {};
  const vna = catalogue.prompts.find((p) => p.id === 'vna')?.title ?? 'Needs assessment';
  for (const p of catalogue.prompts) out[p.id] = p.title;
  for (const s of catalogue.vnaSteps) out[`vna.${s.id}`] = `${vna}: ${s.title}`;
  return out as Record<PromptRef, string>;
}

/** Every name the inserted summary uses, from the pack and the catalogue. */
export function summaryNames(
  pack: Pick<RulePack, 'behaviours' | 'risks'>,
  catalogue: Catalogue,
  words?: Readonly<Record<string, unknown>>,
): ReturnType<typeof findingNames> & { prompt: Record<PromptRef, string> } {
  return { ...findingNames(pack, words), prompt: promptNames(catalogue) };
}

/**
 * Name of each behaviour and risk marker: from `words` (a message table, `behaviour.<id>` and
 * `risk.<id>`) where it has one, else from the rule pack.
 */
export function findingNames(
  pack: Pick<RulePack, 'behaviours' | 'risks'>,
  words: Readonly<Record<string, unknown>> = {},
): {
  behaviour: Record<BehaviourId, string>;
  risk: Record<RiskId, string>;
} {
  const behaviour: Record<string, string> = {};
  const risk: Record<string, string> = {};
  const word = (key: string, fallback: string) => {
    const w = words[key];
    return typeof w === 'string' ? w : fallback;
  };
  for (const [id, b] of Object.entries(pack.behaviours))
    behaviour[id] = word(`behaviour.${id}`, b.label);
  for (const [id, r] of Object.entries(pack.risks)) risk[id] = word(`risk.${id}`, r.label);
  return {
    behaviour: behaviour as Record<BehaviourId, string>,
    risk: risk as Record<RiskId, string>,
  };
}
