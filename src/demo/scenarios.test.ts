import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_IDS, FOUR_ELEMENTS } from '../core/types';
import { FIELD_ROLES, PROMPT_IDS, VNA_STEP_IDS } from '../prompts/types';
import {
  SCENARIOS,
  STEP_SEPARATOR,
  expectedPrompts,
  narrativePiece,
  scenarioById,
  scenarioNarrative,
  scenarioRecord,
} from './scenarios';
import { TRAINING_FIELDS, TRAINING_PROFILE } from './training-profile';

describe('scenario data', () => {
  it('has at least 12 scenarios, three or more of them not stalking, with unique kebab-case ids', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(12);
    expect(SCENARIOS.filter((s) => s.kind === 'not-stalking').length).toBeGreaterThanOrEqual(3);
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

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: trainer notes cover FOUR, behaviours, prompts and questions with valid ids',
    (_id, s) => {
      for (const el of FOUR_ELEMENTS) expect(s.notes.four[el].trim(), el).not.toBe('');
      for (const b of Object.keys(s.notes.behaviours)) {
        expect(BEHAVIOUR_IDS as readonly string[]).toContain(b);
      }
      // Each behaviour the scenario is checked for has its place in the text explained.
      for (const b of s.expect.behaviours) expect(Object.keys(s.notes.behaviours)).toContain(b);
      for (const p of expectedPrompts(s)) expect(PROMPT_IDS as readonly string[]).toContain(p);
      for (const p of s.expect.absentPrompts ?? []) {
        expect(PROMPT_IDS as readonly string[]).toContain(p);
        expect(expectedPrompts(s)).not.toContain(p);
      }
      for (const why of Object.values(s.notes.prompts)) expect(why?.trim()).not.toBe('');
      expect(s.notes.questions.length).toBeGreaterThan(0);
    },
  );

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: every phrase the notes quote is in the narrative',
    (_id, s) => {
      const text = scenarioNarrative(s);
      const quoted = Object.values(s.notes.behaviours).flatMap((note) =>
        [...(note ?? '').matchAll(/"([^"]+)"/g)].flatMap((m) => m[1]!.split(' ... ')),
      );
      for (const phrase of quoted) expect(text, phrase).toContain(phrase);
    },
  );

  it('a scenario’s kind agrees with its expected judgement', () => {
    for (const s of SCENARIOS) {
      if (s.kind === 'not-stalking') expect(s.expect.stalkingLikely, s.id).toBe(false);
      else expect(s.expect.stalkingLikely, s.id).toBe(true);
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

describe('trainer guide', () => {
  it('its scenario table lists every scenario once, with the judgement the data expects', () => {
    const guide = readFileSync(new URL('../../docs/trainer-guide.md', import.meta.url), 'utf8');
    const rows = [
      ...guide.matchAll(/^\| \*\*(.+?)\*\* +\|.*\| (stalking likely|not stalking) +\|$/gm),
    ];
    const listed = rows.map((m) => `${m[1]} = ${m[2]}`);
    const expected = SCENARIOS.map(
      (s) => `${s.title} = ${s.expect.stalkingLikely ? 'stalking likely' : 'not stalking'}`,
    );
    expect(listed.sort()).toEqual(expected.sort());
  });
});

describe('scenarioRecord', () => {
  const s = scenarioById('complete-the-record')!;

  it('reads a blank record before any step', () => {
    const r = scenarioRecord(s, 0);
    expect(r.narrative).toBe('');
    expect(r.classification).toBe('');
    expect(r.flags).toEqual({ domesticAbuse: false, stalking: false });
    expect(Object.keys(r.vna).sort()).toEqual([...VNA_STEP_IDS].sort());
  });

  it('carries every field set so far, the last value winning', () => {
    const r = scenarioRecord(s);
    expect(r.classification).toBe('Stalking (8Q)');
    expect(r.flags).toEqual({ domesticAbuse: true, stalking: true });
    expect(r.spoDecision).toBe('Apply for interim SPO');
    expect(r.vna.written_confirmation).toBe(true);
    expect(r.narrative).toBe(scenarioNarrative(s));
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

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: the finished record shows the prompts the notes explain, and none it rules out',
    async (_id, s) => {
      const { analyse } = await import('../core/index');
      const { evaluatePrompts } = await import('../prompts/evaluate');
      const { CATALOGUE } = await import('../prompts/catalogue');
      const { DEFAULT_SERVICES } = await import('../prompts/services');
      const record = scenarioRecord(s);
      const shown = evaluatePrompts({
        analysis: analyse(record.narrative),
        record,
        actions: [],
        mandatory: [],
        services: DEFAULT_SERVICES,
        now: 0,
        catalogue: CATALOGUE,
      }).map((p) => p.id);
      for (const p of expectedPrompts(s)) expect(shown).toContain(p);
      for (const p of s.expect.absentPrompts ?? []) expect(shown).not.toContain(p);
    },
  );
});
