/** The trend chart as inline SVG for the HTML report: an image with its figures as title and description. */
import type { ReportIndicator } from '../../../core/report';
import { escapeHtml } from '../../../shared/html';
import type { ReportLanguage } from './labels';
import { type Point, trendChart } from './trend-chart';

export const chartColours = { value: '#1c5d99', interval: '#1c5d99', target: '#b35900', grid: '#d0d4d9' };

const path = (points: Point[]) =>
  points.map((p, k) => `${k ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('');

/** The chart of an indicator's trend: `role="img"`, named by its `<title>`, described by its `<desc>`. */
export function trendSvg(i: ReportIndicator, language: ReportLanguage, title: string): string {
  const width = 560;
  const height = 200;
  const c = trendChart(i, language, { x: 0, y: 0, width, height });
  const id = `chart-${i.id}`;
  const { plot } = c;
  const grid = c.yTicks
    .map(
      (t) =>
        `<line x1="${plot.x}" x2="${plot.x + plot.width}" y1="${t.y.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${chartColours.grid}"/>` +
        `<text x="${plot.x - 6}" y="${(t.y + 4).toFixed(1)}" text-anchor="end">${escapeHtml(t.label)}</text>`,
    )
    .join('');
  const years = c.years
    .map((y) => `<text x="${y.x.toFixed(1)}" y="${height - 5}" text-anchor="middle">${y.label}</text>`)
    .join('');
  const whiskers = c.whiskers
    .map(
      (w) =>
        `<path d="M${w.x - 5} ${w.top.toFixed(1)}h10M${w.x} ${w.top.toFixed(1)}V${w.bottom.toFixed(1)}M${w.x - 5} ${w.bottom.toFixed(1)}h10"/>`,
    )
    .join('');
  const targetLines = c.targetLines.map((run) => `<path d="${path(run)}"/>`).join('');
  const targets = c.targets.map((p) => `<path d="M${p.x - 6} ${p.y.toFixed(1)}h12"/>`).join('');
  const lines = c.lines.map((run) => `<path d="${path(run)}"/>`).join('');
  const points = c.points
    .map((p) => `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="3.5"/>`)
    .join('');
  const legend =
    `<g font-size="11"><circle cx="${plot.x + 4}" cy="8" r="3.5" fill="${chartColours.value}"/>` +
    `<text x="${plot.x + 12}" y="12">${escapeHtml(c.legend.value)}</text>` +
    `<path d="M${plot.x + 90} 3v10" stroke="${chartColours.interval}"/><text x="${plot.x + 96}" y="12">${escapeHtml(c.legend.interval)}</text>` +
    `<path d="M${plot.x + 300} 8h18" stroke="${chartColours.target}" stroke-width="2" stroke-dasharray="5 3"/><text x="${plot.x + 322}" y="12">${escapeHtml(c.legend.target)}</text></g>`;
  return `<svg class="trend" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui,sans-serif" font-size="11" fill="#1a1a1a">
<title id="${id}-title">${escapeHtml(title)}</title>
<desc id="${id}-desc">${escapeHtml(c.alt)}</desc>
${legend}<g>${grid}</g><g>${years}</g>
<g fill="none" stroke="${chartColours.target}" stroke-width="2" stroke-dasharray="5 3">${targetLines}</g>
<g fill="none" stroke="${chartColours.target}" stroke-width="3">${targets}</g>
<g fill="none" stroke="${chartColours.interval}" stroke-width="1.5">${whiskers}</g>
<g fill="none" stroke="${chartColours.value}" stroke-width="2.5">${lines}</g>
<g fill="${chartColours.value}">${points}</g>
</svg>`;
}
