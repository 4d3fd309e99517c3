/**
 * Digests kept in the summary block so a later review can tell whether the narrative or the key
 * fields changed since the summary was inserted, without the block holding any narrative text.
 * SHA-256 of a normalised form: whitespace and Unicode composition differ between editors and
 * machines reading the same record, and must not read as an edit.
 */
import type { RecordState } from './types';

/** Both digests, base64 SHA-256. */
export interface SummaryDigests {
  narrative: string;
  fields: string;
}

function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Base64 SHA-256 (the block's data line is itself encoded, so + / = are safe in it). */
async function sha256(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(hash)));
}

/**
 * The key fields a reviewer relies on: every field Waymark reads except the narrative (digested
 * on its own) and the notes (which hold the block itself), text normalised. Key order is
 * `readRecord`'s, which is fixed, so the same record gives the same digest on any machine.
 */
export function keyFields(record: RecordState): string {
  return JSON.stringify(record, (k, v: unknown) =>
    k === 'narrative' || k === 'notes' ? undefined : typeof v === 'string' ? normalise(v) : v,
  );
}

/**
 * Digests of the record as it is now, or null where the page gives no Web Crypto (a page served
 * without HTTPS): the summary then says changes cannot be checked, rather than guessing.
 */
export async function summaryDigests(record: RecordState): Promise<SummaryDigests | null> {
  if (!globalThis.crypto?.subtle) return null;
  return {
    narrative: await sha256(normalise(record.narrative)),
    fields: await sha256(keyFields(record)),
  };
}
