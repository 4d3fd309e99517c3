import type { AuditEvent, AuditEventInput } from '../audit/schema';
import { AUDIT_DB_NAME, openAuditDb, type AuditDb } from '../audit/db';
import {
  appendEvent,
  pruneOlderThan,
  queryEvents,
  readChainHead,
  type ChainHeadRef,
} from '../audit/store';

export interface AuditSink {
  append(
    event: AuditEventInput,
    ctx: { recordRef: string | null; profileId: string; origin: string; officerId: string },
  ): Promise<{ seq: number }>;
  prune(days: number): Promise<void>;
  /** The chain head now, or null while the log is empty. */
  head(): Promise<ChainHeadRef | null>;
  /** Every event, oldest first. */
  events(): Promise<AuditEvent[]>;
}

/**
 * An audit log in IndexedDB in the extension origin, opened once, on first use: the real log by
 * default, or the training log (`demo: true`), whose events are marked demo.
 */
export function createAuditSink({ name = AUDIT_DB_NAME, demo = false } = {}): AuditSink {
  let db: Promise<AuditDb> | null = null;
  const open = () => (db ??= openAuditDb(name));
  return {
    async append(event, ctx) {
      const stored = await appendEvent(await open(), event, { ...ctx, demo, now: Date.now() });
      return { seq: stored.seq };
    },
    async prune(days) {
      await pruneOlderThan(await open(), days);
    },
    async head() {
      return readChainHead(await open());
    },
    async events() {
      return queryEvents(await open());
    },
  };
}
