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
import { promptNames, summaryNames } from '../prompts/labels';
import { buildReview, reviewLine } from '../prompts/review';
import { formatSummary } from '../prompts/summary-format';
import { toSummaryInput } from '../prompts/summary-input';

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
      return {
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
      // A review is logged only through review/record, which checks the role.
      if (event.kind === 'record_reviewed') throw new Error('use review/record');
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

    'spo/draft': (input) => buildSpoDraft(input),

    'summary/build': async (input) => {
      const { effective } = await state.settings();
      const pack = cachedRuntimePack(effective.rulePackExtension).pack;
      const text = formatSummary(toSummaryInput(input), {
        names: summaryNames(pack, CATALOGUE),
        zone: localZone(),
        // No officer id set yet: the block says "the officer" rather than a placeholder.
        officer: effective.officerId === DEFAULTS.officerId ? null : effective.officerId,
      });
      return { text };
    },

    'review/build': async (req) => {
      const { effective } = await state.settings();
      if (effective.role !== 'supervisor') throw new Error('reviews are for the supervisor role');
      return buildReview(req, { names: promptNames(CATALOGUE), zone: localZone() });
    },

    'review/record': async ({ recordRef, review }, ctx) => {
      const { effective } = await state.settings();
      // The role comes from policy, never from the page: an officer's page cannot log a review.
      if (effective.role !== 'supervisor') throw new Error('reviews are for the supervisor role');
      const profile = profileForUrl(effective.profiles, ctx.url);
      if (!profile) throw new Error('no site profile covers this page');
      const { seq } = await state.audit.append(
        {
          kind: 'record_reviewed',
          summary: review.summary,
          changed: review.changed,
          outstanding: review.outstanding.length,
        },
        {
          recordRef: recordRef === null ? null : await storedRecordRef(recordRef),
          profileId: profile.id,
          origin: ctx.origin,
          officerId: effective.officerId,
        },
      );
      const line = reviewLine(review, {
        names: promptNames(CATALOGUE),
        zone: localZone(),
        supervisor: effective.officerId === DEFAULTS.officerId ? null : effective.officerId,
        at: Date.now(),
      });
      return { seq, line };
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

/** The browser's own IANA zone: blocks and reviews are written in the reader's local time. */
function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
