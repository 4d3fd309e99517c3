/**
 * The team view's import: many officers' JSON exports at once, each checked on its own (format,
 * every event, hash chain to its stated head), merged without duplicates into what is shown. A
 * file that fails is reported with its reason and adds nothing; what was shown stays.
 */
import type { AuditEvent } from '../audit/schema';
import { MAX_IMPORT_CHARS, parseImport } from '../audit/store';

/** What the dashboard reads a file through (a `File`, or a stand-in in tests). */
export interface ImportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type FileOutcome =
  | { name: string; ok: true; events: number; added: number; officers: string[] }
  | { name: string; ok: false; error: string };

export interface TeamImport {
  events: AuditEvent[];
  files: FileOutcome[];
}

/**
 * An event's identity across files: its hash covers its content, officer, seq and the chain
 * before it, so the same event exported twice (or in two officers' overlapping files) is one.
 */
function key(e: AuditEvent): string {
  return e.hash;
}

/** Merged events in time order; ties by officer, then seq, so the order is the same every time. */
function ordered(events: AuditEvent[]): AuditEvent[] {
  return events.sort(
    (a, b) => a.at - b.at || a.officerId.localeCompare(b.officerId) || a.seq - b.seq,
  );
}

/**
 * Read `files` one after another (each file's chain is verified alone: chains are per officer)
 * and merge the good ones into `current`. `onProgress(done, total)` runs after each file.
 */
export async function importTeam(
  files: readonly ImportSource[],
  current: readonly AuditEvent[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<TeamImport> {
  const seen = new Set(current.map(key));
  const merged = [...current];
  const outcomes: FileOutcome[] = [];
  let done = 0;
  for (const file of files) {
    // Refuse a huge file before reading it into memory (a character is at least one byte).
    const result =
      file.size > MAX_IMPORT_CHARS * 4
        ? { ok: false as const, error: `File too large: ${(file.size / 1e6).toFixed(1)} MB.` }
        : await parseImport(await file.text()).catch((err: unknown) => ({
            ok: false as const,
            error: `Could not read the file: ${err instanceof Error ? err.message : String(err)}.`,
          }));
    if (!result.ok) {
      outcomes.push({ name: file.name, ok: false, error: result.error });
    } else {
      let added = 0;
      for (const e of result.events) {
        const k = key(e);
        if (seen.has(k)) continue;
        seen.add(k);
        merged.push(e);
        added++;
      }
      outcomes.push({
        name: file.name,
        ok: true,
        events: result.events.length,
        added,
        officers: [...new Set(result.events.map((e) => e.officerId))].sort(),
      });
    }
    onProgress(++done, files.length);
  }
  return { events: ordered(merged), files: outcomes };
}

/** Only the JSON files of a picked folder (it may hold CSVs and other exports too). */
export function jsonFiles<T extends { name: string }>(files: readonly T[]): T[] {
  return files.filter((f) => /\.json$/i.test(f.name));
}
