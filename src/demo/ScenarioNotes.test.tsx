// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOUR_ELEMENTS } from '../core/types';
import { CATALOGUE } from '../prompts/catalogue';
import { ScenarioNotes } from './ScenarioNotes';
import { SCENARIOS, expectedPrompts } from './scenarios';

let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('ScenarioNotes', () => {
  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: judgement, FOUR, behaviours, prompts and questions from the data',
    (_id, s) => {
      render(<ScenarioNotes scenario={s} open />, host);
      const notes = host.querySelector<HTMLElement>('[data-testid="demo-notes"]')!;
      expect(notes.hidden).toBe(false);
      expect(
        notes.querySelector('[data-expected-likely]')!.getAttribute('data-expected-likely'),
      ).toBe(String(s.expect.stalkingLikely));
      const text = notes.textContent!;
      for (const el of FOUR_ELEMENTS) expect(text).toContain(s.notes.four[el]);
      expect(
        [...notes.querySelectorAll('[data-note-indicator]')].map((e) =>
          e.getAttribute('data-note-indicator'),
        ),
      ).toEqual(Object.keys(s.notes.behaviours));
      const prompts = [...notes.querySelectorAll('[data-note-prompt]')];
      expect(prompts.map((e) => e.getAttribute('data-note-prompt'))).toEqual(expectedPrompts(s));
      for (const el of prompts) {
        const title = CATALOGUE.prompts.find(
          (p) => p.id === el.getAttribute('data-note-prompt'),
        )!.title;
        expect(el.querySelector('dt')!.textContent).toBe(title);
      }
      expect(notes.querySelectorAll('ol > li').length).toBe(s.notes.questions.length);
    },
  );

  it('stays hidden until the presenter opens it', () => {
    render(<ScenarioNotes scenario={SCENARIOS[0]!} open={false} />, host);
    expect(host.querySelector<HTMLElement>('[data-testid="demo-notes"]')!.hidden).toBe(true);
  });
});
