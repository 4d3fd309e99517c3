import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { AuditEvent } from './schema';

/**
 * The audit database. Open it ONLY in the extension origin (background service worker and
 * extension pages such as the dashboard): IndexedDB opened from a content script would belong to
 * the police system's origin, where the host page could read it.
 *
 * This file is the single owner of the schema version. To change the shape, bump `AUDIT_DB_VERSION`
 * and add a step to `upgrade` keyed on `oldVersion`; never edit an earlier step.
 */

export const AUDIT_DB_VERSION = 1;

/** The real audit log: what supervisors review, export and verify. */
export const AUDIT_DB_NAME = 'waymark-audit';
/**
 * The training log: what a trainer's demo mode records on a training environment. A database of
 * its own, so the real log's chain never holds a demo event and nothing that reads the real log
 * can count one.
 */
export const TRAINING_AUDIT_DB_NAME = 'waymark-audit-training';

/** Head of the hash chain: what the next append links to. */
export interface ChainHead {
  lastSeq: number;
  lastHash: string;
}

/**
 * Written by a retention prune. The chain then verifies from `firstKeptSeq`, whose `prevHash` must
 * equal `anchorHash` (the hash of the last deleted event), so a deletion in the middle still shows.
 */
export interface PruneNote {
  firstKeptSeq: number;
  anchorHash: string;
  /** When the prune ran (ms since epoch) and how many events it removed in total so far. */
  prunedAt: number;
  removedTotal: number;
}

/** Meta rows live under fixed keys. Head and prune note are separate rows so a prune never races
 * an append that rewrites the head. */
export interface AuditMeta {
  head: ChainHead;
  prune: PruneNote;
}
export type AuditMetaKey = keyof AuditMeta;

export interface AuditDbSchema extends DBSchema {
  events: {
    key: number;
    value: AuditEvent;
    indexes: { at: number; recordRef: string; officerId: string; kind: string };
  };
  meta: {
    key: AuditMetaKey;
    value: ChainHead | PruneNote;
  };
}

export type AuditDb = IDBPDatabase<AuditDbSchema>;

/**
 * Open (and create or upgrade) the audit database. When a newer version of the extension opens the
 * same database in another context, this connection closes itself (`blocking`) so the upgrade is
 * not held up; the next call opens a fresh connection.
 */
export function openAuditDb(name = AUDIT_DB_NAME): Promise<AuditDb> {
  return openDB<AuditDbSchema>(name, AUDIT_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const events = db.createObjectStore('events', { keyPath: 'seq' });
        events.createIndex('at', 'at');
        // Events without a crime reference (null) are simply absent from this index.
        events.createIndex('recordRef', 'recordRef');
        events.createIndex('officerId', 'officerId');
        events.createIndex('kind', 'kind');
        db.createObjectStore('meta');
      }
    },
    blocking(_currentVersion, _blockedVersion, event) {
      (event.target as IDBDatabase | null)?.close();
    },
  });
}
