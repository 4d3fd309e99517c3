import { SiteProfileSchema } from '../adapters/profile.schema';
import type { SiteProfile } from '../adapters/profile';
import { issueRefusals } from '../config/settings';
import { refusalText } from '../i18n/refusal';
import { t } from '../i18n/runtime';

export interface ProfileDraft {
  id: string;
  name: string;
  matches: string;
  /** Optional JSON object of field roles → locators; blank means "find narrative fields automatically". */
  fields: string;
  /** A training environment, where a trainer may switch demo mode on. */
  training?: boolean;
}

/** Turn the form into a valid profile or readable errors; nothing is saved until it is valid. */
export function parseProfileDraft(
  draft: ProfileDraft,
): { ok: true; profile: SiteProfile } | { ok: false; errors: string[] } {
  let fields: unknown;
  if (draft.fields.trim() !== '') {
    try {
      fields = JSON.parse(draft.fields);
    } catch {
      return {
        ok: false,
        errors: [t('refusal.profile.fieldsJson')],
      };
    }
  }
  const candidate = {
    id: draft.id.trim(),
    name: draft.name.trim(),
    matches: draft.matches
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    ...(fields === undefined ? {} : { fields }),
    ...(draft.training ? { training: true } : {}),
  };
  const result = SiteProfileSchema.safeParse(candidate);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, errors: issueRefusals('', result.error).map(refusalText) };
}
