import type { FourElement, SuppressionReason } from '../core/types';
import type { FieldRole } from '../prompts/types';
import type { MessageKey } from '../i18n/en';
import { messages, t } from '../i18n/runtime';

/** Plain words for what the panel shows, from the active message table; ids stay ids elsewhere. */
export const fourLabel = (f: FourElement): string => t(`four.${f}`);

export const suppressionLabel = (r: SuppressionReason): string => t(`suppression.${r}`);

/** Plain name of a field role, e.g. "VNA: support referral" for `vna.support_referral`. */
export function roleLabel(role: FieldRole): string {
  const key = `field.${role}` as MessageKey;
  if (messages()?.[key] !== undefined) return t(key);
  if (role.startsWith('vna.')) return t('field.vna', { step: role.slice(4).replace(/_/g, ' ') });
  return role;
}
