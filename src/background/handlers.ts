import { browser } from 'wxt/browser';
import type { HandlerContext, Handlers } from '../messaging/server';
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
import type { DemoProfileStatus } from '../messaging/protocol';
import { demoRefusal, type TrainingState } from './training';
import { chooseLanguage, uiLanguage } from '../i18n/language';
import { tableFor } from '../i18n/tables';
import { refusalEnglish } from '../i18n/refusal';
import { setLanguage } from '../i18n/runtime';
import { localiseCatalogue } from '../i18n/catalogue-messages';
import type { EffectiveSettings } from '../config/settings';
import type { RulePack } from '../rules/types';

/** The training log view shows this many of the newest events. */
export const TRAINING_LOG_SHOWN = 500;
import { SavedPlacementSchema } from '../messaging/protocol';

/** Storage key for where the panel sits on one site profile's pages. */
export const placementKey = (profileId: string): string => `placement:${profileId}`;

export interface BackgroundState {
  settings(): Promise<SettingsReport>;
  /** Re-read settings and re-register content scripts (after a save). */
  refresh(): Promise<SettingsReport>;
  audit: AuditSink;
  /** The training log, where a demo-mode page's events go instead of `audit`. */
  trainingAudit: AuditSink;
  training: TrainingState;
}

/** Plain handlers, one per message type; the server has already checked sender and payload. */
export function createHandlers(state: BackgroundState): Handlers {
  /**
   * The language of Waymark's own text for these settings, its table and the catalogue worded in
   * it. The table becomes the background's active one, so the summary and review read the same.
   */
  const wording = (effective: EffectiveSettings, pack: RulePack) => {
    const language = chooseLanguage(effective.language, uiLanguage());
    const messages = tableFor(language, pack);
    setLanguage(language, messages);
    return { language, messages, catalogue: localiseCatalogue(CATALOGUE, messages) };
  };

  /**
   * The log a content script's page writes to: the one its panel was told about when it loaded. A
   * page told "demo" whose demo mode is no longer allowed (policy or role changed since) gets an
   * error rather than the real log, because its banner says it is not recorded there.
   */
  const logFor = async (ctx: HandlerContext): Promise<AuditSink> => {
    if (!(await state.training.pageDemo(ctx.tabId, ctx.documentId, ctx.origin))) return state.audit;
    const report = await state.settings();
    const refusal = demoRefusal(report, profileForUrl(report.effective.profiles, ctx.url));
    if (refusal) throw new Error(`demo mode is no longer allowed here: ${refusalEnglish(refusal)}`);
    return state.trainingAudit;
  };

  const demoProfiles = async (): Promise<DemoProfileStatus[]> => {
    const report = await state.settings();
    const on = new Set(await state.training.switchedOn());
    return report.effective.profiles
      .filter((p) => p.training)
      .map((p) => {
        const refusal = demoRefusal(report, p);
        return { id: p.id, name: p.name, on: !refusal && on.has(p.id), refusal };
      });
  };

  return {
    'app/ping': () => ({ version: browser.runtime.getManifest().version }),

    'config/get': async (_payload, ctx) => {
      const report = await state.settings();
      const { effective } = report;
      const profile = profileForUrl(effective.profiles, ctx.url);
      const demo =
        profile !== null &&
        demoRefusal(report, profile) === null &&
        (await state.training.switchedOn()).includes(profile.id);
      if (ctx.tabId !== null) {
        await state.training.bindPage(ctx.tabId, ctx.documentId, ctx.origin, demo);
      }
      const pack = cachedRuntimePack(effective.rulePackExtension).pack;
      const { language, messages, catalogue } = wording(effective, pack);
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
        pack,
        catalogue,
        demo,
        language,
        messages,
      };
    },

    'audit/append': async ({ event, recordRef }, ctx) => {
      // A review is logged only through review/record, which checks the role.
      if (event.kind === 'record_reviewed') throw new Error('use review/record');
      const { effective } = await state.settings();
      const profile = profileForUrl(effective.profiles, ctx.url);
      // Only pages Waymark is configured for may write to the log.
      if (!profile) throw new Error('no site profile covers this page');
      const log = await logFor(ctx);
      return log.append(event, {
        recordRef: recordRef === null ? null : await storedRecordRef(recordRef),
        profileId: profile.id,
        origin: ctx.origin,
        officerId: effective.officerId,
      });
    },

    'audit/head': async (_payload, ctx) => ({ head: await (await logFor(ctx)).head() }),

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

    'spo/draft': async (input) => {
      const { effective } = await state.settings();
      wording(effective, cachedRuntimePack(effective.rulePackExtension).pack);
      return buildSpoDraft(input);
    },

    'summary/build': async (input) => {
      const { effective } = await state.settings();
      const pack = cachedRuntimePack(effective.rulePackExtension).pack;
      const { catalogue, messages } = wording(effective, pack);
      const text = formatSummary(toSummaryInput(input), {
        names: summaryNames(pack, catalogue, messages),
        zone: localZone(),
        // No officer id set yet: the block says "the officer" rather than a placeholder.
        officer: effective.officerId === DEFAULTS.officerId ? null : effective.officerId,
      });
      return { text };
    },

    'review/build': async (req) => {
      const { effective } = await state.settings();
      if (effective.role !== 'supervisor') throw new Error('reviews are for the supervisor role');
      const { catalogue } = wording(effective, cachedRuntimePack(effective.rulePackExtension).pack);
      return buildReview(req, { names: promptNames(catalogue), zone: localZone() });
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
      const { catalogue } = wording(effective, cachedRuntimePack(effective.rulePackExtension).pack);
      const line = reviewLine(review, {
        names: promptNames(catalogue),
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

    'demo/get': async () => ({
      profiles: await demoProfiles(),
      events: (await state.trainingAudit.events()).slice(-TRAINING_LOG_SHOWN),
    }),

    'demo/set': async ({ profileId, on }) => {
      const report = await state.settings();
      const profile = report.effective.profiles.find((p) => p.id === profileId) ?? null;
      // Switching off is always allowed; on only where demoRefusal finds nothing against it.
      const refusal = on ? demoRefusal(report, profile) : null;
      if (refusal) throw new Error(`demo mode refused: ${refusalEnglish(refusal)}`);
      await state.training.setSwitch(profileId, on);
      return { profiles: await demoProfiles() };
    },

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
