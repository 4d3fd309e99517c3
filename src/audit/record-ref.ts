import { sha256Hex } from './hash';

/** The longest crime reference the audit log stores (its schema and exports rely on it). */
export const STORED_RECORD_REF_CHARS = 64;

/**
 * A crime reference as the audit log stores it. Longer ones keep their start, then `…#` and 16 hex
 * digits of their SHA-256, so the event is still saved, the reference is still recognisable, two
 * long references that share a start stay apart, and the same reference always maps to the same
 * stored form (the dashboard groups and links records by it).
 */
export async function storedRecordRef(ref: string): Promise<string> {
  if (ref.length <= STORED_RECORD_REF_CHARS) return ref;
  const digest = (await sha256Hex(ref)).slice(0, 16);
  return `${ref.slice(0, STORED_RECORD_REF_CHARS - digest.length - 2)}…#${digest}`;
}
