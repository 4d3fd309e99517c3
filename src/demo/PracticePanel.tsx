import { t, tParts } from '../i18n/runtime';
import { useEffect, useRef, useState } from 'preact/hooks';
import { activeCatalogue } from '../i18n/tables';
import { behaviourPlain } from '../prompts/spo-draft';
import type { PromptId } from '../prompts/types';
import { resultText, type PracticeResult } from './practice';
import { ScenarioNotes } from './ScenarioNotes';
import type { Scenario } from './scenarios';

export interface PracticePanelProps {
  exercise: Scenario;
  exercises: readonly Scenario[];
  /** Load a fresh record for another exercise (or the same one again). */
  onChoose(id: string): void;
  /** Score the record as the trainee has left it. */
  score(): PracticeResult;
  /** The trainee's narrative, read only when they choose to keep it in the download. */
  narrative(): string;
}

function promptTitle(id: PromptId): string {
  return activeCatalogue().prompts.find((p) => p.id === id)?.title ?? id;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Save `text` as a file through the browser's own download; nothing leaves the machine. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The click has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Practice mode: the brief to record from, then the score and feedback. The narrative stays in
 * the record on the page; the result holds none of it unless the trainee ticks the box.
 */
export function PracticePanel({
  exercise,
  exercises,
  onChoose,
  score,
  narrative,
}: PracticePanelProps) {
  const [result, setResult] = useState<PracticeResult | null>(null);
  const [keepNarrative, setKeepNarrative] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new result moves focus to its score, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [result]);
  const choose = (id: string) => {
    setResult(null);
    setKeepNarrative(false);
    onChoose(id);
  };

  return (
    <div class="demo-practice" data-testid="practice" data-exercise={exercise.id}>
      <label class="demo-label" for="practice-exercise">
        {t('practice.exercise')}
      </label>
      <select
        id="practice-exercise"
        class="demo-select"
        value={exercise.id}
        onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value)}
      >
        {exercises.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title.replace(/^Not stalking: /, '')}
          </option>
        ))}
      </select>
      <h2>{t('practice.brief')}</h2>
      <p class="demo-brief" data-testid="practice-brief">
        {exercise.practice?.brief}
      </p>
      <p class="demo-summary">
        {tParts('practice.how', { field: <strong>Circumstances (MO)</strong> })}
      </p>
      <div class="demo-buttons">
        <button type="button" class="demo-btn demo-btn-primary" onClick={() => setResult(score())}>
          {t('practice.finish')}
        </button>
        <button type="button" class="demo-btn" onClick={() => choose(exercise.id)}>
          {t('practice.again')}
        </button>
      </div>
      {result && (
        <section
          class="demo-result"
          data-testid="practice-result"
          data-score={result.score}
          aria-labelledby="practice-score"
        >
          <h2 id="practice-score" tabIndex={-1} ref={heading}>
            {t('practice.score', { score: result.score })}
          </h2>
          <ul>
            {result.parts.map((p) => (
              <li key={p.label}>
                {t('practice.part', { label: p.label, got: p.got, outOf: p.outOf })}
              </li>
            ))}
          </ul>
          <h3>{t('practice.facts')}</h3>
          <ul class="demo-checklist">
            {result.facts.map((f) => (
              <li key={f.fact} data-captured={String(f.captured)}>
                <strong>{t(f.captured ? 'practice.captured' : 'practice.missed')}:</strong> {f.fact}
              </li>
            ))}
          </ul>
          {result.judgement.expected ? (
            <>
              <h3>{t('practice.behaviours')}</h3>
              <ul class="demo-checklist">
                {result.behaviours.map((b) => (
                  <li key={b.id} data-visible={String(b.visible)}>
                    <strong>{t(b.visible ? 'practice.visible' : 'practice.notVisible')}:</strong>{' '}
                    {sentenceCase(behaviourPlain(b.id))}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <h3>{t('practice.judgement')}</h3>
              <p>
                {tParts('practice.notStalking', {
                  verdict: (
                    <strong>
                      {t(result.judgement.likely ? 'demo.verdict.likely' : 'demo.verdict.not')}
                    </strong>
                  ),
                })}
              </p>
            </>
          )}
          <h3>{t('field.classification')}</h3>
          <p data-correct={String(result.classification.correct)}>
            {tParts('practice.chose', {
              chosen: (
                <strong>{result.classification.chosen || t('practice.noClassification')}</strong>
              ),
              expected: t(
                result.classification.expected === 'stalking'
                  ? 'practice.expected.stalking'
                  : 'practice.expected.not',
              ),
            })}{' '}
            {t(result.classification.correct ? 'practice.right' : 'practice.check')}
          </p>
          <h3>{t('counts.prompts')}</h3>
          {result.prompts.length > 0 ? (
            <ul>
              {result.prompts.map((p) => (
                <li key={p.id} data-prompt-state={p.state}>
                  {promptTitle(p.id)}: {t(`practice.state.${p.state}`)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('practice.noneShown')}</p>
          )}
          <div class="demo-row">
            <input
              type="checkbox"
              id="practice-keep-narrative"
              checked={keepNarrative}
              onChange={(e) => setKeepNarrative((e.currentTarget as HTMLInputElement).checked)}
            />
            <label for="practice-keep-narrative">{t('practice.keep')}</label>
          </div>
          <div class="demo-buttons">
            <button
              type="button"
              class="demo-btn"
              onClick={() =>
                download(
                  `waymark-practice-${result.exerciseId}.txt`,
                  resultText(result, {
                    when: new Date(),
                    label: (id) => sentenceCase(behaviourPlain(id)),
                    ...(keepNarrative ? { narrative: narrative() } : {}),
                  }),
                )
              }
            >
              {t('practice.download')}
            </button>
          </div>
          <ScenarioNotes scenario={exercise} open />
        </section>
      )}
    </div>
  );
}
