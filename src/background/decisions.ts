import type { OfficerAction } from '../prompts/types';
import { sha256Hex } from '../audit/hash';

/** storage.local key prefix for officers' prompt decisions, one entry per origin and record. */
export const ACTIONS_PREFIX = 'actions:';

export const actionsKey = (origin: string, recordKey: string): string =>
  `${ACTIONS_PREFIX}${origin}|${recordKey}`;

/** Record keys longer than this (a page with no crime reference and a long path) go by digest. */
export const MAX_PLAIN_RECORD_KEY = 200;

/** The storage key of a record's decisions; a long record key is replaced by its SHA-256. */
export async function recordActionsKey(origin: string, recordKey: string): Promise<string> {
  return actionsKey(
    origin,
    recordKey.length <= MAX_PLAIN_RECORD_KEY ? recordKey : `#${await sha256Hex(recordKey)}`,
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keys of saved decisions whose newest action is older than the retention period, so they go
 * when the audit events about the same record go. Entries that are not decision lists are
 * removed too: they can only be damage.
 */
export function expiredDecisionKeys(
  stored: Record<string, unknown>,
  retentionDays: number,
  now: number,
): string[] {
  const cutoff = now - retentionDays * DAY_MS;
  return Object.entries(stored)
    .filter(([key]) => key.startsWith(ACTIONS_PREFIX))
    .filter(([, value]) => {
      if (!Array.isArray(value)) return true;
      const newest = Math.max(
        ...(value as OfficerAction[]).map((a) => (typeof a?.at === 'number' ? a.at : 0)),
        0,
      );
      return newest < cutoff;
    })
    .map(([key]) => key);
}
