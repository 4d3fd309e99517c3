import { refusal, refusalText } from '../i18n/refusal';
import { t } from '../i18n/runtime';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openAuditDb, type AuditDb } from '../audit/db';
import type { AuditEvent } from '../audit/schema';
import {
  MAX_IMPORT_CHARS,
  exportCsv,
  exportJson,
  parseImport,
  queryEvents,
  readChainHead,
  readCheckpoint,
  verifyChain,
  verifyStoredChain,
  type ChainCheck,
  type ChainHeadRef,
  type ExportChain,
} from '../audit/store';
import {
  DEFAULT_MANDATORY_PROMPTS,
  DEFAULT_TIME_ZONE,
  overallCounts,
  summariseLog,
  type OverallCounts,
  type PromptRef,
  type RecordSummary,
} from '../audit/summary';
import { Charts } from './Charts';
import {
  type ChartSpec,
  followedByWeek,
  notApplicableReasons,
  outstandingPerRecord,
  referralInTime,
  spoWhereLikely,
} from './charts-data';
import { CountsPanel } from './CountsPanel';
import { recordsCsv, recordsJsonl } from './record-export';
import { importTeam, jsonFiles, type FileOutcome } from './team';
import { downloadText, exportFileName } from './download';
import { behaviourLabel, parseDateInput, promptLabel, vnaShort } from './format';
import { seesAllRecords, type DashboardIdentity } from './identity';
import { RecordReview } from './RecordReview';
import { RECORD_PAGE, RecordTable } from './RecordTable';
import {
  NO_TEAM,
  assignTeam,
  memoryTeamStore,
  readTeams,
  recordInTeam,
  teamNames,
  type TeamAssignments,
  type TeamStore,
} from './teams';
import { TeamsPanel } from './TeamsPanel';

/** What the dashboard needs from its host page; everything has a production default but identity. */
export interface DashboardAppProps {
  /** Role and officer id (from settings/policy). Officers and trainers see only their own records. */
  getIdentity: () => Promise<DashboardIdentity>;
  /** The audit database (extension origin). */
  openDb?: () => Promise<AuditDb>;
  now?: () => number;
  /** Saves an export; tests pass a spy. */
  download?: (filename: string, text: string, mime: string) => void;
  timeZone?: string;
  /**
   * A crime reference from the page's `#record=` link (deep-link.ts): once the log has loaded, the
   * reference filter is set to it and its review opens. A new value (the hash changed) applies
   * again.
   */
  linkedRecord?: string | null;
  /** Where the supervisor's teams are kept (teams.ts); in memory when not given. */
  teamStore?: TeamStore;
}

export interface Filters {
  from: string;
  to: string;
  officer: string;
  /** A team name, NO_TEAM for officers without one, or '' for every team. */
  team?: string;
  recordRef: string;
  openOnly: boolean;
  /** A mandatory prompt id: only records where it is still outstanding. */
  outstanding?: string;
}

const NO_FILTERS: Filters = {
  from: '',
  to: '',
  officer: '',
  team: '',
  recordRef: '',
  openOnly: false,
  outstanding: '',
};

type Source =
  | { kind: 'live' }
  | { kind: 'import'; fileName: string; chain: ExportChain | null }
  /** Several officers' exports merged; each file's chain was verified on its own when added. */
  | { kind: 'team'; files: FileOutcome[] };
type Notice = { tone: 'ok' | 'error'; text: string } | null;

/**
 * A chain head as a supervisor compares it with the one in a record's summary block: the seq and
 * the first 16 hex digits of the hash.
 */
function headText(head: ChainHeadRef): string {
  return t('dash.head', { seq: head.seq, hash: head.hash.slice(0, 16) });
}

/** Charts for the records listed: drawn after the first screen, so they never hold it back. */
function chartSpecs(
  records: readonly RecordSummary[],
  counts: OverallCounts,
  timeZone: string,
): ChartSpec[] {
  return [
    outstandingPerRecord(records),
    followedByWeek(records, timeZone),
    spoWhereLikely(records),
    referralInTime(records),
    notApplicableReasons(counts.notApplicableReasons),
  ];
}

/** Runs `fn` once the browser has painted the current frame; answers a function that cancels. */
function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(fn, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** How often the import's progress is read out (the bar itself moves with every file). */
const ANNOUNCE_EVERY_MS = 3000;

/**
 * The supervisor dashboard: records with filters, per-record review, overall counts, exports,
 * import of an earlier export, and a check of the hash chain. Reads the audit DB directly (same
 * extension origin as the background). Never sends anything anywhere: exports are files the
 * supervisor saves.
 */
export function DashboardApp({
  getIdentity,
  openDb = () => openAuditDb(),
  now = Date.now,
  download = downloadText,
  timeZone = DEFAULT_TIME_ZONE,
  linkedRecord = null,
  teamStore,
}: DashboardAppProps) {
  const [identity, setIdentity] = useState<DashboardIdentity | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [source, setSource] = useState<Source>({ kind: 'live' });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [teamReport, setTeamReport] = useState<FileOutcome[] | null>(null);
  const [announced, setAnnounced] = useState('');
  const [rowLimit, setRowLimit] = useState(RECORD_PAGE);
  const [teams, setTeams] = useState<TeamAssignments>({});
  // The latest assignments, read by each change: two changes made before a re-render (or while
  // the saved teams are still loading) must build on each other, not on what the last render saw.
  const teamsRef = useRef<TeamAssignments>({});
  const teamsChanged = useRef(false);
  const teamSaves = useRef<Promise<unknown>>(Promise.resolve());
  const [chartData, setChartData] = useState<{
    records: RecordSummary[];
    specs: ChartSpec[];
  } | null>(null);
  const store = useMemo(() => teamStore ?? memoryTeamStore(), [teamStore]);
  const dbRef = useRef<AuditDb | null>(null);
  const rowButtons = useRef(new Map<string, HTMLButtonElement>());
  const fileInput = useRef<HTMLInputElement>(null);

  const loadLive = useCallback(async (who: DashboardIdentity) => {
    dbRef.current ??= await openDb();
    const rows = await queryEvents(
      dbRef.current,
      seesAllRecords(who) ? {} : { officerId: who.officerId },
    );
    setEvents(rows);
    setSource({ kind: 'live' });
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const who = await getIdentity();
        if (cancelled) return;
        setIdentity(who);
        const saved = readTeams(await store.load().catch(() => undefined));
        if (cancelled) return;
        // A change the supervisor already made wins over what was saved before it.
        if (saved.ok) {
          if (!teamsChanged.current) {
            teamsRef.current = saved.teams;
            setTeams(saved.teams);
          }
        } else
          setNotice({
            tone: 'error',
            text: t('teams.notSet', { error: saved.error }),
          });
        await loadLive(who);
      } catch (err) {
        if (!cancelled) setLoadError(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      cancelled = true;
      dbRef.current?.close();
      dbRef.current = null;
    };
  }, []);

  const visible = useMemo(() => {
    if (!events || !identity) return [];
    // Imported files are filtered by role too: an officer only ever sees their own records.
    return seesAllRecords(identity)
      ? events
      : events.filter((e) => e.officerId === identity.officerId);
  }, [events, identity]);

  const mandatory = identity?.mandatoryPrompts?.length
    ? identity.mandatoryPrompts
    : DEFAULT_MANDATORY_PROMPTS;
  const nowMs = now();
  // One pass over every event, only when the data changes: records, and the events without one.
  const { records: allRecords, unreferenced } = useMemo(
    () => summariseLog(visible, { now: nowMs, mandatory, timeZone }),
    // nowMs changes on every render; the summary only needs refreshing when the data changes.
    [visible, mandatory, timeZone],
  );
  const officers = useMemo(
    () => [...new Set(allRecords.flatMap((r) => r.officerIds))].sort(),
    [allRecords],
  );
  const records = useMemo(
    () => applyFilters(allRecords, filters, teams),
    [allRecords, filters, teams],
  );
  const counts = useMemo(() => overallCounts(records), [records]);
  // The first screen is the records and the counts; the charts follow once it has been painted
  // (until then the previous charts stay, marked busy).
  useLayoutEffect(
    () => afterPaint(() => setChartData({ records, specs: chartSpecs(records, counts, timeZone) })),
    [records, counts, timeZone],
  );
  const selectedRecord = records.find((r) => r.recordRef === selected) ?? null;

  // Apply a deep link once the log is loaded, and again whenever the link changes.
  const appliedLink = useRef<string | null>(null);
  useEffect(() => {
    if (!linkedRecord) {
      appliedLink.current = null;
      return;
    }
    if (!identity || !events || appliedLink.current === linkedRecord) return;
    appliedLink.current = linkedRecord;
    const wanted = linkedRecord.trim().toLowerCase();
    const match =
      allRecords.find((r) => r.recordRef === linkedRecord) ??
      allRecords.find((r) => r.recordRef.trim().toLowerCase() === wanted);
    setFilters({ ...NO_FILTERS, recordRef: match?.recordRef ?? linkedRecord });
    setSelected(match?.recordRef ?? null);
    setNotice(
      match
        ? null
        : {
            tone: 'error',
            text: t('dash.notInLog', { ref: linkedRecord }),
          },
    );
  }, [linkedRecord, identity, events, allRecords]);

  if (loadError) {
    return (
      <main class="wm-page">
        <h1>{t('dash.title')}</h1>
        <p role="alert" class="wm-notice wm-notice-error">
          {t('dash.loadFailed', { error: loadError })}
        </p>
      </main>
    );
  }
  if (!identity || !events) {
    return (
      <main class="wm-page" aria-busy="true">
        <h1>{t('dash.title')}</h1>
        <p role="status">{t('dash.loading')}</p>
      </main>
    );
  }

  const exportsOn = identity.exportEnabled !== false;
  const supervisor = seesAllRecords(identity);

  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setRowLimit(RECORD_PAGE);
  };

  function onExportCsv() {
    const recordEvents = records.flatMap((r) => r.events);
    download(
      exportFileName('csv', now()),
      exportCsv(recordEvents, { prompt: promptLabel, behaviour: behaviourLabel }),
      'text/csv;charset=utf-8',
    );
    setNotice({
      tone: 'ok',
      text: t('dash.exportedCsv', { events: recordEvents.length, records: records.length }),
    });
  }

  function onExportRecords(kind: 'csv' | 'jsonl') {
    const text =
      kind === 'csv'
        ? recordsCsv(records, { prompt: promptLabel, referral: (r) => vnaShort(r.vnaReferral) })
        : recordsJsonl(records);
    const name = exportFileName(kind === 'csv' ? 'csv' : 'json', now()).replace(
      /\.(csv|json)$/,
      kind === 'csv' ? '-records.csv' : '-records.jsonl',
    );
    download(name, text, kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson');
    setNotice({
      tone: 'ok',
      text: t('dash.exportedRecords', {
        records: records.length,
        format: kind === 'csv' ? 'CSV' : 'JSON Lines',
      }),
    });
  }

  /**
   * Add officers' exports to what is shown. Every file is checked alone; a failed file adds
   * nothing and is listed with its reason; if none succeeds the view is unchanged.
   */
  async function onImportTeam(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const picked = jsonFiles(Array.from(input.files ?? []));
    input.value = '';
    if (picked.length === 0) {
      setNotice({
        tone: 'error',
        text: t('dash.noneChosen'),
      });
      return;
    }
    setBusy(true);
    setProgress({ done: 0, total: picked.length });
    setAnnounced(`Checking ${picked.length} export${picked.length === 1 ? '' : 's'}.`);
    let lastAnnounced = performance.now();
    try {
      const result = await importTeam(picked, events ?? [], (done, total) => {
        setProgress({ done, total });
        // Read out now and then, not at every file: a screen reader would queue 50 messages.
        const t = performance.now();
        if (done < total && t - lastAnnounced >= ANNOUNCE_EVERY_MS) {
          lastAnnounced = t;
          setAnnounced(`Checked ${done} of ${total} exports.`);
        }
      });
      // For the benchmark and the browser's performance panel: the data is read and checked.
      performance.mark('waymark:team-import-done');
      setTeamReport(result.files);
      const good = result.files.filter((f) => f.ok);
      const failed = result.files.length - good.length;
      if (good.length > 0) {
        setEvents(result.events);
        setSource((s) => ({
          kind: 'team',
          files: [...(s.kind === 'team' ? s.files : []), ...good],
        }));
        setSelected(null);
      }
      const added = good.reduce((n, f) => n + (f.ok ? f.added : 0), 0);
      setNotice({
        tone: failed ? 'error' : 'ok',
        text:
          t('dash.teamAdded', { good: good.length, total: result.files.length, added }) +
          (failed
            ? ` ${t('dash.teamRefused', { count: failed })}${good.length ? '' : ` ${t('dash.unchanged')}`}`
            : ''),
      });
    } catch (err) {
      setNotice({
        tone: 'error',
        text: t('dash.importStopped', {
          error: err instanceof Error ? err.message : String(err),
        }),
      });
    } finally {
      setProgress(null);
      setAnnounced('');
      setBusy(false);
    }
  }

  async function onAssignTeam(officerId: string, team: string | null): Promise<string | null> {
    const before = teamsRef.current;
    const next = assignTeam(before, officerId, team);
    if (!next.ok) return next.error;
    teamsChanged.current = true;
    teamsRef.current = next.teams;
    // Saves run one after another, so the stored teams end as the last change left them.
    const saving = teamSaves.current.then(() => store.save(next.teams));
    teamSaves.current = saving.catch(() => undefined);
    try {
      await saving;
    } catch (err) {
      if (teamsRef.current === next.teams) teamsRef.current = before;
      return t('teams.saveFailed', { error: err instanceof Error ? err.message : String(err) });
    }
    setTeams(teamsRef.current);
    setRowLimit(RECORD_PAGE);
    return null;
  }

  async function onExportJson() {
    // The whole log (or file) so the export carries an unbroken, verifiable chain, with the
    // stored head and checkpoint so a file cut at either end is refused on import.
    let position: Parameters<typeof exportJson>[2];
    if (source.kind === 'live') {
      dbRef.current ??= await openDb();
      position = {
        head: await readChainHead(dbRef.current),
        checkpoint: await readCheckpoint(dbRef.current),
      };
    } else {
      // A team view holds several chains and offers no JSON export; only one file's chain is here.
      position =
        source.kind === 'import' && source.chain
          ? { head: source.chain.head, checkpoint: source.chain.checkpoint }
          : undefined;
    }
    download(
      exportFileName('json', now()),
      exportJson(events ?? [], new Date(now()), position),
      'application/json',
    );
    setNotice({
      tone: 'ok',
      text: t('dash.exportedJson', { count: events?.length ?? 0 }),
    });
  }

  async function onImport(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    try {
      // Refuse a huge file before reading it into memory (a character is at least one byte).
      const result =
        file.size > MAX_IMPORT_CHARS * 4
          ? {
              ok: false as const,
              refusal: refusal('dash.tooLarge', { size: (file.size / 1e6).toFixed(1) }),
            }
          : await parseImport(await file.text());
      if (!result.ok) {
        setNotice({
          tone: 'error',
          text: `${t('dash.importRefused', { file: file.name, error: refusalText(result.refusal) })} ${t('dash.unchanged')}`,
        });
        return;
      }
      setEvents(result.events);
      setSource({ kind: 'import', fileName: file.name, chain: result.chain });
      setSelected(null);
      const last = result.events.at(-1)!;
      setNotice({
        tone: 'ok',
        text: result.chain
          ? t('dash.showingFile', {
              file: file.name,
              count: result.events.length,
              first: result.events[0]!.seq,
              head: headText({ seq: last.seq, hash: last.hash }),
            })
          : t('dash.showingOldFile', {
              file: file.name,
              count: result.events.length,
              last: last.seq,
            }),
      });
    } finally {
      setBusy(false);
    }
  }

  async function onVerify() {
    setBusy(true);
    try {
      if (source.kind === 'team') {
        setNotice({
          tone: 'ok',
          text: t('dash.teamVerify', { count: source.files.length }),
        });
        return;
      }
      let check: ChainCheck;
      if (source.kind === 'live') {
        dbRef.current ??= await openDb();
        check = await verifyStoredChain(dbRef.current);
      } else {
        check = await verifyChain(
          events ?? [],
          source.chain?.checkpoint,
          source.chain?.head ?? undefined,
        );
      }
      const what = source.kind === 'live' ? t('dash.theLog') : source.fileName;
      setNotice(
        check.ok
          ? {
              tone: 'ok',
              text:
                check.count === 0
                  ? t('dash.nothingToVerify', { what })
                  : t('dash.intact', {
                      what,
                      count: check.count,
                      first: check.firstSeq ?? 0,
                      last: check.lastSeq ?? 0,
                      head: headText({ seq: check.lastSeq!, hash: check.lastHash! }),
                    }),
            }
          : {
              tone: 'error',
              text: t('dash.broken', {
                what,
                seq: check.brokenAt,
                reason: refusalText(check.why),
              }),
            },
      );
    } catch (err) {
      setNotice({ tone: 'error', text: t('dash.verifyFailed', { error: String(err) }) });
    } finally {
      setBusy(false);
    }
  }

  async function onBackToLive() {
    setBusy(true);
    try {
      await loadLive(identity!);
      setSelected(null);
      setNotice({ tone: 'ok', text: t('dash.showingLive') });
    } finally {
      setBusy(false);
    }
  }

  function closeReview() {
    const ref = selected;
    setSelected(null);
    if (ref) queueMicrotask(() => rowButtons.current.get(ref)?.focus());
  }

  return (
    <main class="wm-page" aria-busy={busy}>
      <header class="wm-header">
        <h1>{t('dash.title')}</h1>
        <p class="wm-muted">
          {identity.role === 'supervisor'
            ? t('dash.signedInSupervisor', { officer: identity.officerId })
            : t('dash.signedInOwn', {
                officer: identity.officerId,
                role: t(`panel.role.${identity.role}`),
              })}{' '}
          {source.kind === 'live'
            ? t('dash.sourceLive')
            : source.kind === 'team'
              ? t('dash.sourceTeam', { count: source.files.length })
              : t('dash.sourceFile', { file: source.fileName })}
        </p>
      </header>

      <section class="wm-card" aria-labelledby="wm-actions-h">
        <h2 id="wm-actions-h">{t('dash.actions')}</h2>
        <div class="wm-toolbar">
          {exportsOn && (
            <button type="button" onClick={onExportCsv} disabled={busy}>
              {t('dash.exportCsv')}
              <span class="wm-visually-hidden">{t('dash.exportCsv.hidden')}</span>
            </button>
          )}
          {exportsOn && (
            <button type="button" onClick={() => onExportRecords('csv')} disabled={busy}>
              {t('dash.exportRecordsCsv')}
              <span class="wm-visually-hidden">{t('dash.exportRecordsCsv.hidden')}</span>
            </button>
          )}
          {exportsOn && (
            <button type="button" onClick={() => onExportRecords('jsonl')} disabled={busy}>
              {t('dash.exportRecordsJsonl')}
            </button>
          )}
          {exportsOn && supervisor && source.kind !== 'team' && (
            <button type="button" onClick={onExportJson} disabled={busy}>
              {t('dash.exportJson')}
              <span class="wm-visually-hidden">{t('dash.exportJson.hidden')}</span>
            </button>
          )}
          <span class="wm-file">
            <label for="wm-import">{t('dash.import')}</label>
            <input
              id="wm-import"
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              onChange={onImport}
              disabled={busy}
            />
          </span>
          {supervisor && (
            <span class="wm-file">
              <label for="wm-import-team">{t('dash.importTeam')}</label>
              <input
                id="wm-import-team"
                type="file"
                multiple
                accept=".json,application/json"
                onChange={onImportTeam}
                disabled={busy}
              />
            </span>
          )}
          {supervisor && (
            <span class="wm-file">
              <label for="wm-import-folder">{t('dash.importFolder')}</label>
              <input
                id="wm-import-folder"
                type="file"
                multiple
                {...{ webkitdirectory: '' }}
                onChange={onImportTeam}
                disabled={busy}
              />
            </span>
          )}
          <button type="button" onClick={onVerify} disabled={busy}>
            {t('dash.verify')}
          </button>
          {source.kind === 'live' ? (
            <button type="button" onClick={onBackToLive} disabled={busy}>
              {t('dash.reload')}
            </button>
          ) : (
            <button type="button" onClick={onBackToLive} disabled={busy}>
              {t('dash.backToLive')}
            </button>
          )}
        </div>
        <p class="wm-muted">
          {exportsOn
            ? supervisor
              ? t('dash.exportNoteSupervisor')
              : t('dash.exportNoteOwn')
            : t('dash.exportsOff')}{' '}
          {t('dash.exportCare')}
        </p>
        {progress && (
          <p class="wm-progress">
            <label for="wm-import-progress">{t('dash.checking')}</label>
            <progress id="wm-import-progress" value={progress.done} max={progress.total}>
              {t('dash.progress', { done: progress.done, total: progress.total })}
            </progress>
            <span aria-hidden="true">
              {t('dash.progress', { done: progress.done, total: progress.total })}
            </span>
          </p>
        )}
        {teamReport && (
          <ul
            class="wm-import-report"
            data-testid="wm-import-report"
            aria-label={t('dash.exportsAdded')}
          >
            {teamReport.map((f, i) => (
              <li key={`${i}:${f.name}`} data-file={f.name} data-ok={f.ok ? 'true' : 'false'}>
                {f.ok
                  ? t('dash.fileOk', {
                      file: f.name,
                      count: f.events,
                      added: f.added,
                      officers: f.officers.join(', '),
                    })
                  : t('dash.fileRefused', { file: f.name, error: refusalText(f.refusal) })}
              </li>
            ))}
          </ul>
        )}
        <div role="status" aria-live="polite" class="wm-live">
          {notice?.tone === 'ok' && <p class="wm-notice wm-notice-ok">{notice.text}</p>}
        </div>
        <div role="alert" class="wm-live">
          {notice?.tone === 'error' && (
            <p class="wm-notice wm-notice-error" data-testid="wm-error">
              {notice.text}
            </p>
          )}
        </div>
        {/* A live region with no role: the page's one status region is the notice above. */}
        <p aria-live="polite" class="wm-visually-hidden" data-testid="wm-import-announce">
          {announced}
        </p>
      </section>

      <form
        class="wm-card wm-filters"
        aria-labelledby="wm-filters-h"
        onSubmit={(e) => e.preventDefault()}
      >
        <h2 id="wm-filters-h">{t('dash.filters')}</h2>
        <div class="wm-field">
          <label for="wm-from">{t('dash.from')}</label>
          <input
            id="wm-from"
            type="date"
            value={filters.from}
            onInput={(e) => set({ from: e.currentTarget.value })}
          />
        </div>
        <div class="wm-field">
          <label for="wm-to">{t('dash.to')}</label>
          <input
            id="wm-to"
            type="date"
            value={filters.to}
            onInput={(e) => set({ to: e.currentTarget.value })}
          />
        </div>
        {supervisor && (
          <div class="wm-field">
            <label for="wm-officer">{t('records.officer')}</label>
            <select
              id="wm-officer"
              value={filters.officer}
              onChange={(e) => set({ officer: e.currentTarget.value })}
            >
              <option value="">{t('dash.allOfficers')}</option>
              {officers.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </div>
        )}
        {supervisor && (
          <div class="wm-field">
            <label for="wm-team">{t('teams.team')}</label>
            <select
              id="wm-team"
              value={filters.team ?? ''}
              onChange={(e) => set({ team: e.currentTarget.value })}
            >
              <option value="">{t('teams.all')}</option>
              {teamNames(teams).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
              <option value={NO_TEAM}>{t('teams.none')}</option>
            </select>
          </div>
        )}
        <div class="wm-field">
          <label for="wm-ref">{t('dash.refContains')}</label>
          <input
            id="wm-ref"
            type="search"
            value={filters.recordRef}
            onInput={(e) => set({ recordRef: e.currentTarget.value })}
          />
        </div>
        <div class="wm-field wm-check">
          <input
            id="wm-open"
            type="checkbox"
            checked={filters.openOnly}
            onChange={(e) => set({ openOnly: e.currentTarget.checked })}
          />
          <label for="wm-open">{t('dash.openOnly')}</label>
        </div>
        <div class="wm-field">
          <label for="wm-outstanding">{t('dash.outstanding')}</label>
          <select
            id="wm-outstanding"
            value={filters.outstanding ?? ''}
            onChange={(e) => set({ outstanding: e.currentTarget.value })}
          >
            <option value="">{t('dash.any')}</option>
            {mandatory.map((id) => (
              <option key={id} value={id}>
                {promptLabel(id)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => setFilters(NO_FILTERS)}>
          {t('dash.clear')}
        </button>
        <p class="wm-muted wm-full">
          {t(identity.mandatoryPrompts?.length ? 'dash.mandatoryPolicy' : 'dash.mandatoryDefault', {
            list: mandatory.map(promptLabel).join(', '),
          })}
        </p>
      </form>

      {supervisor && (
        <TeamsPanel officers={officers} teams={teams} onAssign={onAssignTeam} disabled={busy} />
      )}

      <section class="wm-card" aria-labelledby="wm-records-h">
        <h2 id="wm-records-h">{t('dash.records')}</h2>
        <RecordTable
          records={records}
          timeZone={timeZone}
          selected={selected}
          onReview={setSelected}
          limit={Math.max(rowLimit, records.findIndex((r) => r.recordRef === selected) + 1)}
          onShowMore={() => setRowLimit((n) => n + RECORD_PAGE)}
          buttonRef={(ref, el) => {
            if (el) rowButtons.current.set(ref, el);
            else rowButtons.current.delete(ref);
          }}
        />
      </section>

      <Charts specs={chartData?.specs ?? null} busy={chartData?.records !== records} />

      {selectedRecord && (
        <RecordReview record={selectedRecord} timeZone={timeZone} onClose={closeReview} />
      )}

      <CountsPanel counts={counts} unreferenced={unreferenced} />
    </main>
  );
}

/** Whether any of a record's events falls in [from, to); its first and last times settle most. */
function inDateRange(r: RecordSummary, from: number | null, to: number | null): boolean {
  if (from === null && to === null) return true;
  const lo = from ?? -Infinity;
  const hi = to ?? Infinity;
  const first = Math.min(r.firstAt, r.lastAt);
  if (r.lastAt < lo || first >= hi) return false;
  if (first >= lo && r.lastAt < hi) return true;
  return r.events.some((e) => e.at >= lo && e.at < hi);
}

/**
 * Filters: a record is listed when any of its events falls in the date range (whole days), and
 * for a team when any of its officers is in that team.
 */
export function applyFilters(
  records: readonly RecordSummary[],
  f: Filters,
  teams: TeamAssignments = {},
): RecordSummary[] {
  const from = parseDateInput(f.from);
  // The "to" day is included: the range ends at the midnight after it.
  const to = parseDateInput(f.to, 1);
  const ref = f.recordRef.trim().toLowerCase();
  return records.filter(
    (r) =>
      inDateRange(r, from, to) &&
      (f.officer === '' || r.officerIds.includes(f.officer)) &&
      (!f.team || recordInTeam(r, f.team, teams)) &&
      (ref === '' || r.recordRef.toLowerCase().includes(ref)) &&
      (!f.openOnly || r.openMandatory.length > 0) &&
      (!f.outstanding || r.openMandatory.includes(f.outstanding as PromptRef)),
  );
}
