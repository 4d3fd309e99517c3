import type { SuppressionReason } from '../core/types';
import type { FieldRole } from '../prompts/types';

/** Plain words for what the panel shows; ids stay ids everywhere else. */
export { FOUR_LABEL } from '../prompts/labels';

export const SUPPRESSION_LABEL: Record<SuppressionReason, string> = {
  negated: 'negated',
  hypothetical: 'hypothetical',
  other_actor: 'someone other than the suspect',
};

const ROLE_LABEL: Partial<Record<FieldRole, string>> = {
  narrative: 'Narrative (MO / circumstances)',
  crimeReference: 'Crime reference',
  classification: 'Classification',
  daFlag: 'Domestic abuse flag',
  stalkingFlag: 'Stalking flag',
  relationship: 'Relationship of suspect to victim',
  riskScreen: 'Stalking screen (S-DASH)',
  dashRisk: 'DASH risk level',
  spoDecision: 'SPO decision',
  notes: 'Notes (for the summary)',
};

/** Plain name of a field role, e.g. "VNA: support referral" for `vna.support_referral`. */
export function roleLabel(role: FieldRole): string {
  const known = ROLE_LABEL[role];
  if (known) return known;
  if (role.startsWith('vna.')) return `VNA: ${role.slice(4).replace(/_/g, ' ')}`;
  return role;
}
