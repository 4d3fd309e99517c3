import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis, BehaviourId } from '../../src/core/types';
import { evaluateSnippets, formatSnippetTable, loadSnippets, type Snippet } from './snippets';

const found = (ids: BehaviourId[]): Analysis =>
  ({ behaviours: ids.map((id) => ({ id, evidence: [] })) }) as unknown as Analysis;

const snip = (id: string, target: BehaviourId, label: boolean, text: string): Snippet => ({
  id,
  target,
  label,
  register: 'terse',
  text,
  behaviours: label ? [target] : [],
});

describe('snippet probes', () => {
  it('scores each snippet on its own target only', () => {
    const answers: Record<string, BehaviourId[]> = {
      A: ['following'],
      B: ['following', 'threats'],
      C: [],
      D: ['threats'],
    };
    const e = evaluateSnippets(
      [
        snip('a', 'following', true, 'A'),
        snip('b', 'following', false, 'B'),
        snip('c', 'threats', true, 'C'),
        // Another behaviour found on a negative does not count against this target.
        snip('d', 'following', false, 'D'),
      ],
      (t) => found(answers[t] ?? []),
    );
    expect(e.targets.following).toMatchObject({ tp: 1, fp: 1, fn: 0, tn: 1, precision: 0.5 });
    expect(e.targets.threats).toMatchObject({ tp: 0, fn: 1, recall: 0 });
    expect(e.micro).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(e.registers.terse).toEqual({ found: 1, of: 2 });
    expect(formatSnippetTable(['x', 'y'], e, e)).toContain('| following | 0.500, 1.000 (1) |');
  });

  it('refuses a snippet whose label disagrees with its behaviours, naming the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snip-'));
    const ok = JSON.stringify({ ...snip('a', 'threats', true, 'x') });
    const bad = JSON.stringify({ ...snip('b', 'threats', true, 'y'), behaviours: [] });
    writeFileSync(join(dir, 'a.jsonl'), `${ok}\n\n${bad}\n`);
    expect(() => loadSnippets(dir)).toThrow(/a\.jsonl:3: "label"/);
    writeFileSync(join(dir, 'a.jsonl'), `${ok}\n${JSON.stringify({ id: 'c', text: 'z' })}\n`);
    expect(() => loadSnippets(dir)).toThrow(/a\.jsonl:2: needs/);
    writeFileSync(join(dir, 'a.jsonl'), `${ok}\n`);
    expect(loadSnippets(dir)).toHaveLength(1);
    expect(loadSnippets(join(dir, 'missing'))).toEqual([]);
  });
});
