import { describe, expect, it } from 'vitest';
import type { RecordSummary } from '../audit/summary';
import { applyFilters } from './DashboardApp';
import {
  NO_TEAM,
  TEAM_STORAGE_KEY,
  assignTeam,
  memoryTeamStore,
  readTeams,
  recordInTeam,
  storageTeamStore,
  teamNames,
  teamOf,
} from './teams';

const DAY = 86_400_000;
const T0 = new Date(2026, 10, 2, 9, 0).getTime(); // local time, as the date inputs are

/** Just what the filters read of a record. */
function record(
  recordRef: string,
  officerIds: string[],
  at: number,
  openMandatory: string[] = [],
): RecordSummary {
  return {
    recordRef,
    officerIds,
    firstAt: at,
    lastAt: at,
    events: [{ at } as RecordSummary['events'][number]],
    openMandatory,
  } as RecordSummary;
}

const RECORDS = [
  record('CR/1/26', ['PC1'], T0, ['spo']),
  record('CR/2/26', ['PC2'], T0 + DAY),
  record('CR/3/26', ['PC3'], T0 + 2 * DAY, ['spo']),
  record('CR/4/26', ['PC2', 'PC3'], T0 + 3 * DAY, ['vna']),
  record('CR/5/26', ['PC4'], T0 + 9 * DAY, ['spo']),
];
const TEAMS = { PC1: 'Response A', PC2: 'Response A', PC3: 'Neighbourhood North' };
const NONE = { from: '', to: '', officer: '', team: '', recordRef: '', openOnly: false };
const refs = (rs: RecordSummary[]) => rs.map((r) => r.recordRef);

describe('teams', () => {
  it('reads a stored list, refusing one that is not a map of officer ids to team names', () => {
    expect(readTeams(undefined)).toEqual({ ok: true, teams: {} });
    expect(readTeams(TEAMS)).toEqual({ ok: true, teams: TEAMS });
    expect(readTeams(['PC1'])).toMatchObject({ ok: false });
    expect(readTeams({ PC1: '' })).toMatchObject({ ok: false });
    expect(readTeams({ PC1: 'x'.repeat(61) })).toMatchObject({ ok: false });
    const bidi = readTeams({ PC1: 'Team\u202EA' });
    expect(bidi.ok === false && bidi.error).toMatch(/^The saved teams are not valid \(PC1\)/);
  });

  it('sets, renames and clears an officer\u2019s team, trimming names and refusing bad ones', () => {
    const one = assignTeam({}, 'PC1', '  Response A ');
    expect(one).toEqual({ ok: true, teams: { PC1: 'Response A' } });
    const moved = assignTeam(TEAMS, 'PC1', 'Neighbourhood North');
    expect(moved.ok && moved.teams.PC1).toBe('Neighbourhood North');
    const cleared = assignTeam(TEAMS, 'PC3', null);
    expect(cleared).toEqual({ ok: true, teams: { PC1: 'Response A', PC2: 'Response A' } });
    expect(assignTeam(TEAMS, 'PC1', '   ')).toEqual({
      ok: false,
      error: 'Team name: give the team a name.',
    });
    expect(assignTeam(TEAMS, 'PC1', '<script>')).toMatchObject({ ok: false });
  });

  it('treats an officer id as text, never as a property of the list', () => {
    expect(assignTeam({}, '__proto__', 'Response A')).toMatchObject({ ok: false });
    expect(Object.getPrototypeOf(readTeams(JSON.parse('{"__proto__":"x"}')))).toBe(
      Object.prototype,
    );
    expect(teamOf({}, 'constructor')).toBeUndefined();
    expect(recordInTeam(record('CR/9/26', ['constructor'], T0), NO_TEAM, {})).toBe(true);
  });

  it('lists team names in order and puts a record in the team of any of its officers', () => {
    expect(teamNames(TEAMS)).toEqual(['Neighbourhood North', 'Response A']);
    expect(recordInTeam(RECORDS[3]!, 'Response A', TEAMS)).toBe(true);
    expect(recordInTeam(RECORDS[3]!, 'Neighbourhood North', TEAMS)).toBe(true);
    expect(recordInTeam(RECORDS[4]!, NO_TEAM, TEAMS)).toBe(true);
    expect(recordInTeam(RECORDS[0]!, NO_TEAM, TEAMS)).toBe(false);
  });

  it('keeps the list in a storage area under one key, and in memory by default', async () => {
    const items: Record<string, unknown> = {};
    const store = storageTeamStore({
      get: async (key) => ({ [key]: items[key] }),
      set: async (next) => void Object.assign(items, next),
    });
    expect(await store.load()).toBeUndefined();
    await store.save(TEAMS);
    expect(items[TEAM_STORAGE_KEY]).toEqual(TEAMS);
    expect(await store.load()).toEqual(TEAMS);

    const memory = memoryTeamStore({ PC1: 'Response A' });
    await memory.save({ PC2: 'Response B' });
    expect(await memory.load()).toEqual({ PC2: 'Response B' });
  });
});

describe('applyFilters with teams', () => {
  it('filters by team alone, by officers with no team, and with no team list at all', () => {
    expect(refs(applyFilters(RECORDS, { ...NONE, team: 'Response A' }, TEAMS))).toEqual([
      'CR/1/26',
      'CR/2/26',
      'CR/4/26',
    ]);
    expect(refs(applyFilters(RECORDS, { ...NONE, team: 'Neighbourhood North' }, TEAMS))).toEqual([
      'CR/3/26',
      'CR/4/26',
    ]);
    expect(refs(applyFilters(RECORDS, { ...NONE, team: NO_TEAM }, TEAMS))).toEqual(['CR/5/26']);
    expect(refs(applyFilters(RECORDS, { ...NONE, team: 'Response A' }))).toEqual([]);
    expect(applyFilters(RECORDS, NONE, TEAMS)).toHaveLength(5);
  });

  it('combines the team with the officer, date and outstanding prompt filters', () => {
    const teamA = { ...NONE, team: 'Response A' };
    expect(refs(applyFilters(RECORDS, { ...teamA, officer: 'PC2' }, TEAMS))).toEqual([
      'CR/2/26',
      'CR/4/26',
    ]);
    expect(refs(applyFilters(RECORDS, { ...teamA, officer: 'PC4' }, TEAMS))).toEqual([]);
    const day = (ms: number) => {
      const d = new Date(ms);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(
      refs(applyFilters(RECORDS, { ...teamA, from: day(T0 + DAY), to: day(T0 + 3 * DAY) }, TEAMS)),
    ).toEqual(['CR/2/26', 'CR/4/26']);
    expect(refs(applyFilters(RECORDS, { ...teamA, outstanding: 'spo' }, TEAMS))).toEqual([
      'CR/1/26',
    ]);
    expect(
      refs(
        applyFilters(RECORDS, { ...NONE, team: 'Neighbourhood North', outstanding: 'vna' }, TEAMS),
      ),
    ).toEqual(['CR/4/26']);
  });
});

describe('applyFilters by date', () => {
  it('lists a record with an event in the range, not one whose events only straddle it', () => {
    const span = (ref: string, ats: number[]) =>
      ({
        ...record(ref, ['PC1'], ats[0]!),
        lastAt: Math.max(...ats),
        events: ats.map((at) => ({ at }) as RecordSummary['events'][number]),
      }) as RecordSummary;
    const inside = span('CR/10/26', [T0, T0 + 5 * DAY, T0 + 10 * DAY]);
    const straddles = span('CR/11/26', [T0, T0 + 10 * DAY]);
    const day = (ms: number) => {
      const d = new Date(ms);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const range = { ...NONE, from: day(T0 + 4 * DAY), to: day(T0 + 6 * DAY) };
    expect(refs(applyFilters([inside, straddles], range))).toEqual(['CR/10/26']);
    expect(refs(applyFilters([inside, straddles], { ...NONE, from: day(T0 + 10 * DAY) }))).toEqual([
      'CR/10/26',
      'CR/11/26',
    ]);
    expect(refs(applyFilters([inside, straddles], { ...NONE, to: day(T0 - DAY) }))).toEqual([]);
  });
});
