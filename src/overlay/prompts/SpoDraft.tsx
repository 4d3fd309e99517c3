/**
 * Shows the SPO grounds draft with a Copy button. The draft only ever goes to
 * the officer's clipboard; nothing is sent anywhere. Prop-driven, no extension APIs.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { SpoDraft as SpoDraftData, SpoDraftSection } from '../../prompts/spo-draft';
import { trusted } from './PromptList';
import { t } from '../../i18n/runtime';

/** Writes text to the clipboard. Injectable so tests and other hosts can supply their own. */
export type WriteText = (text: string) => Promise<void>;

/** Default clipboard writer: the web Clipboard API. */
export const clipboardWriteText: WriteText = (text) => navigator.clipboard.writeText(text);

/** Outcome of a copy, shown to the officer. */
export type CopyResult = 'copied' | 'failed';

/** The inner copy path, exported for tests: never throws, reports the outcome. */
export async function copyDraft(text: string, writeText: WriteText): Promise<CopyResult> {
  try {
    await writeText(text);
    return 'copied';
  } catch {
    // Clipboard access can be refused (no focus, policy); the officer can still select the text.
    return 'failed';
  }
}

/** Props for SpoDraft. */
export interface SpoDraftProps {
  draft: SpoDraftData;
  writeText?: WriteText;
}

function Section({
  section,
  children,
}: {
  section: SpoDraftSection;
  children?: ComponentChildren;
}) {
  return (
    <section class="wm-spo-section" data-spo-section={section.id}>
      <h4>{section.heading}</h4>
      <ul>
        {section.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {children}
      <h5>{t('spo.beforeUse')}</h5>
      <ul class="wm-spo-check">
        {section.toCheck.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}

/** The draft, clearly marked, with Copy. */
export function SpoDraft({ draft, writeText = clipboardWriteText }: SpoDraftProps) {
  const [status, setStatus] = useState<CopyResult | null>(null);
  const titleId = `${useId()}-spo`;
  const onCopy = trusted<Event>(() => {
    void copyDraft(draft.text, writeText).then(setStatus);
  });
  return (
    <article class="wm-spo-draft" data-testid="waymark-spo-draft" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('spo.title')}</h3>
      <p class="wm-draft-mark">{draft.mark}</p>
      <p>{t('spo.crimeReference', { ref: draft.crimeReference ?? t('spo.noReference') })}</p>
      <Section section={draft.acts}>
        <h5>{t('spo.chronology')}</h5>
        {draft.acts.chronology.length ? (
          <ol class="wm-chronology">
            {draft.acts.chronology.map((c, i) => (
              <li key={`${i}-${c.when}`}>
                {c.when}
                {c.date && c.date !== c.when ? ` (${c.date})` : ''}:{' '}
                {c.behaviours.join('; ') || t('spo.noBehaviour')}
                {c.count > 1 ? t('spo.occasions', { count: c.count }) : ''}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('spo.noDates')}</p>
        )}
      </Section>
      <Section section={draft.risk} />
      <Section section={draft.necessity}>
        <h5>{t('spo.prohibitions')}</h5>
        <ul>
          {draft.necessity.prohibitions.length ? (
            draft.necessity.prohibitions.map((p) => <li key={p}>{p}</li>)
          ) : (
            <li>{t('spo.noneSuggested')}</li>
          )}
        </ul>
        <h5>{t('spo.requirements')}</h5>
        <ul>
          {draft.necessity.requirements.length ? (
            draft.necessity.requirements.map((r) => <li key={r}>{r}</li>)
          ) : (
            <li>{t('spo.noneSuggested')}</li>
          )}
        </ul>
      </Section>
      <ul class="wm-spo-notes">
        {draft.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <div class="wm-buttons">
        <button type="button" class="wm-btn wm-btn-primary" onClick={onCopy}>
          {t('spo.copy')}
        </button>
        <span class="wm-status" role="status" aria-live="polite">
          {status === 'copied' && t('spo.copied')}
          {status === 'failed' && t('spo.copyFailed')}
        </span>
      </div>
      <details class="wm-plain">
        <summary>{t('spo.plain')}</summary>
        <pre>{draft.text}</pre>
      </details>
    </article>
  );
}
