import { z } from 'zod';
import type { AuditDb, ChainHead, PruneNote } from './db';
import { GENESIS_HASH, chainHash } from './hash';
import type { MessageKey } from '../i18n/en';
import { refusal, refusalEnglish, type Refusal } from '../i18n/refusal';
import { issueRefusal } from '../i18n/issues';
import {
  AuditContextSchema,
  AuditEventInputSchema,
  AuditEventSchema,
  type AuditContext,
  type AuditEvent,
  type AuditEventInput,
} from './schema';

/**
 * The audit log: append with a hash chain, query, verify, prune, export and import. Everything
 * here except the `db` functions is pure so the demo sink (src/demo/demo-audit.ts) and the
 * dashboard reuse it on in-memory events.
 */

/** What the background knows about an event besides the page's input. */
export type AppendContext = AuditContext & { officerId: string; demo: boolean; now: number };

export type AuditKind = AuditEvent['kind'];

/** Filter for `queryEvents`/`filterEvents`. `from` is inclusive and `to` exclusive (ms since epoch). */
export interface AuditQuery {
  from?: number;
  to?: number;
  recordRef?: string;
  officerId?: string;
  kinds?: readonly AuditKind[];
  limit?: number;
  offset?: number;
}

/** Outcome of `verifyChain`. `brokenAt` is the seq of the first event that fails. */
export type ChainCheck =
  | {
      ok: true;
      count: number;
      firstSeq: number | null;
      lastSeq: number | null;
      /** Hash of the last event: with `lastSeq`, the head a record's summary block can be checked against. */
      lastHash: string | null;
    }
  | {
      ok: false;
      brokenAt: number;
      /** Why, in English (logs, tests). */
      reason: string;
      /** The same reason as a message id, for a page to word in its language. */
      why: Refusal;
    };

/** Where a chain must start when it does not start at seq 0 (after a retention prune). */
export interface ChainAnchor {
  firstSeq: number;
  prevHash: string;
}

/** The newest link of a chain: what the next event will link to, and what an export must end at. */
export interface ChainHeadRef {
  seq: number;
  hash: string;
}

const ContextWithOfficerSchema = AuditContextSchema.extend({
  officerId: z.string().max(64),
  demo: z.boolean(),
  now: z.number().finite(),
});

/**
 * Build the next chain link without storing it. Input and context are parsed with zod, which also
 * drops unknown keys: a page cannot smuggle extra fields (such as narrative text) into the log.
 * Throws a ZodError on invalid input.
 */
export async function buildEvent(
  input: AuditEventInput,
  ctx: AppendContext,
  head: ChainHead | undefined,
  id: string = crypto.randomUUID(),
): Promise<AuditEvent> {
  const parsedInput = AuditEventInputSchema.parse(input);
  const c = ContextWithOfficerSchema.parse(ctx);
  const prevHash = head?.lastHash ?? GENESIS_HASH;
  const body = {
    ...parsedInput,
    id,
    seq: head ? head.lastSeq + 1 : 0,
    at: Math.round(c.now),
    officerId: c.officerId,
    recordRef: c.recordRef,
    profileId: c.profileId,
    origin: c.origin,
    demo: c.demo,
    prevHash,
  };
  const event = { ...body, hash: await chainHash(prevHash, body) } as AuditEvent;
  AuditEventSchema.parse(event);
  return event;
}

// Appends from one context run one after another. Across contexts (a second service worker
// instance, an extension page) the Web Locks API serialises them where it exists, and the check in
// the write transaction below keeps the chain correct even where it does not.
const appendQueues = new WeakMap<AuditDb, Promise<unknown>>();

/**
 * Append one event: assigns seq, id, time and the hash chain, and stores event and chain head in
 * one readwrite transaction. crypto.subtle is asynchronous and an IndexedDB transaction commits
 * itself as soon as it waits on anything that is not an IDB request, so the hash is computed first
 * from the head as read, and the write transaction re-reads the head and only writes if it is
 * unchanged (otherwise it waits a moment and retries). Two appends can therefore never link to the
 * same predecessor.
 */
export function appendEvent(
  db: AuditDb,
  input: AuditEventInput,
  ctx: AppendContext,
): Promise<AuditEvent> {
  const previous = appendQueues.get(db) ?? Promise.resolve();
  const run = previous
    .catch(() => undefined)
    .then(() => withAppendLock(db.name, () => appendNow(db, input, ctx)));
  appendQueues.set(db, run);
  return run;
}

async function withAppendLock<T>(dbName: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? await locks.request(`waymark-audit-append:${dbName}`, fn) : fn();
}

const MAX_APPEND_ATTEMPTS = 40;

async function appendNow(
  db: AuditDb,
  input: AuditEventInput,
  ctx: AppendContext,
): Promise<AuditEvent> {
  for (let attempt = 0; attempt < MAX_APPEND_ATTEMPTS; attempt++) {
    const head = (await db.get('meta', 'head')) as ChainHead | undefined;
    const event = await buildEvent(input, ctx, head);
    const tx = db.transaction(['events', 'meta'], 'readwrite');
    const meta = tx.objectStore('meta');
    const current = (await meta.get('head')) as ChainHead | undefined;
    if (current?.lastSeq !== head?.lastSeq || current?.lastHash !== head?.lastHash) {
      await tx.done;
      // Random back-off so two writers without Web Locks do not keep colliding in step.
      await new Promise((resolve) =>
        setTimeout(resolve, Math.random() * Math.min(50, 2 ** attempt)),
      );
      continue;
    }
    // add (not put): a duplicate seq aborts the transaction instead of overwriting history.
    await tx.objectStore('events').add(event);
    const next: ChainHead = { lastSeq: event.seq, lastHash: event.hash };
    await meta.put(next, 'head');
    await tx.done;
    return event;
  }
  throw new Error('Audit append failed: the log kept changing under this writer');
}

/** Apply a query to events in memory; result is ordered by seq. */
export function filterEvents(events: readonly AuditEvent[], filter: AuditQuery = {}): AuditEvent[] {
  const kinds = filter.kinds ? new Set<string>(filter.kinds) : null;
  const out = events.filter(
    (e) =>
      (filter.from === undefined || e.at >= filter.from) &&
      (filter.to === undefined || e.at < filter.to) &&
      (filter.recordRef === undefined || e.recordRef === filter.recordRef) &&
      (filter.officerId === undefined || e.officerId === filter.officerId) &&
      (kinds === null || kinds.has(e.kind)),
  );
  out.sort((a, b) => a.seq - b.seq);
  const offset = Math.max(0, filter.offset ?? 0);
  const end = filter.limit === undefined ? undefined : offset + Math.max(0, filter.limit);
  return out.slice(offset, end);
}

/**
 * Read events matching the filter, ordered by seq. The most selective index available is used to
 * fetch; the remaining criteria are applied in memory.
 */
export async function queryEvents(db: AuditDb, filter: AuditQuery = {}): Promise<AuditEvent[]> {
  let fetched: AuditEvent[];
  if (filter.recordRef !== undefined) {
    fetched = await db.getAllFromIndex('events', 'recordRef', filter.recordRef);
  } else if (filter.officerId !== undefined) {
    fetched = await db.getAllFromIndex('events', 'officerId', filter.officerId);
  } else if (filter.from !== undefined || filter.to !== undefined) {
    const range =
      filter.from !== undefined && filter.to !== undefined
        ? filter.from < filter.to
          ? IDBKeyRange.bound(filter.from, filter.to, false, true)
          : null
        : filter.from !== undefined
          ? IDBKeyRange.lowerBound(filter.from)
          : IDBKeyRange.upperBound(filter.to, true);
    fetched = range ? await db.getAllFromIndex('events', 'at', range) : [];
  } else {
    fetched = await db.getAll('events');
  }
  return filterEvents(fetched, filter);
}

/** The prune note, if the log was ever pruned. */
export async function readPruneNote(db: AuditDb): Promise<PruneNote | undefined> {
  return (await db.get('meta', 'prune')) as PruneNote | undefined;
}

/**
 * Check a chain of events (any order; they are sorted by seq). Each event's hash must match its
 * contents, seqs must be consecutive and each `prevHash` must equal the previous event's hash. The
 * chain must start at seq 0 linking to 64 zeros, or at `anchor` (a checkpoint: the first kept seq
 * of a pruned log and the hash it links to); anything else is a chain with its start cut off. With
 * `head`, the chain must also end exactly there, so events cut from the end show too.
 *
 * What this proves is only that the events are one unaltered run of the chain between those two
 * points. Someone who can rewrite the whole file can recompute every hash; only a head recorded
 * somewhere they cannot reach (the crime record's summary block) shows that (docs/security.md).
 */
export async function verifyChain(
  events: readonly AuditEvent[],
  anchor?: ChainAnchor,
  head?: ChainHeadRef,
): Promise<ChainCheck> {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const start = anchor ?? { firstSeq: 0, prevHash: GENESIS_HASH };
  let prev: AuditEvent | undefined;
  for (const e of sorted) {
    if (!prev) {
      if (e.seq !== start.firstSeq) {
        return fail(
          e.seq,
          anchor
            ? refusal('chain.startCheckpoint', { seq: anchor.firstSeq })
            : refusal('chain.startZero'),
        );
      }
      if (e.prevHash !== start.prevHash) {
        return fail(e.seq, refusal(anchor ? 'chain.linkCheckpoint' : 'chain.firstNotStart'));
      }
    } else {
      if (e.seq === prev.seq) return fail(e.seq, refusal('chain.twice'));
      if (e.seq !== prev.seq + 1) {
        return fail(e.seq, refusal('chain.gap', { from: prev.seq + 1, to: e.seq - 1 }));
      }
      if (e.prevHash !== prev.hash) {
        return fail(e.seq, refusal('chain.link', { seq: prev.seq }));
      }
    }
    if ((await chainHash(e.prevHash, e)) !== e.hash) {
      return fail(e.seq, refusal('chain.changed'));
    }
    prev = e;
  }
  if (head) {
    const last = sorted.at(-1);
    if (!last || last.seq !== head.seq) {
      return fail(last?.seq ?? start.firstSeq, refusal('chain.end', { seq: head.seq }));
    }
    if (last.hash !== head.hash) return fail(last.seq, refusal('chain.notHead'));
  }
  return {
    ok: true,
    count: sorted.length,
    firstSeq: sorted[0]?.seq ?? null,
    lastSeq: sorted.at(-1)?.seq ?? null,
    lastHash: sorted.at(-1)?.hash ?? null,
  };
}

function fail(brokenAt: number, why: Refusal): ChainCheck {
  return { ok: false, brokenAt, reason: refusalEnglish(why), why };
}

/**
 * Verify the whole stored log: the chain itself, its start (seq 0 or the prune anchor) and its end
 * (the stored head), so events removed from the end are caught too.
 */
export async function verifyStoredChain(db: AuditDb): Promise<ChainCheck> {
  const [events, note, head] = await Promise.all([
    db.getAll('events'),
    readPruneNote(db),
    db.get('meta', 'head') as Promise<ChainHead | undefined>,
  ]);
  const anchor = note ? { firstSeq: note.firstKeptSeq, prevHash: note.anchorHash } : undefined;
  // An empty store after a full prune is fine: the anchor then points past the head.
  if (events.length === 0 && head && note && note.firstKeptSeq === head.lastSeq + 1) {
    return { ok: true, count: 0, firstSeq: null, lastSeq: null, lastHash: null };
  }
  return verifyChain(events, anchor, head && { seq: head.lastSeq, hash: head.lastHash });
}

/** The stored chain head as `{ seq, hash }`, or null while the log is empty. */
export async function readChainHead(db: AuditDb): Promise<ChainHeadRef | null> {
  const head = (await db.get('meta', 'head')) as ChainHead | undefined;
  return head ? { seq: head.lastSeq, hash: head.lastHash } : null;
}

/** Where the stored chain starts, when a prune moved its start past seq 0. */
export async function readCheckpoint(db: AuditDb): Promise<ChainAnchor | undefined> {
  const note = await readPruneNote(db);
  return note ? { firstSeq: note.firstKeptSeq, prevHash: note.anchorHash } : undefined;
}

const DAY_MS = 86_400_000;

/**
 * Retention: delete the oldest events older than `days`. Deletion stops at the first event young
 * enough to keep (even if an older-stamped one follows after a clock change), so the kept log is
 * one unbroken chain. The prune note records the first kept seq and the hash it must link to, so
 * `verifyStoredChain` checks from there. Returns how many events were removed.
 */
export async function pruneOlderThan(
  db: AuditDb,
  days: number,
  now: number = Date.now(),
): Promise<{ removed: number; firstKeptSeq: number | null }> {
  if (!(days > 0)) throw new RangeError('Retention must be at least one day');
  const cutoff = now - days * DAY_MS;
  const tx = db.transaction(['events', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  let removed = 0;
  let lastRemoved: AuditEvent | undefined;
  let cursor = await tx.objectStore('events').openCursor();
  while (cursor && cursor.value.at < cutoff) {
    lastRemoved = cursor.value;
    await cursor.delete();
    removed++;
    cursor = await cursor.continue();
  }
  let firstKeptSeq: number | null = cursor ? cursor.value.seq : null;
  if (lastRemoved) {
    firstKeptSeq = cursor ? cursor.value.seq : lastRemoved.seq + 1;
    const before = (await meta.get('prune')) as PruneNote | undefined;
    const note: PruneNote = {
      firstKeptSeq,
      anchorHash: lastRemoved.hash,
      prunedAt: now,
      removedTotal: (before?.removedTotal ?? 0) + removed,
    };
    await meta.put(note, 'prune');
  }
  await tx.done;
  return { removed, firstKeptSeq };
}

/**
 * Where an export sits in the chain. The file carries the head as it was when written, so events
 * cut from its end show; `checkpoint` says where a pruned log starts, so events cut from its start
 * show; `count` catches files whose events were thinned while the rest was kept.
 */
export interface ExportChain {
  /** The chain head when the file was written (null for an empty log): the last event. */
  head: ChainHeadRef | null;
  /** Present when the events do not start at seq 0: the first seq and the hash it links to. */
  checkpoint?: ChainAnchor;
  firstSeq: number | null;
  lastSeq: number | null;
  count: number;
}

/** Envelope of a JSON export. */
export interface AuditExport {
  format: 'waymark-audit';
  version: 2;
  exportedAt: string;
  chain: ExportChain;
  events: AuditEvent[];
}

/**
 * A JSON export: a versioned envelope with events ordered by seq and the chain position, readable
 * by `parseImport`. `position` gives the stored head and checkpoint; without it they are read
 * from the events themselves (an export of a file that was itself imported and verified).
 */
export function exportJson(
  events: readonly AuditEvent[],
  exportedAt: Date = new Date(),
  position: { head?: ChainHeadRef | null; checkpoint?: ChainAnchor } = {},
): string {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const first = sorted[0];
  const last = sorted.at(-1);
  const checkpoint =
    'checkpoint' in position
      ? position.checkpoint
      : first && first.seq > 0
        ? { firstSeq: first.seq, prevHash: first.prevHash }
        : undefined;
  const chain: ExportChain = {
    head:
      'head' in position
        ? (position.head ?? null)
        : last
          ? { seq: last.seq, hash: last.hash }
          : null,
    ...(checkpoint ? { checkpoint } : {}),
    firstSeq: first?.seq ?? null,
    lastSeq: last?.seq ?? null,
    count: sorted.length,
  };
  const envelope: AuditExport = {
    format: 'waymark-audit',
    version: 2,
    exportedAt: exportedAt.toISOString(),
    chain,
    events: sorted,
  };
  return JSON.stringify(envelope, null, 2);
}

/**
 * Names for the CSV's plain-words columns: the caller passes the ones the panel and the summary
 * use (prompt names from the catalogue, behaviour names from the rule pack), so this module needs
 * neither.
 */
export interface CsvNames {
  prompt(id: string): string;
  behaviour(id: string): string;
}

/** Column order of the CSV export (a public shape: add columns at the end only). */
export const CSV_COLUMNS = [
  'seq',
  'id',
  'at',
  'officerId',
  'recordRef',
  'profileId',
  'origin',
  'demo',
  'kind',
  'promptId',
  'state',
  'automatic',
  'reason',
  'behaviours',
  'stalkingLikely',
  'score',
  'missingRoles',
  'prevHash',
  'hash',
  // Names as the panel, the summary and the dashboard show them (rule pack and catalogue).
  'promptName',
  'behaviourNames',
] as const;

/**
 * One CSV cell. Spreadsheet apps run a cell that starts with = + - @ (or tab/CR, which some strip
 * first) as a formula, and officer reasons are free text, so such cells get a leading single quote
 * (OWASP "CSV injection"). Then RFC 4180 quoting, also for `;`, which spreadsheets in
 * semicolon-separated locales read as a column break.
 */
export function csvCell(value: string): string {
  let v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (/[",;\r\n]/.test(v)) v = `"${v.replaceAll('"', '""')}"`;
  return v;
}

function csvRow(e: AuditEvent, names: CsvNames): string[] {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    seq: String(e.seq),
    id: e.id,
    at: new Date(e.at).toISOString(),
    officerId: e.officerId,
    recordRef: e.recordRef ?? '',
    profileId: e.profileId,
    origin: e.origin,
    demo: String(e.demo),
    kind: e.kind,
    promptId: 'promptId' in e ? e.promptId : '',
    state: 'state' in e ? e.state : '',
    automatic: e.kind === 'prompt_state' ? String(e.automatic) : '',
    reason: e.kind === 'prompt_state' ? (e.reason ?? '') : '',
    behaviours:
      e.kind === 'indicators' ? e.behaviours.map((b) => `${b.id}:${b.count}`).join(';') : '',
    stalkingLikely: e.kind === 'indicators' ? String(e.stalkingLikely) : '',
    score: e.kind === 'indicators' ? String(e.score) : '',
    missingRoles: e.kind === 'health' ? e.missingRoles.join(';') : '',
    prevHash: e.prevHash,
    hash: e.hash,
    promptName: 'promptId' in e ? names.prompt(e.promptId) : '',
    behaviourNames:
      e.kind === 'indicators'
        ? e.behaviours.map((b) => `${names.behaviour(b.id)}: ${b.count}`).join('; ')
        : '',
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}

/** CSV export (RFC 4180: CRLF line ends, quoted where needed), one row per event, ordered by seq. */
export function exportCsv(events: readonly AuditEvent[], names: CsvNames): string {
  const rows = [
    [...CSV_COLUMNS],
    ...[...events].sort((a, b) => a.seq - b.seq).map((e) => csvRow(e, names)),
  ];
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Imports larger than this are refused before parsing (about 50 MB of text). */
export const MAX_IMPORT_CHARS = 50_000_000;
/** And exports with more events than this. */
export const MAX_IMPORT_EVENTS = 500_000;

/**
 * `chain` is the file's stated position, checked against its events; null for a version 1 file,
 * which states no head, so events cut from its end would not show.
 */
export type ImportResult =
  | { ok: true; events: AuditEvent[]; chain: ExportChain | null }
  | { ok: false; error: string; refusal: Refusal };

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const seqNumber = z.number().int().min(0);
const ExportChainSchema = z
  .object({
    head: z.object({ seq: seqNumber, hash: hex64 }).strict().nullable(),
    checkpoint: z.object({ firstSeq: seqNumber, prevHash: hex64 }).strict().optional(),
    firstSeq: seqNumber.nullable(),
    lastSeq: seqNumber.nullable(),
    count: z.number().int().min(0),
  })
  .strict();

const EnvelopeSchema = z.discriminatedUnion('version', [
  z.object({
    format: z.literal('waymark-audit'),
    version: z.literal(1),
    exportedAt: z.string().max(64),
    events: z.array(AuditEventSchema),
  }),
  z.object({
    format: z.literal('waymark-audit'),
    version: z.literal(2),
    exportedAt: z.string().max(64),
    chain: ExportChainSchema,
    events: z.array(AuditEventSchema),
  }),
]);

/**
 * Read a JSON export: size limit, JSON, envelope and every event checked with zod, then the hash
 * chain from seq 0 (or the stated checkpoint) to the stated head, and the stated count. Refusals
 * are one readable line; the caller keeps whatever it showed before.
 */
export async function parseImport(text: string): Promise<ImportResult> {
  if (text.length > MAX_IMPORT_CHARS) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return bad('refusal.import.tooLarge', { size: mb, limit: MAX_IMPORT_CHARS / 1_000_000 });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return bad('refusal.import.json', {
      error: err instanceof Error ? err.message : String(err),
    });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return bad('refusal.import.notObject');
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== 'waymark-audit') {
    return typeof obj.format === 'string'
      ? bad('refusal.import.format', { found: `"${obj.format.slice(0, 40)}"` })
      : bad('refusal.import.formatMissing');
  }
  if (obj.version !== 1 && obj.version !== 2) {
    return bad('refusal.import.version', { version: String(obj.version) });
  }
  if (Array.isArray(obj.events) && obj.events.length > MAX_IMPORT_EVENTS) {
    return bad('refusal.import.tooManyEvents', {
      events: obj.events.length,
      limit: MAX_IMPORT_EVENTS,
    });
  }
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) return refused(describeIssue(parsed.error, obj.events));
  const events = [...parsed.data.events].sort((a, b) => a.seq - b.seq);
  const chain = parsed.data.version === 2 ? parsed.data.chain : null;
  if (chain) {
    if (chain.count !== events.length) {
      return bad('refusal.import.count', { stated: chain.count, held: events.length });
    }
    if (events.length === 0) {
      return chain.head
        ? bad('refusal.import.noEvents', { seq: chain.head.seq })
        : bad('refusal.import.empty');
    }
    if (chain.firstSeq !== events[0]!.seq || chain.lastSeq !== events.at(-1)!.seq) {
      return bad('refusal.import.range', {
        first: String(chain.firstSeq),
        last: String(chain.lastSeq),
        heldFirst: events[0]!.seq,
        heldLast: events.at(-1)!.seq,
      });
    }
    if (!chain.head) return bad('refusal.import.noHead');
  } else if (events.length === 0) {
    return bad('refusal.import.empty');
  }
  const check = await verifyChain(events, chain?.checkpoint, chain?.head ?? undefined);
  if (!check.ok) return bad('refusal.import.chain', { seq: check.brokenAt, reason: check.why });
  return { ok: true, events, chain };
}

/** A refused import: the message id for the page, and its English line for logs and tests. */
function refused(r: Refusal): ImportResult {
  return { ok: false, error: refusalEnglish(r).replace(/\s+/g, ' ').trim(), refusal: r };
}

function bad(id: MessageKey, params: Refusal['params'] = {}): ImportResult {
  return refused(refusal(id, params));
}

/** First zod issue as one line, naming the event by index and seq where it can. */
function describeIssue(error: z.ZodError, rawEvents: unknown): Refusal {
  const issue = error.issues[0];
  if (!issue) return refusal('refusal.import.invalidAny');
  const more =
    error.issues.length > 1
      ? refusal('refusal.import.more', { count: error.issues.length - 1 })
      : '';
  const [head, index, ...rest] = issue.path;
  if (head === 'events' && typeof index === 'number') {
    const item = Array.isArray(rawEvents) ? (rawEvents[index] as unknown) : undefined;
    const seq =
      typeof item === 'object' && item !== null && 'seq' in item
        ? refusal('refusal.import.seq', { seq: String(item.seq) })
        : '';
    const field = rest.length
      ? refusal('refusal.import.field', { field: rest.map(String).join('.') })
      : '';
    return refusal('refusal.import.invalidEvent', {
      index,
      seq,
      field,
      issue: issueRefusal(issue),
      more,
    });
  }
  const field = issue.path.length ? ` ${issue.path.map(String).join('.')}` : '';
  return refusal('refusal.import.invalid', { field, issue: issueRefusal(issue), more });
}
