import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_IDS } from '../core/types';
import { FIELD_ROLES } from '../prompts/types';
import {
  SCENARIOS,
  STEP_SEPARATOR,
  narrativePiece,
  scenarioById,
  scenarioNarrative,
} from './scenarios';
import { TRAINING_FIELDS, TRAINING_PROFILE } from './training-profile';

describe('scenario data', () => {
  it('has 4 to 6 scenarios with unique kebab-case ids', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(4);
    expect(SCENARIOS.length).toBeLessThanOrEqual(6);
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: title, summary, learning points and teachable steps',
    (_id, s) => {
      expect(s.title.trim()).not.toBe('');
      expect(s.summary.trim()).not.toBe('');
      expect(s.learning.length).toBeGreaterThan(0);
      expect(s.steps.length).toBeGreaterThan(0);
      for (const step of s.steps) {
        expect(step.teach.trim()).not.toBe('');
        // A step with nothing to play would leave the trainer clicking Next for nothing.
        expect(step.narrative !== undefined || Object.keys(step.fields ?? {}).length > 0).toBe(
          true,
        );
      }
      expect(scenarioNarrative(s).trim()).not.toBe('');
    },
  );

  it('every fields key is a valid FieldRole (and never the narrative)', () => {
    for (const s of SCENARIOS) {
      for (const step of s.steps) {
        for (const key of Object.keys(step.fields ?? {})) {
          expect(FIELD_ROLES as readonly string[], `${s.id}: ${key}`).toContain(key);
          expect(key).not.toBe('narrative');
        }
      }
    }
  });

  it('expected behaviours are taxonomy ids', () => {
    for (const s of SCENARIOS) {
      for (const b of s.expect.behaviours) expect(BEHAVIOUR_IDS as readonly string[]).toContain(b);
    }
  });

  it('scenarioById finds each scenario and nothing else', () => {
    for (const s of SCENARIOS) expect(scenarioById(s.id)).toBe(s);
    expect(scenarioById('no-such-scenario')).toBeUndefined();
  });

  it('narrative pieces are paragraphs, except the first', () => {
    expect(narrativePiece('', 'First.')).toBe('First.');
    expect(narrativePiece('  \n', 'First.')).toBe('First.');
    expect(narrativePiece('First.', 'Second.')).toBe(`${STEP_SEPARATOR}Second.`);
  });
});

describe('training profile', () => {
  it('maps every field role', () => {
    expect(Object.keys(TRAINING_FIELDS).sort()).toEqual([...FIELD_ROLES].sort());
    expect(Object.keys(TRAINING_PROFILE.fields ?? {}).sort()).toEqual([...FIELD_ROLES].sort());
  });
});

describe('each scenario through the real engine', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: the final narrative gives the expected judgement',
    async (_id, s) => {
      // Imported here so the data checks above still run (and say so) if the engine is broken.
      const { analyse } = await import('../core/index');
      const analysis = analyse(scenarioNarrative(s));
      expect(analysis.stalking.likely).toBe(s.expect.stalkingLikely);
      const found = analysis.behaviours.map((b) => b.id);
      for (const b of s.expect.behaviours) expect(found).toContain(b);
      if (s.expect.suppressed) expect(analysis.suppressed.length).toBeGreaterThan(0);
    },
  );
});
