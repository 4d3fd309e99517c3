import type { PromptId } from '../prompts/types';

/** Who is looking at the dashboard, and the policy values the dashboard honours. */
export interface DashboardIdentity {
  role: 'officer' | 'supervisor' | 'trainer';
  officerId: string;
  /** Prompts policy makes mandatory; absent or empty means the dashboard's default list. */
  mandatoryPrompts?: readonly PromptId[];
  /** Policy can turn exports off; absent means on. */
  exportEnabled?: boolean;
}

/**
 * Only a supervisor sees every officer's records and can export the whole (verifiable) log.
 * Officers and trainers see their own records only: least privilege, since a trainer's work is
 * the demo, not other officers' cases.
 */
export function seesAllRecords(identity: DashboardIdentity): boolean {
  return identity.role === 'supervisor';
}

/** Settings as the background reports them (`settings/get`), reduced to what the page needs. */
export interface EffectiveIdentitySettings {
  role: DashboardIdentity['role'];
  officerId: string;
  mandatoryPrompts: readonly PromptId[];
  auditExportEnabled: boolean;
}

/** Map the effective settings to the dashboard identity. */
export function identityFromSettings(s: EffectiveIdentitySettings): DashboardIdentity {
  return {
    role: s.role,
    officerId: s.officerId,
    mandatoryPrompts: s.mandatoryPrompts.length > 0 ? s.mandatoryPrompts : undefined,
    exportEnabled: s.auditExportEnabled,
  };
}
