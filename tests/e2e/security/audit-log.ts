import type { Worker } from '@playwright/test';
import type { AuditEvent } from '../../../src/audit/schema';

/** Every event in the real audit log, read in the service worker (the extension origin). */
export async function auditEvents(worker: Worker): Promise<AuditEvent[]> {
  return worker.evaluate(
    () =>
      new Promise<AuditEvent[]>((resolve, reject) => {
        const open = indexedDB.open('waymark-audit');
        open.onerror = () => reject(open.error ?? new Error('cannot open the audit log'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as AuditEvent[]);
          };
          all.onerror = () => reject(all.error ?? new Error('cannot read the audit log'));
        };
      }),
  );
}

/** A crime reference no earlier run in the same browser has used. */
export function freshReference(prefix = 'SEC'): string {
  return `${prefix}/${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}/26`;
}
