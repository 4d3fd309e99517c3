import type { BehaviourId, CourseBasis, RiskId } from '../core/types';
import type { FeatureId } from '../core/judgement';
import type { RulePack } from '../rules/types';

/** Message keys whose English comes from the rule pack (names of behaviours, risks and features). */
export type PackMessageKey =
  | `behaviour.${BehaviourId}`
  | `risk.${RiskId}`
  | `feature.${FeatureId}`
  | `basis.${CourseBasis}`
  | `why.${BehaviourId}`
  | `law.${BehaviourId}`;

/**
 * Keys of a rule's own lines: its explanation (`why`) and, when it has one, its legal hook (`law`).
 * Rule ids come from the pack, and a force's pack adds its own, so the type cannot list them: the
 * i18n test checks both tables give one for every rule of the core pack.
 */
export type RuleMessageKey = `rule.${string}.why` | `rule.${string}.law`;

/**
 * The English names the rule pack carries, as messages: the pack stays the one source of the
 * English names (a force extension may rename them), and the Welsh table gives the same keys.
 * A behaviour card's "why" and law lines and each rule's explanation and law come the same way.
 */
export function packMessages(
  pack: Pick<RulePack, 'behaviours' | 'risks' | 'words' | 'rules'>,
): Record<PackMessageKey, string> & Record<RuleMessageKey, string> {
  const out: Record<string, string> = {};
  for (const [id, b] of Object.entries(pack.behaviours)) {
    out[`behaviour.${id}`] = b.label;
    out[`why.${id}`] = b.why;
    out[`law.${id}`] = b.law;
  }
  for (const [id, r] of Object.entries(pack.risks)) out[`risk.${id}`] = r.label;
  for (const [id, w] of Object.entries(pack.words.features)) out[`feature.${id}`] = w;
  for (const [id, w] of Object.entries(pack.words.courseBasis)) out[`basis.${id}`] = w;
  Object.assign(out, ruleMessages(pack));
  return out as Record<PackMessageKey, string> & Record<RuleMessageKey, string>;
}

/** Each rule's explanation and non-empty law line, keyed `rule.<id>.why` and `rule.<id>.law`. */
export function ruleMessages(pack: Pick<RulePack, 'rules'>): Record<RuleMessageKey, string> {
  const out: Record<string, string> = {};
  for (const r of pack.rules) {
    out[`rule.${r.id}.why`] = r.explanation;
    if (r.law) out[`rule.${r.id}.law`] = r.law;
  }
  return out as Record<RuleMessageKey, string>;
}
