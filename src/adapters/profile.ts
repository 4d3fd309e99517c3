import type { FieldRole } from '../prompts/types';

/**
 * A site profile says where Waymark runs and where a record's fields are. Profiles come from
 * managed policy or the options page; they are validated with zod in the background
 * (profile.schema.ts) and reach the content script already valid, so this file holds types only.
 */

/** How to find one field: by CSS selector, or by its visible label text (survives host redesigns). */
export interface FieldLocator {
  selector?: string;
  label?: string;
}

export interface SiteProfile {
  /** Stable id, e.g. `niche-rms-west`; used in the audit log. */
  id: string;
  name: string;
  /** Chrome match patterns, e.g. `https://crime.example.police.uk/*`. */
  matches: string[];
  /** Field roles. A profile without `fields` finds narrative fields automatically. */
  fields?: Partial<Record<FieldRole, FieldLocator | FieldLocator[]>>;
  /** Which adapter reads this site; `generic` when absent. */
  adapter?: string;
  /**
   * A training environment of the force's system: a trainer may switch demo mode on here, and
   * what is recorded then goes to the separate training log, never the real one.
   */
  training?: boolean;
}
