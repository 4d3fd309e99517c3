import type { z } from 'zod';
import type { SiteProfile } from '../adapters/profile';
import type { PromptId } from '../prompts/types';
import { issueLine } from '../i18n/issues';
import { refusal, refusalEnglish, type Refusal } from '../i18n/refusal';
import {
  LocalSettingsSchema,
  ManagedPolicySchema,
  type LocalSettings,
  type Language,
  type ManagedPolicy,
  type Role,
  type Services,
} from './schema';

export type SettingSource = 'policy' | 'local' | 'default';

export interface ActiveProfile extends SiteProfile {
  source: 'policy' | 'local';
}

export interface EffectiveSettings {
  profiles: ActiveProfile[];
  role: Role;
  officerId: string;
  mandatoryPrompts: PromptId[];
  services: Services;
  auditRetentionDays: number;
  auditExportEnabled: boolean;
  demoModeAllowed: boolean;
  disableUserProfiles: boolean;
  supportContact: string | null;
  rulePackExtension: string | null;
  /** The language of Waymark's own text; null follows the browser. */
  language: Language | null;
}

/** Settings plus where each value came from and what was refused: the options page shows this. */
export interface SettingsReport {
  effective: EffectiveSettings;
  sources: Record<Exclude<keyof EffectiveSettings, 'profiles'>, SettingSource>;
  /** Policy values that were refused, one readable English line each (logged as is). */
  policyErrors: string[];
  /** The same refusals, in the same order, as message ids: the options page words them. */
  policyRefusals: Refusal[];
  localErrors: string[];
  /** The policy values that were accepted (for "last good" bookkeeping and the self-report). */
  acceptedPolicy: ManagedPolicy;
}

export const DEFAULTS: Omit<EffectiveSettings, 'profiles'> = {
  role: 'officer',
  officerId: 'unset',
  mandatoryPrompts: [],
  services: {},
  auditRetentionDays: 365,
  auditExportEnabled: true,
  demoModeAllowed: true,
  disableUserProfiles: false,
  supportContact: null,
  rulePackExtension: null,
  language: null,
};

/**
 * What a refused policy switch falls back to when there is no last good value. The defaults are
 * the permissive ends, so a force that set one of these, even wrongly, meant the other end.
 */
const REFUSED_FLAG_FALLBACK: Partial<ManagedPolicy> = {
  auditExportEnabled: false,
  demoModeAllowed: false,
  disableUserProfiles: true,
};

/**
 * One refusal per zod issue, with the path, e.g. `siteProfiles.0.matches.0: match pattern must
 * ...`: a page words it in its own language, and its English is the line below.
 */
export function issueRefusals(prefix: string, error: z.ZodError): Refusal[] {
  return error.issues.map((i) => issueLine(prefix, i));
}

/** One English line per zod issue, with the path (for logs and messages between contexts). */
export function formatIssues(prefix: string, error: z.ZodError): string[] {
  return issueRefusals(prefix, error).map(refusalEnglish);
}

/** A value as a policy report quotes it: short, on one line. */
function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Validate policy key by key, so one bad key does not throw away the others. A refused key keeps
 * its last good value; without one, a switch takes the end the force meant (see
 * REFUSED_FLAG_FALLBACK) and anything else its default. In a list of prompt ids, the good ids are
 * kept and each bad one reported. Every refusal is one plain line saying what was kept.
 */
export function validatePolicy(
  raw: unknown,
  lastGood: ManagedPolicy = {},
): { accepted: ManagedPolicy; errors: string[]; refusals: Refusal[] } {
  const accepted: Record<string, unknown> = {};
  const refusals: Refusal[] = [];
  const done = () => ({
    accepted: accepted as ManagedPolicy,
    errors: refusals.map(refusalEnglish),
    refusals,
  });
  if (raw === undefined || raw === null) return done();
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    Object.assign(accepted, lastGood);
    refusals.push(refusal('refusal.policy.notObject'));
    return done();
  }
  const shape = ManagedPolicySchema.shape;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    // Own keys only: `constructor` or `__proto__` in a policy file must be reported, not looked up.
    if (!Object.hasOwn(shape, key)) {
      refusals.push(refusal('refusal.policy.unknown', { key: key.slice(0, 60) }));
      continue;
    }
    const name = key as keyof ManagedPolicy;
    const result = shape[name].safeParse(value);
    if (result.success) {
      accepted[name] = result.data;
      continue;
    }
    if (name === 'mandatoryPrompts' && Array.isArray(value)) {
      const isPromptId = (id: unknown) => shape.mandatoryPrompts.safeParse([id]).success;
      const good = [...new Set(value.filter(isPromptId))] as ManagedPolicy['mandatoryPrompts'];
      accepted[name] = good;
      for (const id of value.filter((v) => !isPromptId(v))) {
        refusals.push(refusal('refusal.policy.promptId', { value: quote(id) }));
      }
      continue;
    }
    const previous = lastGood[name];
    const fallback = previous ?? REFUSED_FLAG_FALLBACK[name];
    if (fallback !== undefined) accepted[name] = fallback;
    const [first, ...others] = issueRefusals(key, result.error);
    const got = { issue: first ?? key, got: quote(value) };
    refusals.push(
      previous !== undefined
        ? refusal('refusal.policy.keptLast', { ...got, value: quote(previous) })
        : fallback !== undefined
          ? refusal('refusal.policy.keptMeant', { ...got, value: quote(fallback) })
          : refusal('refusal.policy.keptDefault', got),
      ...others,
    );
  }
  return done();
}

export function validateLocal(raw: unknown): {
  local: LocalSettings;
  errors: string[];
} {
  if (raw === undefined || raw === null) return { local: { siteProfiles: [] }, errors: [] };
  const result = LocalSettingsSchema.safeParse(raw);
  if (result.success) return { local: result.data, errors: [] };
  return {
    local: { siteProfiles: [] },
    errors: formatIssues('', result.error),
  };
}

/** defaults < local < policy. Profiles are the union, unless policy turns hand-added ones off. */
export function mergeSettings(
  policyRaw: unknown,
  localRaw: unknown,
  lastGoodPolicy: ManagedPolicy = {},
): SettingsReport {
  const {
    accepted: policy,
    errors: policyErrors,
    refusals: policyRefusals,
  } = validatePolicy(policyRaw, lastGoodPolicy);
  const { local, errors: localErrors } = validateLocal(localRaw);

  const sources = {} as SettingsReport['sources'];
  const pick = <K extends keyof typeof DEFAULTS>(key: K): (typeof DEFAULTS)[K] => {
    const fromPolicy = (policy as Record<string, unknown>)[key];
    const fromLocal = (local as Record<string, unknown>)[key];
    if (fromPolicy !== undefined) {
      sources[key] = 'policy';
      return fromPolicy as (typeof DEFAULTS)[K];
    }
    if (fromLocal !== undefined) {
      sources[key] = 'local';
      return fromLocal as (typeof DEFAULTS)[K];
    }
    sources[key] = 'default';
    return DEFAULTS[key];
  };

  // Supervisor and trainer see other officers' records and the review: only force policy grants
  // them. A role stored locally (by an older build's options page) counts only as officer.
  const role: Role = policy.role ?? DEFAULTS.role;
  sources.role = policy.role ? 'policy' : 'default';
  if (local.role && local.role !== 'officer') {
    localErrors.push(
      `role: "${local.role}" is granted by force policy only; using ${DEFAULTS.role}`,
    );
  }
  const officerId = pick('officerId');
  const mandatoryPrompts = pick('mandatoryPrompts');
  const services = pick('services');
  const auditRetentionDays = pick('auditRetentionDays');
  const auditExportEnabled = pick('auditExportEnabled');
  const demoModeAllowed = pick('demoModeAllowed');
  const disableUserProfiles = pick('disableUserProfiles');
  const supportContact = pick('supportContact');
  const rulePackExtension = pick('rulePackExtension');
  const language = pick('language');

  const policyProfiles: ActiveProfile[] = (policy.siteProfiles ?? []).map((p) => ({
    ...p,
    source: 'policy',
  }));
  const taken = new Set(policyProfiles.map((p) => p.id));
  const localProfiles: ActiveProfile[] = disableUserProfiles
    ? []
    : local.siteProfiles.filter((p) => !taken.has(p.id)).map((p) => ({ ...p, source: 'local' }));

  return {
    effective: {
      profiles: [...policyProfiles, ...localProfiles],
      role,
      officerId,
      mandatoryPrompts,
      services,
      auditRetentionDays,
      auditExportEnabled,
      demoModeAllowed,
      disableUserProfiles,
      supportContact,
      rulePackExtension,
      language,
    },
    sources,
    policyErrors,
    policyRefusals,
    localErrors,
    acceptedPolicy: policy,
  };
}

/** Every match pattern of every active profile, deduplicated, in a stable order. */
export function profileMatches(profiles: readonly SiteProfile[]): string[] {
  return [...new Set(profiles.flatMap((p) => p.matches))].sort();
}

/** Chrome match-pattern test for one URL (http/https patterns as the schema allows them). */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, hostPort, path] = m as unknown as [string, string, string, string];
  const proto = u.protocol.slice(0, -1);
  if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
  const [host, port] = hostPort.split(':') as [string, string | undefined];
  if (port !== undefined && port !== '*' && u.port !== port) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return re.test(u.pathname + u.search);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The first active profile whose patterns match the URL, or null. */
export function profileForUrl<T extends SiteProfile>(
  profiles: readonly T[],
  url: string,
): T | null {
  return profiles.find((p) => p.matches.some((pattern) => matchesPattern(pattern, url))) ?? null;
}
