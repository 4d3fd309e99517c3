import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/server';
import { DEFAULTS, profileForUrl } from '../config/settings';
import type { SettingsReport } from '../config/settings';
import type { OfficerAction } from '../prompts/types';
import { saveLocalSettings } from './settings-store';
import { cachedRuntimePack } from './pack';
import { recordActionsKey } from './decisions';
import { storedRecordRef } from '../audit/record-ref';
import { CATALOGUE } from '../prompts/catalogue';
import type { AuditSink } from './audit-sink';
import { buildSpoDraft } from '../prompts/spo-draft';
import { summaryNames } from '../prompts/labels';
import { formatSummary } from '../prompts/summary-format';
import { toSummaryInput } from '../prompts/summary-input';
import { SavedPlacementSchema } from '../messaging/protocol';

/** Storage key for where the panel sits on one site profile's pages. */
export const placementKey = (profileId: string): string => `placement:${profileId}`;

export interface BackgroundState {
  settings(): Promise<SettingsReport>;
  /** Re-read settings and re-register content scripts (after a save). */
  refresh(): Promise<SettingsReport>;
  audit: AuditSink;
}

/** Plain handlers, one per message type; the server has already checked sender and payload. */
export function createHandlers(state: BackgroundState): Handlers {
  return {
    'app/ping': () => ({ version: browser.runtime.getManifest().version }),

    'config/get': async (_payload, ctx) => {
      const { effective } = await state.settings();
      const profile = profileForUrl(effective.profiles, ctx.url);
      const key = placementKey(profile?.id ?? '');
      const stored = profile ? (await browser.storage.local.get(key))[key] : undefined;
      const placement = SavedPlacementSchema.safeParse(stored);
      return {
        placement: placement.success ? placement.data : null,
        profile: profile
          ? {
              id: profile.id,
              name: profile.name,
              matches: profile.matches,
              fields: profile.fields,
              adapter: profile.adapter,
            }
          : null,
        role: effective.role,
        officerId: effective.officerId,
        mandatoryPrompts: effective.mandatoryPrompts,
        services: effective.services,
        pack: cachedRuntimePack(effective.rulePackExtension).pack,
        catalogue: CATALOGUE,
      };
    },

    'audit/append': async ({ event, recordRef }, ctx) => {
      const { effective } = await state.settings();
      const profile = profileForUrl(effective.profiles, ctx.url);
      // Only pages Waymark is configured for may write to the log.
      if (!profile) throw new Error('no site profile covers this page');
      return state.audit.append(event, {
        recordRef: recordRef === null ? null : await storedRecordRef(recordRef),
        profileId: profile.id,
        origin: ctx.origin,
        officerId: effective.officerId,
      });
    },

    'audit/head': async () => ({ head: await state.audit.head() }),

    'actions/get': async ({ recordKey }, ctx) => {
      const key = await recordActionsKey(ctx.origin, recordKey);
      const stored = await browser.storage.local.get(key);
      return { actions: (stored[key] ?? []) as OfficerAction[] };
    },

    'actions/set': async ({ recordKey, actions }, ctx) => {
      await browser.storage.local.set({ [await recordActionsKey(ctx.origin, recordKey)]: actions });
      return { saved: actions.length };
    },

    'placement/set': async (placement, ctx) => {
      const { effective } = await state.settings();
      const profile = profileForUrl(effective.profiles, ctx.url);
      if (!profile) throw new Error('no site profile covers this page');
      await browser.storage.local.set({ [placementKey(profile.id)]: placement });
      return { saved: true as const };
    },

    'spo/draft': (input) => buildSpoDraft(input),

    'summary/build': async (input) => {
      const { effective } = await state.settings();
      const pack = cachedRuntimePack(effective.rulePackExtension).pack;
      const text = formatSummary(toSummaryInput(input), {
        names: summaryNames(pack, CATALOGUE),
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        // No officer id set yet: the block says "the officer" rather than a placeholder.
        officer: effective.officerId === DEFAULTS.officerId ? null : effective.officerId,
      });
      return { text };
    },

    'review/open': async ({ recordRef }) => {
      // The log holds long references in their bounded form, so the link must name that form.
      const stored = await storedRecordRef(recordRef);
      const url = `${browser.runtime.getURL('/dashboard.html')}#record=${encodeURIComponent(stored)}`;
      await browser.tabs.create({ url });
      return { opened: true };
    },

    'settings/get': () => state.settings(),

    'settings/save': async ({ local }) => {
      const before = await state.settings();
      if (before.effective.disableUserProfiles && local.siteProfiles.length > 0) {
        throw new Error('force policy turns off hand-added site profiles');
      }
      await saveLocalSettings(local);
      return state.refresh();
    },
  };
}
