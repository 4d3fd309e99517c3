import { FOUR_ELEMENTS, type Analysis, type RelationshipId } from '../core/types';
import { FOUR_LABEL } from './labels';

/** The stalking judgement: likely or not, FOUR, occasions and period, relationship. */
export function Summary({
  analysis,
  relationshipLabels,
}: {
  analysis: Analysis;
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
        {s.likely ? 'Stalking indicators: likely' : 'Stalking indicators: not shown yet'}
      </h2>
      <ul class="wm-four" aria-label="FOUR">
        {FOUR_ELEMENTS.map((el) => (
          <li key={el} class={s.four[el] ? 'wm-four-on' : 'wm-four-off'} data-four={el}>
            <span aria-hidden="true">{s.four[el] ? '\u2713' : '\u2013'}</span> {FOUR_LABEL[el]}
            <span class="wm-sr">{s.four[el] ? ': evidenced' : ': not evidenced'}</span>
          </li>
        ))}
      </ul>
      <dl class="wm-facts">
        <dt>Occasions</dt>
        <dd>
          {s.occasions ?? 'not counted'}
          {s.courseOfConduct ? ' (course of conduct)' : ''}
        </dd>
        <dt>Period</dt>
        <dd>{s.period ? s.period.text : 'not stated'}</dd>
        <dt>Relationship</dt>
        <dd>
          {relationshipLabels[analysis.relationship]}
          {analysis.domestic ? ' (domestic abuse)' : ''}
        </dd>
      </dl>
      {s.reasons.length > 0 && (
        <ul class="wm-reasons">
          {s.reasons.slice(0, 4).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
      <Chronology analysis={analysis} />
    </section>
  );
}

/** Each occasion found, in the order written, with its behaviours. */
export function Chronology({ analysis }: { analysis: Analysis }) {
  const items = analysis.chronology;
  if (items.length === 0) return null;
  const label = new Map(analysis.behaviours.map((b) => [b.id, b.label] as const));
  return (
    <details class="wm-chrono">
      <summary>Chronology ({items.length})</summary>
      <ol>
        {items.map((o, i) => (
          <li key={`${o.start}-${i}`}>
            <span class="wm-when">{o.when ?? 'date not given'}</span>
            {o.count > 1 ? ` (${o.count} times)` : ''}:{' '}
            {o.behaviours.map((b) => label.get(b) ?? b).join(', ') || 'no behaviour named'}
          </li>
        ))}
      </ol>
    </details>
  );
}
