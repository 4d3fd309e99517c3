import type { BehaviourId, CourseBasis, RiskId } from '../core/types';
import type { FeatureId } from '../core/judgement';
import type { RulePack } from '../rules/types';

/** Message keys whose English comes from the rule pack (names of behaviours, risks and features). */
export type PackMessageKey =
  `behaviour.${BehaviourId}` | `risk.${RiskId}` | `feature.${FeatureId}` | `basis.${CourseBasis}`;

/**
 * The English names the rule pack carries, as messages: the pack stays the one source of the
 * English names (a force extension may rename them), and the Welsh table gives the same keys.
 */
export function packMessages(
  pack: Pick<RulePack, 'behaviours' | 'risks' | 'words'>,
): Record<PackMessageKey, string> {
  const out: Record<string, string> = {};
  for (const [id, b] of Object.entries(pack.behaviours)) out[`behaviour.${id}`] = b.label;
  for (const [id, r] of Object.entries(pack.risks)) out[`risk.${id}`] = r.label;
  for (const [id, w] of Object.entries(pack.words.features)) out[`feature.${id}`] = w;
  for (const [id, w] of Object.entries(pack.words.courseBasis)) out[`basis.${id}`] = w;
  return out as Record<PackMessageKey, string>;
}
