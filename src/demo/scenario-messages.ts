/**
 * The trainer's words of each scenario as messages: titles, summaries, learning points, what to
 * point out at each step and the trainer notes. The scenarios stay their one English source; the
 * Welsh is in scenarios.cy.ts. They are a catalogue of their own, read only by the demo page, so
 * the message table every page's panel is sent stays small.
 *
 * Narrative text, the record's field values and a practice brief and its facts' matching words are
 * not here: they are what is typed into the training record, and the engine reads English.
 */
import type { Language } from '../config/schema';
import { FOUR_ELEMENTS } from '../core/types';
import { SCENARIOS, type Scenario } from './scenarios';
import { SCENARIOS_CY } from './scenarios.cy';

/** Each scenario text that the demo page shows, keyed `<scenario id>.<part>`. */
export function scenarioMessages(scenarios: readonly Scenario[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of scenarios) {
    const k = (part: string) => `${s.id}.${part}`;
    out[k('title')] = s.title;
    out[k('summary')] = s.summary;
    s.learning.forEach((l, i) => (out[k(`learning.${i}`)] = l));
    s.steps.forEach((st, i) => (out[k(`step.${i}`)] = st.teach));
    for (const el of FOUR_ELEMENTS) out[k(`four.${el}`)] = s.notes.four[el];
    for (const [id, w] of Object.entries(s.notes.behaviours)) out[k(`behaviour.${id}`)] = w!;
    for (const [id, w] of Object.entries(s.notes.prompts)) out[k(`prompt.${id}`)] = w!;
    s.notes.questions.forEach((q, i) => (out[k(`question.${i}`)] = q));
    s.practice?.keyFacts.forEach((f, i) => (out[k(`fact.${i}`)] = f.fact));
  }
  return out;
}

/** `scenario` worded from `words`; a text the table lacks stays the scenario's own. */
export function localiseScenario(
  scenario: Scenario,
  words: Readonly<Record<string, string>>,
): Scenario {
  const w = (part: string, fallback: string) => words[`${scenario.id}.${part}`] ?? fallback;
  const each = <T extends string>(record: Partial<Record<T, string>>, prefix: string) =>
    Object.fromEntries(
      Object.entries(record).map(([id, text]) => [id, w(`${prefix}.${id}`, text as string)]),
    ) as Partial<Record<T, string>>;
  const { notes } = scenario;
  return {
    ...scenario,
    title: w('title', scenario.title),
    summary: w('summary', scenario.summary),
    learning: scenario.learning.map((l, i) => w(`learning.${i}`, l)),
    // Only what the trainer points out changes: the narrative and fields are the engine's input.
    steps: scenario.steps.map((st, i) => ({ ...st, teach: w(`step.${i}`, st.teach) })),
    notes: {
      four: each(notes.four, 'four') as Scenario['notes']['four'],
      behaviours: each(notes.behaviours, 'behaviour'),
      prompts: each(notes.prompts, 'prompt'),
      questions: notes.questions.map((q, i) => w(`question.${i}`, q)),
    },
    ...(scenario.practice
      ? {
          practice: {
            ...scenario.practice,
            keyFacts: scenario.practice.keyFacts.map((f, i) => ({
              ...f,
              fact: w(`fact.${i}`, f.fact),
            })),
          },
        }
      : {}),
  };
}

const cache = new Map<Language, Scenario[]>();

/** The scenarios worded in `language`, made once per language. */
export function scenariosIn(language: Language): Scenario[] {
  let list = cache.get(language);
  if (!list) {
    list =
      language === 'cy' ? SCENARIOS.map((s) => localiseScenario(s, SCENARIOS_CY)) : [...SCENARIOS];
    cache.set(language, list);
  }
  return list;
}
