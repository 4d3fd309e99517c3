import { FOUR_ELEMENTS, type Analysis, type RelationshipId } from '../core/types';
import { fourLabel } from './labels';
import { language, t } from '../i18n/runtime';
import { reasonText } from '../i18n/reasons';

/** The stalking judgement: likely or not, FOUR, occasions and period, relationship. */
export function Summary({
  analysis,
  relationshipLabels,
  nameOf,
}: {
  analysis: Analysis;
  /** Plain name of a behaviour, in the active language. */
  nameOf(id: string): string;
  /** From the catalogue the background sends, so the words stay out of the content script. */
  relationshipLabels: Record<RelationshipId, string>;
}) {
  const s = analysis.stalking;
  return (
    <section
      class="wm-summary"
      data-testid="waymark-stalking"
      data-likely={s.likely ? 'true' : 'false'}
      aria-labelledby="wm-summary-h"
    >
      <h2 id="wm-summary-h" class={s.likely ? 'wm-verdict wm-verdict-likely' : 'wm-verdict'}>
        {t(s.likely ? 'summary.likely' : 'summary.notShown')}
      </h2>
      <ul class="wm-four" aria-label={t('four.label')}>
        {FOUR_ELEMENTS.map((el) => (
          <li key={el} class={s.four[el] ? 'wm-four-on' : 'wm-four-off'} data-four={el}>
            <span aria-hidden="true">{s.four[el] ? '\u2713' : '\u2013'}</span> {fourLabel(el)}
            <span class="wm-sr">
              {t(s.four[el] ? 'summary.evidenced' : 'summary.notEvidenced')}
            </span>
          </li>
        ))}
      </ul>
      <dl class="wm-facts">
        <dt>{t('summary.occasions')}</dt>
        <dd>
          {s.occasions ?? t('summary.notCounted')}
          {s.courseOfConduct ? t('summary.course') : ''}
        </dd>
        <dt>{t('summary.period')}</dt>
        <dd>{s.period ? s.period.text : t('summary.notStated')}</dd>
        <dt>{t('summary.relationship')}</dt>
        <dd>
          {relationshipLabels[analysis.relationship]}
          {analysis.domestic ? t('summary.domestic') : ''}
        </dd>
      </dl>
      {s.reasons.length > 0 && (
        <ul class="wm-reasons">
          {s.reasons.slice(0, 4).map((r, i) => {
            // English reads the engine's own sentences (with the rule pack's explanations).
            const ref = s.reasonIds[i];
            return <li key={i}>{language() === 'en' || !ref ? r : reasonText(ref)}</li>;
          })}
        </ul>
      )}
      <Chronology analysis={analysis} nameOf={nameOf} />
    </section>
  );
}

/** Each occasion found, in the order written, with its behaviours. */
export function Chronology({
  analysis,
  nameOf,
}: {
  analysis: Analysis;
  nameOf(id: string): string;
}) {
  const items = analysis.chronology;
  if (items.length === 0) return null;
  return (
    <details class="wm-chrono">
      <summary>{t('chrono.title', { count: items.length })}</summary>
      <ol>
        {items.map((o, i) => (
          <li key={`${o.start}-${i}`}>
            <span class="wm-when">{o.when ?? t('chrono.noDate')}</span>
            {o.count > 1 ? t('chrono.times', { count: o.count }) : ''}:{' '}
            {o.behaviours.map(nameOf).join(', ') || t('chrono.noBehaviour')}
          </li>
        ))}
      </ol>
    </details>
  );
}
