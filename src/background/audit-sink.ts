import type { AuditEventInput } from '../audit/schema';
import { openAuditDb, type AuditDb } from '../audit/db';
import { appendEvent, pruneOlderThan, readChainHead, type ChainHeadRef } from '../audit/store';

export interface AuditSink {
  append(
    event: AuditEventInput,
    ctx: { recordRef: string | null; profileId: string; origin: string; officerId: string },
  ): Promise<{ seq: number }>;
  prune(days: number): Promise<void>;
  /** The chain head now, or null while the log is empty. */
  head(): Promise<ChainHeadRef | null>;
}

/** The real audit log: IndexedDB in the extension origin, opened once, on first use. */
export function createAuditSink(): AuditSink {
  let db: Promise<AuditDb> | null = null;
  const open = () => (db ??= openAuditDb());
  return {
    async append(event, ctx) {
      const stored = await appendEvent(await open(), event, {
        ...ctx,
        demo: false,
        now: Date.now(),
      });
      return { seq: stored.seq };
    },
    async prune(days) {
      await pruneOlderThan(await open(), days);
    },
    async head() {
      return readChainHead(await open());
    },
  };
}
