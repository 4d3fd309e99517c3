import type { browser } from 'wxt/browser';
import { profileMatches } from '../config/settings';
import type { SiteProfile } from '../adapters/profile';

/** Id of our one dynamic content script registration. */
export const CONTENT_SCRIPT_ID = 'waymark-content';
/** Path of the built content script inside the extension (entrypoints/content-script.ts). */
export const CONTENT_SCRIPT_FILE = 'content-script.js';

type Scripting = Pick<
  typeof browser.scripting,
  | 'registerContentScripts'
  | 'unregisterContentScripts'
  | 'getRegisteredContentScripts'
  | 'executeScript'
>;
type Tabs = Pick<typeof browser.tabs, 'query'>;
type Permissions = Pick<typeof browser.permissions, 'contains'>;

export interface RegistrationResult {
  /** Patterns the content script is now registered for. */
  registered: string[];
  /** Patterns a profile names but the extension has no host permission for (shown on the options page). */
  withoutPermission: string[];
  /** Tabs that were already open on a matching page and got the overlay without a reload. */
  injectedTabs: number[];
}

/**
 * Make the dynamic content script registration match the active profiles: no static content script
 * on all URLs, only the origins that profiles name and that we hold permission for. Then inject
 * into tabs already open on those pages, because a profile that arrives by policy after the page
 * loaded must not need a reload. The content script guards against running twice.
 */
export async function syncContentScripts(
  profiles: readonly SiteProfile[],
  api: { scripting: Scripting; tabs: Tabs; permissions: Permissions },
): Promise<RegistrationResult> {
  const wanted = profileMatches(profiles);
  const registered: string[] = [];
  const withoutPermission: string[] = [];
  for (const pattern of wanted) {
    // contains() is false for patterns outside host_permissions that were not granted at run time.
    if (await api.permissions.contains({ origins: [pattern] })) registered.push(pattern);
    else withoutPermission.push(pattern);
  }

  const existing = await api.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  if (existing.length > 0)
    await api.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  const injectedTabs: number[] = [];
  if (registered.length === 0) return { registered, withoutPermission, injectedTabs };

  await api.scripting.registerContentScripts([
    {
      id: CONTENT_SCRIPT_ID,
      js: [CONTENT_SCRIPT_FILE],
      matches: registered,
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);

  const tabs = await api.tabs.query({ url: registered });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    try {
      await api.scripting.executeScript({
        target: { tabId: tab.id, allFrames: true },
        files: [`/${CONTENT_SCRIPT_FILE}` as const],
      });
      injectedTabs.push(tab.id);
    } catch {
      // A tab can close or navigate between query and inject; the registration covers its next load.
    }
  }
  return { registered, withoutPermission, injectedTabs };
}
