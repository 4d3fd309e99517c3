/**
 * The team view's import: many officers' JSON exports at once, each checked on its own (format,
 * every event, hash chain to its stated head), merged without duplicates into what is shown. A
 * file that fails is reported with its reason and adds nothing; what was shown stays.
 */
import type { AuditEvent } from '../audit/schema';
import { MAX_IMPORT_CHARS, parseImport } from '../audit/store';
import { refusal, refusalEnglish, type Refusal } from '../i18n/refusal';

/** What the dashboard reads a file through (a `File`, or a stand-in in tests). */
export interface ImportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type FileOutcome =
  | { name: string; ok: true; events: number; added: number; officers: string[] }
  | { name: string; ok: false; error: string; refusal: Refusal };

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

/**
 * Let the page draw and take input between files: a macrotask, so the progress bar moves and
 * the tab stays responsive while 50 files are read and checked.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Read `files` one after another (each file's chain is verified alone: chains are per officer)
 * and merge the good ones into `current`, yielding to the page after each file.
 * `onProgress(done, total)` runs after each file.
 *
 * The merged list keeps what was shown first, then each file's new events in chain order: the
 * summaries order every record's events themselves, so nothing needs the whole list sorted by
 * time. Each file's new events are copied into fresh objects as they are kept (`structuredClone`):
 * the objects the checks hand back lie scattered among the garbage of checking them, and reading
 * 100,000 of them in that state made the team view's first screen several times slower (see
 * scripts/lib/dashboard-bench.ts).
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
    const failed = (r: Refusal) => ({ ok: false as const, error: refusalEnglish(r), refusal: r });
    const result =
      file.size > MAX_IMPORT_CHARS * 4
        ? failed(refusal('dash.tooLarge', { size: (file.size / 1e6).toFixed(1) }))
        : await parseImport(await file.text()).catch((err: unknown) =>
            failed(
              refusal('refusal.import.unreadable', {
                error: err instanceof Error ? err.message : String(err),
              }),
            ),
          );
    if (!result.ok) {
      outcomes.push({ name: file.name, ok: false, error: result.error, refusal: result.refusal });
    } else {
      const fresh: AuditEvent[] = [];
      for (const e of result.events) {
        const k = key(e);
        if (seen.has(k)) continue;
        seen.add(k);
        fresh.push(e);
      }
      for (const e of structuredClone(fresh)) merged.push(e);
      outcomes.push({
        name: file.name,
        ok: true,
        events: result.events.length,
        added: fresh.length,
        officers: [...new Set(result.events.map((e) => e.officerId))].sort(),
      });
    }
    onProgress(++done, files.length);
    await yieldToPage();
  }
  return { events: merged, files: outcomes };
}

/** Only the JSON files of a picked folder (it may hold CSVs and other exports too). */
export function jsonFiles<T extends { name: string }>(files: readonly T[]): T[] {
  return files.filter((f) => /\.json$/i.test(f.name));
}
