import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'waymark-cli-'));
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const run = (args: string[], input?: string) =>
  spawnSync(tsx, [join(root, 'scripts', 'analyse.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000,
  });

const stalking = file(
  'stalking.txt',
  'SUS (ex-p) att IP addr 01/10, 04/10 and 09/10. IP told him to stop. IP is scared and now stays with her mum.',
);
const benign = file('benign.txt', 'Security guard followed the male along the High Street.');

describe('analyse CLI (DESIGN.md contract)', () => {
  it('prints a readable report with the evidence marked in the text', () => {
    const r = run([stalking]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Stalking likely: YES/);
    expect(r.stdout).toContain('[[att IP addr]]1');
    expect(r.stdout).toMatch(/Chronology:\n {2}01\/10/);
  });

  it('--json prints one Analysis per file', () => {
    const r = run(['--json', stalking, benign]);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].stalking.likely).toBe(true);
    expect(lines[1].stalking.likely).toBe(false);
    expect(lines[1].behaviours).toEqual([]);
    expect(lines[0].behaviours[0]).toHaveProperty('evidence');
  });

  it('--jsonl reads {"id","text"} lines on stdin and writes {"id", ...Analysis} lines', () => {
    const input = `${JSON.stringify({ id: 'a', text: 'He followed her home on 2 May and again on 9 May. She is scared.' })}\n\n${JSON.stringify({ id: 7, text: '' })}\n`;
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7]);
    expect(lines[0].stalking.occasions).toBe(2);
    expect(lines[1].schema).toBe(1);
  });

  it.each([
    [
      ['/no/such/file.txt'],
      undefined,
      /^analyse: cannot read \/no\/such\/file.txt: no such file\n$/,
    ],
    [['--jsonl'], '{"id":1,"text":"x"}\nnot json\n', /^analyse: line 2: not valid JSON\n$/],
    [['--jsonl'], '{"id":1}\n', /^analyse: line 1: "text" must be a string\n$/],
    [[], undefined, /^analyse: no FILE given; usage/],
    [['--yaml', 'x'], undefined, /^analyse: unknown option --yaml/],
  ])('exits 2 with a one-line reason: %j', (args, input, message) => {
    const r = run(args, input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
