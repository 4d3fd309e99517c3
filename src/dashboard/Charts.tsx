import { t } from '../i18n/runtime';
import type { ChartSpec } from './charts-data';

const WIDTH = 560;
const LABEL_W = 210;
const VALUE_W = 70;
const ROW_H = 26;
const BAR_H = 16;

function short(label: string): string {
  return label.length > 30 ? `${label.slice(0, 29)}\u2026` : label;
}

/**
 * One horizontal bar chart drawn as inline SVG, with the same rows as a table behind it. The SVG
 * is a picture with a one-line description; the table is what a screen reader (or anyone who
 * prefers figures) reads, so it is always in the page, folded under the chart.
 */
export function BarChart({ spec }: { spec: ChartSpec }) {
  const max = spec.percent ? 100 : Math.max(1, ...spec.rows.map((r) => r.value));
  const plot = WIDTH - LABEL_W - VALUE_W;
  const height = Math.max(1, spec.rows.length) * ROW_H + 4;
  const headingId = `wm-chart-${spec.id}-h`;
  const describe = spec.rows.length
    ? spec.rows.map((r) => `${r.label}: ${r.value}${spec.percent ? '%' : ''}`).join('; ')
    : t('chart.noData');
  return (
    <figure
      class="wm-chart"
      data-testid="wm-chart"
      data-chart={spec.id}
      aria-labelledby={headingId}
    >
      <figcaption id={headingId}>
        <h3>{spec.title}</h3>
      </figcaption>
      {spec.rows.length === 0 ? (
        <p class="wm-muted">{t('chart.nothing')}</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width={WIDTH}
          height={height}
          role="img"
          aria-label={`${spec.title}: ${describe}`}
        >
          {spec.rows.map((r, i) => {
            const y = i * ROW_H + 4;
            const w = Math.round((r.value / max) * plot);
            return (
              <g key={r.label} data-bar={r.label} data-value={r.value}>
                <text x={LABEL_W - 8} y={y + BAR_H - 3} text-anchor="end" class="wm-chart-label">
                  {short(r.label)}
                </text>
                <rect
                  x={LABEL_W}
                  y={y}
                  width={Math.max(w, r.value > 0 ? 2 : 0)}
                  height={BAR_H}
                  class="wm-chart-bar"
                />
                <text x={LABEL_W + w + 6} y={y + BAR_H - 3} class="wm-chart-value">
                  {r.value}
                  {spec.percent ? '%' : ''}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {spec.rows.length > 0 && (
        <details>
          <summary>{t('chart.asTable')}</summary>
          <table class="wm-table">
            <thead>
              <tr>
                <th scope="col">
                  {t(spec.id === 'followed-by-week' ? 'chart.week' : 'chart.group')}
                </th>
                <th scope="col">{spec.unit}</th>
                {spec.percent && <th scope="col">{t('chart.shown')}</th>}
              </tr>
            </thead>
            <tbody>
              {spec.rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td>
                    {r.value}
                    {spec.percent ? '%' : ''}
                  </td>
                  {spec.percent && <td>{r.of ?? 0}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

/**
 * The charts section of the dashboard. `specs` is null until the first charts are drawn (after
 * the first screen); `busy` while they are being redrawn for a change of filters.
 */
export function Charts({ specs, busy = false }: { specs: ChartSpec[] | null; busy?: boolean }) {
  return (
    <section
      class="wm-card"
      aria-labelledby="wm-charts-h"
      aria-busy={busy || specs === null ? 'true' : undefined}
      data-testid="wm-charts"
    >
      <h2 id="wm-charts-h">{t('chart.title')}</h2>
      {specs === null ? (
        <p class="wm-muted">{t('chart.drawing')}</p>
      ) : (
        <div class="wm-charts">
          {specs.map((s) => (
            <BarChart key={s.id} spec={s} />
          ))}
        </div>
      )}
    </section>
  );
}
