import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** A corpus root laid out as the repository's, with the same rows in two of its sets. */
function corpus(rows: object[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-eval-'));
  for (const set of ['tests/corpus/dev', 'tests/corpus/public/holdout']) {
    mkdirSync(join(dir, set), { recursive: true });
    writeFileSync(join(dir, set, 'a.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  return dir;
}
const run = (args: string[]) =>
  spawnSync(tsx, [join(root, 'scripts', 'eval.ts'), ...args], {
    encoding: 'utf8',
    cwd: root,
    timeout: 60_000,
  });

const stalking = {
  id: 's1',
  text: 'He followed her home on 3 March. On 10 March he turned up at her work. She told him to stop and is scared.',
  stalking: true,
  behaviours: ['following', 'loitering_or_turning_up', 'fear_alarm_distress'],
};
const benign = {
  id: 'b1',
  text: 'Security guard followed the male along the High Street.',
  stalking: false,
  behaviours: [],
};

describe('npm run eval', () => {
  it('prints the table and passes when the floors are met', () => {
    const r = run(['--corpus', corpus([stalking, benign])]);
    expect(r.stdout).toMatch(/\| public holdout \(never tuned on\) \| 2 \| 1.000 \| 1.000 \|/);
    expect(r.stdout).toMatch(/narrative \(stalking.likely\) {2}P 1.000 {2}R 1.000/);
    expect(r.stdout).toMatch(/following +1.000 +1.000 +1.000/);
    expect(r.stdout).toMatch(/PASS/);
    expect(r.status).toBe(0);
  });

  it('exits 1 below the floors', () => {
    // Labels that contradict the texts: precision and recall both fall to 0.
    const r = run([
      '--corpus',
      corpus([
        { ...stalking, stalking: false },
        { ...benign, stalking: true },
      ]),
    ]);
    expect(r.stdout).toMatch(
      /FAIL: public holdout narrative precision 0\.000 < 0\.\d+; public holdout narrative recall 0\.000 < 0\.\d+/,
    );
    expect(r.status).toBe(1);
  });

  it('exits 1 when a behaviour with enough examples falls under its F1 floor', () => {
    // Five narratives labelled with a tracker the texts never mention: tracking F1 0 on 5.
    const rows = [1, 2, 3, 4, 5].map((n) => ({
      ...stalking,
      id: `t${n}`,
      behaviours: [...stalking.behaviours, 'tracking_device'],
    }));
    const r = run(['--corpus', corpus([...rows, benign])]);
    expect(r.stdout).toMatch(/narrative \(stalking.likely\) {2}P 1.000 {2}R 1.000/);
    expect(r.stdout).toMatch(/FAIL: .*public holdout tracking_device F1 0\.000 < 0\.6/);
    expect(r.status).toBe(1);
  });

  it('exits 2 when there is no corpus', () => {
    const r = run(['--corpus', join(tmpdir(), 'no-such-corpus-dir')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no corpus found/);
  });
});
