import { t, tParts } from '../i18n/runtime';
import { FOUR_ELEMENTS, type BehaviourId } from '../core/types';
import { fourLabel } from '../overlay/labels';
import { activeCatalogue } from '../i18n/tables';
import { behaviourPlain } from '../prompts/spo-draft';
import type { PromptId } from '../prompts/types';
import { expectedPrompts, type Scenario } from './scenarios';

function promptTitle(id: PromptId): string {
  return activeCatalogue().prompts.find((p) => p.id === id)?.title ?? id;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The explanation view: what a scenario teaches, where FOUR and the behaviours are in its text,
 * which prompts should show and why, and questions for the room. Hidden until the presenter
 * opens it, so the room can try the judgement first.
 */
export function ScenarioNotes({ scenario, open }: { scenario: Scenario; open: boolean }) {
  const { notes, expect } = scenario;
  const behaviours = Object.entries(notes.behaviours) as [BehaviourId, string][];
  const prompts = expectedPrompts(scenario);
  return (
    <section
      id="demo-notes"
      class="demo-notes"
      data-testid="demo-notes"
      hidden={!open}
      aria-labelledby="demo-notes-heading"
    >
      <h2 id="demo-notes-heading">{t('demo.notes')}</h2>
      <p class="demo-verdict" data-expected-likely={String(expect.stalkingLikely)}>
        {tParts('demo.notes.expected', {
          verdict: (
            <strong>{t(expect.stalkingLikely ? 'demo.verdict.likely' : 'demo.verdict.not')}</strong>
          ),
        })}
      </p>
      <h3>{t('demo.notes.learning')}</h3>
      <ul>
        {scenario.learning.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <h3>{t('demo.notes.four')}</h3>
      <dl class="demo-dl">
        {FOUR_ELEMENTS.map((el) => (
          <div key={el}>
            <dt>{fourLabel(el)}</dt>
            <dd>{notes.four[el]}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('demo.notes.behaviours')}</h3>
      {behaviours.length > 0 ? (
        <dl class="demo-dl">
          {behaviours.map(([id, where]) => (
            <div key={id} data-note-indicator={id}>
              <dt>{sentenceCase(behaviourPlain(id))}</dt>
              <dd>{where}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('demo.notes.noBehaviours')}</p>
      )}
      <h3>{t('demo.notes.prompts')}</h3>
      {prompts.length > 0 ? (
        <dl class="demo-dl">
          {prompts.map((id) => (
            <div key={id} data-note-prompt={id}>
              <dt>{promptTitle(id)}</dt>
              <dd>{notes.prompts[id]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('demo.notes.noPrompts')}</p>
      )}
      {expect.absentPrompts && expect.absentPrompts.length > 0 && (
        <p>{t('demo.notes.absent', { list: expect.absentPrompts.map(promptTitle).join('; ') })}</p>
      )}
      <h3>{t('demo.notes.questions')}</h3>
      <ol>
        {notes.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
    </section>
  );
}
