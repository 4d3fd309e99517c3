/**
 * Teams in the dashboard: which team each officer belongs to, set by the supervisor and kept on
 * the supervisor's machine.
 *
 * Why here and not in the officers' exports: team membership is the force's organisational fact,
 * and the supervisor is the one who knows it. An officer's export could only carry a team the
 * officer's own browser claims, so an edited or wrongly configured export could place records in
 * another team's view; the export format and the managed policy stay as they are. The list holds
 * officer ids (already in every event) and team names only, is validated with zod whenever it is
 * read or changed, and never leaves the browser.
 */
import { z } from 'zod';
import { t } from '../i18n/runtime';
import { issueRefusal } from '../i18n/issues';
import { ownMessage } from '../i18n/issue-messages';
import { refusalText } from '../i18n/refusal';
import type { RecordSummary } from '../audit/summary';

/** Where the list is kept in `storage.local`. */
export const TEAM_STORAGE_KEY = 'dashboardTeams';

/** The team filter's value for officers with no team set. */
export const NO_TEAM = '\u0000none';

/** At most this many officers: a force's largest command is well under it. */
export const MAX_TEAM_OFFICERS = 5000;

/** Letters, digits, spaces and everyday punctuation; no control or bidi characters. */
const TEAM_NAME = /^[\p{L}\p{N}][\p{L}\p{N} '’&().,/-]*$/u;

export const TeamNameSchema = z
  .string()
  .trim()
  .min(1, ownMessage('issue.own.teamNameEmpty'))
  .max(60, ownMessage('issue.own.teamNameLong', { max: 60 }))
  .regex(TEAM_NAME, ownMessage('issue.own.teamNameChars'));

/** An officer id as the audit log holds it. */
const OfficerIdSchema = z.string().min(1).max(64);

/** officer id → team name. */
export const TeamAssignmentsSchema = z
  .record(OfficerIdSchema, TeamNameSchema)
  .refine((t) => Object.keys(t).length <= MAX_TEAM_OFFICERS, {
    error: ownMessage('issue.own.teamSize', { max: MAX_TEAM_OFFICERS }),
  });
export type TeamAssignments = Record<string, string>;

/** Where the dashboard keeps the list: `storage.local` in the extension, memory in tests. */
export interface TeamStore {
  load(): Promise<unknown>;
  save(teams: TeamAssignments): Promise<void>;
}

/** The part of a `browser.storage` area the store needs. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function storageTeamStore(area: StorageAreaLike): TeamStore {
  return {
    load: async () => (await area.get(TEAM_STORAGE_KEY))[TEAM_STORAGE_KEY],
    save: (teams) => area.set({ [TEAM_STORAGE_KEY]: teams }),
  };
}

/** A store that forgets when the page closes (the default outside the extension). */
export function memoryTeamStore(initial: TeamAssignments = {}): TeamStore {
  let value: unknown = initial;
  return {
    load: async () => value,
    save: async (teams) => {
      value = { ...teams };
    },
  };
}

export type TeamsRead = { ok: true; teams: TeamAssignments } | { ok: false; error: string };

/** Check a stored list; nothing stored yet is an empty list. */
export function readTeams(raw: unknown): TeamsRead {
  if (raw === undefined || raw === null) return { ok: true, teams: {} };
  const parsed = TeamAssignmentsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, teams: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  const detail = issue ? refusalText(issueRefusal(issue)) : '';
  return { ok: false, error: t('teams.invalid', { where, issue: detail }) };
}

/** The list with one officer's team set (or cleared, with `team` null), checked. */
export function assignTeam(
  teams: TeamAssignments,
  officerId: string,
  team: string | null,
): TeamsRead {
  // An object key with a meaning of its own in JavaScript: refused rather than stored.
  if (officerId === '__proto__') {
    return { ok: false, error: t('teams.badOfficer', { officer: officerId }) };
  }
  const others = Object.entries(teams).filter(([o]) => o !== officerId);
  if (team === null) return readTeams(Object.fromEntries(others));
  const name = TeamNameSchema.safeParse(team);
  if (!name.success) {
    // The schema's own words are English: the page words the problem from its kind.
    const code = name.error.issues[0]?.code;
    return {
      ok: false,
      error: t(
        code === 'too_small'
          ? 'teams.nameEmpty'
          : code === 'too_big'
            ? 'teams.nameLong'
            : 'teams.nameChars',
      ),
    };
  }
  return readTeams(Object.fromEntries([...others, [officerId, name.data]]));
}

/** An officer's team, or undefined (own keys only: an officer id is any text). */
export function teamOf(teams: TeamAssignments, officerId: string): string | undefined {
  return Object.hasOwn(teams, officerId) ? teams[officerId] : undefined;
}

/** Team names in use, in alphabetical order. */
export function teamNames(teams: TeamAssignments): string[] {
  return [...new Set(Object.values(teams))].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/**
 * Whether a record belongs to `team` (or, for `NO_TEAM`, has an officer with no team): a record
 * worked on by officers of two teams is in both.
 */
export function recordInTeam(
  record: Pick<RecordSummary, 'officerIds'>,
  team: string,
  teams: TeamAssignments,
): boolean {
  return record.officerIds.some((o) =>
    team === NO_TEAM ? teamOf(teams, o) === undefined : teamOf(teams, o) === team,
  );
}
