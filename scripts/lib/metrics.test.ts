import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis, BehaviourId } from '../../src/core/types';
import { evaluate, formatEvaluation, loadCorpus, score } from './metrics';
import { formatReport, markText } from './report';

const fake = (likely: boolean, ids: BehaviourId[]): Analysis =>
  ({
    stalking: { likely },
    behaviours: ids.map((id) => ({ id, evidence: [] })),
  }) as unknown as Analysis;

describe('scoring', () => {
  it('computes precision, recall and F1, scoring empty denominators as 1', () => {
    expect(score({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(score({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(score({ tp: 0, fp: 2, fn: 2 }).f1).toBe(0);
  });

  it('counts narrative and behaviour outcomes', () => {
    const items = [
      { id: 'a', text: 'A', stalking: true, behaviours: ['following'] as BehaviourId[] },
      { id: 'b', text: 'B', stalking: false, behaviours: [] as BehaviourId[] },
      { id: 'c', text: 'C', stalking: true, behaviours: ['threats'] as BehaviourId[] },
    ];
    const answers: Record<string, Analysis> = {
      A: fake(true, ['following']),
      B: fake(true, ['following']),
      C: fake(false, []),
    };
    const e = evaluate(items, (t) => answers[t] as Analysis);
    expect(e.narrative).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(e.behaviours.following).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(e.behaviours.threats).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(e.errors.map((x) => x.id)).toEqual(['b', 'c']);
    expect(formatEvaluation('t', e)).toMatch(/narrative \(stalking.likely\) {2}P 0.500 {2}R 0.500/);
  });

  it('loads corpus files and names the line of a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-corpus-'));
    writeFileSync(
      join(dir, 'a.jsonl'),
      '{"id":"x","text":"t","stalking":true,"behaviours":["following","not_an_id"]}\n',
    );
    expect(loadCorpus(dir)).toEqual([
      {
        id: 'x',
        text: 't',
        stalking: true,
        behaviours: ['following'],
        relationship: undefined,
        category: undefined,
      },
    ]);
    writeFileSync(join(dir, 'b.jsonl'), '{"id":"y"}\n');
    expect(() => loadCorpus(dir)).toThrow(/b.jsonl:1: needs "id"/);
    expect(loadCorpus(join(dir, 'missing'))).toEqual([]);
  });
});

describe('report', () => {
  it('marks evidence in place, keeping the first of overlapping spans', () => {
    expect(
      markText('he followed her home', [
        { start: 3, end: 15, n: 1 },
        { start: 12, end: 20, n: 2 },
      ]),
    ).toBe('he [[followed her]]1 home');
  });

  it('formats a report from an Analysis', () => {
    const text = 'He followed her.';
    const a = {
      schema: 1,
      pack: 'p@1',
      relationship: 'unknown',
      domestic: false,
      risk: [],
      chronology: [],
      suppressed: [],
      relationshipEvidence: [],
      stalking: {
        likely: false,
        score: 0.2,
        occasions: 1,
        period: null,
        courseOfConduct: false,
        four: { fixated: true, obsessive: false, unwanted: false, repeated: false },
        fourEvidence: {},
        reasons: ['Only one occasion'],
      },
      behaviours: [
        {
          id: 'following',
          label: 'Following',
          law: 's2A(3)(a)',
          why: '',
          four: [],
          evidence: [{ start: 3, end: 15, text: 'followed her', rule: 'r' }],
        },
      ],
      s4a: {
        fearOfViolenceOccasions: 0,
        fearOfViolence: [],
        seriousAlarmDistress: false,
        seriousAlarmDistressEvidence: [],
        indicated: false,
      },
    } as unknown as Analysis;
    const r = formatReport(text, a);
    expect(r).toContain('Stalking likely: NO');
    expect(r).toContain('He [[followed her]]1.');
    expect(r).toContain('[1] Following (s2A(3)(a)): "followed her"');
  });
});
