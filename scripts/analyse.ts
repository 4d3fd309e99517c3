/**
 * `npm run --silent analyse -- [--json|--jsonl] FILE...` (DESIGN.md, "CLI").
 *
 * - default: a readable report per file, evidence marked in the text;
 * - `--json`: one JSON Analysis per file, one per line;
 * - `--jsonl`: reads lines `{"id": ..., "text": ...}` on stdin, writes `{"id": ..., ...Analysis}`
 *   per line.
 * `-` as FILE reads stdin. Exit 0 on success, 2 on bad input with a one-line reason on stderr.
 */
import { readFileSync } from 'node:fs';
import { createAnalyser } from '../src/core/analyser';
import { defaultPack } from '../src/core/index';
import { formatReport } from './lib/report';

class InputError extends Error {}

const USAGE = 'usage: npm run --silent analyse -- [--json] FILE... | --jsonl < lines.jsonl';

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code}`,
    );
  }
}

/** Parse JSONL input; every line must be an object with a string `text`. */
export function parseJsonl(input: string): { id: unknown; text: string }[] {
  const rows: { id: unknown; text: string }[] = [];
  input.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      throw new InputError(`line ${i + 1}: not valid JSON`);
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      throw new InputError(`line ${i + 1}: expected an object {"id": ..., "text": ...}`);
    const text = (row as { text?: unknown }).text;
    if (typeof text !== 'string') throw new InputError(`line ${i + 1}: "text" must be a string`);
    rows.push({ id: (row as { id?: unknown }).id ?? null, text });
  });
  return rows;
}

function main(argv: string[]): number {
  const flags = argv.filter((a) => a.startsWith('--'));
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--json' && f !== '--jsonl');
  if (unknown.length > 0) throw new InputError(`unknown option ${unknown[0]}; ${USAGE}`);
  const analyser = createAnalyser(defaultPack);
  const out: string[] = [];
  if (flags.includes('--jsonl')) {
    if (files.length > 0) throw new InputError(`--jsonl reads stdin and takes no FILE; ${USAGE}`);
    for (const row of parseJsonl(readInput('-')))
      out.push(JSON.stringify({ id: row.id, ...analyser.analyse(row.text) }));
  } else {
    if (files.length === 0) throw new InputError(`no FILE given; ${USAGE}`);
    // Read everything first, so a missing file fails before any output.
    const texts = files.map((f) => ({ file: f, text: readInput(f) }));
    const json = flags.includes('--json');
    const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
    for (const { file, text } of texts) {
      const a = analyser.analyse(text);
      out.push(
        json
          ? JSON.stringify(a)
          : formatReport(text, a, { title: files.length > 1 ? file : undefined, colour }) +
              (files.length > 1 ? '\n' : ''),
      );
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError) {
    process.stderr.write(`analyse: ${e.message}\n`);
    process.exitCode = 2;
  } else throw e;
}
