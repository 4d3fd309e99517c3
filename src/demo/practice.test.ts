import { describe, expect, it } from 'vitest';
import { analyse } from '../core/index';
import { CATALOGUE } from '../prompts/catalogue';
import { evaluatePrompts } from '../prompts/evaluate';
import { DEFAULT_SERVICES } from '../prompts/services';
import type { RecordState } from '../prompts/types';
import { captures, resultText, scorePractice } from './practice';
import { splitSentences } from './player';
import { SCENARIOS, scenarioById, scenarioRecord, type Scenario } from './scenarios';

const EXERCISES = SCENARIOS.filter((s) => s.practice);

function score(s: Scenario, record: RecordState) {
  const analysis = analyse(record.narrative);
  const prompts = evaluatePrompts({
    analysis,
    record,
    actions: [],
    mandatory: [],
    services: DEFAULT_SERVICES,
    now: 0,
    catalogue: CATALOGUE,
  });
  return scorePractice(s, record, analysis, prompts);
}

describe('practice exercises', () => {
  it('offers at least three, stalking and not', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(3);
    expect(EXERCISES.some((s) => s.expect.stalkingLikely)).toBe(true);
    expect(EXERCISES.some((s) => !s.expect.stalkingLikely)).toBe(true);
  });

  it.each(EXERCISES.map((s) => [s.id, s] as const))(
    '%s: the scenario’s own narrative captures every key fact; an empty one none',
    (_id, s) => {
      const model = scenarioRecord(s).narrative;
      for (const f of s.practice!.keyFacts) {
        expect(captures(model, f), f.fact).toBe(true);
        expect(captures('', f), f.fact).toBe(false);
      }
    },
  );

  it.each(EXERCISES.map((s) => [s.id, s] as const))(
    '%s: the brief is the caller’s account, not the record to copy',
    (_id, s) => {
      for (const sentence of splitSentences(scenarioRecord(s).narrative)) {
        const words = sentence.trim();
        if (words.split(/\s+/).length >= 6) expect(s.practice!.brief).not.toContain(words);
      }
    },
  );
});

describe('scorePractice', () => {
  const stranger = scenarioById('stranger')!;
  const coParenting = scenarioById('co-parenting')!;

  it('scores a full account with the right classification on everything but open prompts', () => {
    const record = { ...scenarioRecord(stranger), classification: 'Stalking (8Q)' };
    const r = score(stranger, record);
    expect(r.facts.every((f) => f.captured)).toBe(true);
    expect(r.behaviours.every((b) => b.visible)).toBe(true);
    expect(r.classification).toEqual({
      chosen: 'Stalking (8Q)',
      expected: 'stalking',
      correct: true,
    });
    expect(r.prompts.length).toBeGreaterThan(0);
    const open = r.prompts.filter((p) => p.state === 'open').length;
    expect(r.score).toBe(Math.round(80 + (20 * (r.prompts.length - open)) / r.prompts.length));
  });

  it('gives nothing for facts or behaviours when the narrative is empty, and marks harassment wrong', () => {
    const record = {
      ...scenarioRecord(stranger),
      narrative: '',
      classification: 'Harassment (8L)',
    };
    const r = score(stranger, record);
    expect(r.facts.some((f) => f.captured)).toBe(false);
    expect(r.behaviours.some((b) => b.visible)).toBe(false);
    expect(r.classification.correct).toBe(false);
    expect(r.parts.map((p) => p.got)).toEqual([0, 0, 0, 20]);
  });

  it('a not-stalking account scores when it does not read as stalking and is not classed as it', () => {
    const r = score(coParenting, scenarioRecord(coParenting));
    expect(r.judgement).toEqual({ likely: false, expected: false });
    expect(r.classification.correct).toBe(true);
    expect(r.score).toBe(100);
    const wrong = score(coParenting, {
      ...scenarioRecord(coParenting),
      classification: 'Stalking (8Q)',
    });
    expect(wrong.classification.correct).toBe(false);
    expect(wrong.score).toBe(80);
  });

  it('refuses a scenario with no brief', () => {
    const noBrief = SCENARIOS.find((s) => !s.practice)!;
    expect(() => score(noBrief, scenarioRecord(noBrief))).toThrow(/no practice brief/);
  });
});

describe('resultText', () => {
  const stranger = scenarioById('stranger')!;
  const record = scenarioRecord(stranger);
  const r = score(stranger, record);
  const opts = { when: new Date(Date.UTC(2026, 2, 1, 9, 30)), label: (id: string) => id };

  it('holds the score and feedback and no narrative text', () => {
    const text = resultText(r, opts);
    expect(text).toContain(`Score: ${r.score} out of 100`);
    expect(text).toContain('2026-03-01 09:30 UTC');
    for (const f of r.facts) expect(text).toContain(f.fact);
    for (const sentence of splitSentences(record.narrative)) {
      if (sentence.trim().split(/\s+/).length >= 4) expect(text).not.toContain(sentence.trim());
    }
  });

  it('keeps the narrative only when the trainee asks', () => {
    expect(resultText(r, { ...opts, narrative: record.narrative })).toContain(record.narrative);
  });
});
