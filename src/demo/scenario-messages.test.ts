import { describe, expect, it } from 'vitest';
import { localiseScenario, scenarioMessages, scenariosIn } from './scenario-messages';
import { SCENARIOS } from './scenarios';
import { SCENARIOS_CY } from './scenarios.cy';

describe('the scenarios in Welsh', () => {
  const english = scenarioMessages(SCENARIOS);

  it('give every trainer text of every scenario, and nothing else', () => {
    expect(Object.keys(SCENARIOS_CY).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(SCENARIOS_CY)) {
      expect(text.trim(), key).not.toBe('');
      // Titles, summaries and steps are worded anew, not copied from the English.
      if (/\.(?:title|summary|step\.\d+|learning\.\d+|question\.\d+)$/.test(key))
        expect(text, key).not.toBe(english[key]);
    }
  });

  it('change only the trainer’s words: narratives, fields and a brief stay English', () => {
    for (const [i, welsh] of scenariosIn('cy').entries()) {
      const source = SCENARIOS[i]!;
      expect(welsh.id).toBe(source.id);
      expect(welsh.title).toBe(SCENARIOS_CY[`${source.id}.title`]);
      expect(welsh.steps.map((s) => [s.narrative, s.fields])).toEqual(
        source.steps.map((s) => [s.narrative, s.fields]),
      );
      expect(welsh.expect).toEqual(source.expect);
      expect(welsh.practice?.brief).toBe(source.practice?.brief);
      expect(welsh.practice?.keyFacts.map((f) => f.match)).toEqual(
        source.practice?.keyFacts.map((f) => f.match),
      );
    }
  });

  it('keep English as it is, and a text the table lacks as the scenario’s own', () => {
    expect(scenariosIn('en')).toEqual(SCENARIOS);
    const source = SCENARIOS[0]!;
    const partly = localiseScenario(source, { [`${source.id}.title`]: 'Teitl' });
    expect(partly.title).toBe('Teitl');
    expect(partly.summary).toBe(source.summary);
    expect(partly.notes).toEqual(source.notes);
  });
});
