import type { SiteProfile } from './profile';
import { generic } from './generic';
import type { SiteAdapter } from './types';

/**
 * Every adapter, in the order they are tried. The first whose `matches` says yes wins; a profile
 * may name its adapter by id. `generic` matches every page, so it stays last. Adding an adapter:
 * see README.md (one file, one line here, a fixture page, a test).
 */
export const ADAPTERS: readonly SiteAdapter[] = [generic];

/** The adapter for a page: the profile's named one if it exists, else the first that matches. */
export function pickAdapter(doc: Document, profile: SiteProfile): SiteAdapter {
  if (profile.adapter) {
    const named = ADAPTERS.find((a) => a.id === profile.adapter);
    if (named) return named;
  }
  return ADAPTERS.find((a) => a.matches(doc, profile)) ?? generic;
}
