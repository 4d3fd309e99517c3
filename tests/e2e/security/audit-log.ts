import type { Locator, Page, Worker } from '@playwright/test';
import { expect, overlayLocator, setProfiles } from '../fixtures';
import { TRAINING_PROFILE } from '../overlay-helpers';
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

/**
 * Open the training record under the training profile and give it a fresh crime reference, so
 * the events a test looks for are its own. Returns the overlay and the reference.
 */
export async function openRecordWithReference(
  page: Page,
  worker: Worker,
  baseURL: string | undefined,
  prefix: string,
): Promise<{ overlay: Locator; ref: string }> {
  await setProfiles(worker, [TRAINING_PROFILE]);
  // Room beside the narrative, so the panel docks and its buttons are on screen.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${baseURL}/training-record.html`);
  const overlay = overlayLocator(page);
  await expect(overlay).toHaveCount(1);
  const ref = freshReference(prefix);
  const crimeRef = page.locator('#crimeRef');
  await crimeRef.evaluate((el) => el.removeAttribute('readonly'));
  await crimeRef.fill(ref);
  return { overlay, ref };
}
