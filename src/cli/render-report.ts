import type { AnnualReport } from '../core/report';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function shown(value: number | null, unit: string): string {
  if (value === null) return '–';
  return unit === 'fraction' ? `${(value * 100).toFixed(1)} %` : String(Math.round(value * 10) / 10);
}

/** The report as a simple, self-contained HTML table. */
export function reportHtml(report: AnnualReport): string {
  const rows = report.indicators
    .map(
      (i) =>
        `<tr><th scope="row">${escapeHtml(i.name)}</th><td>${shown(i.value, i.unit)}</td><td>${i.n ?? '–'}</td><td>${
          i.ci_low === null ? '–' : `${shown(i.ci_low, i.unit)}–${shown(i.ci_high, i.unit)}`
        }</td><td>${shown(i.target, i.unit)}</td><td>${i.status ?? '–'}</td><td>${i.sdg.join(', ')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(report.organisation)} ${report.year}</title></head>
<body><main><h1>${escapeHtml(report.organisation)} – ${report.year}</h1>
<table><thead><tr><th>Indikator</th><th>Värde</th><th>n</th><th>95 % KI</th><th>Mål</th><th>Status</th><th>SDG</th></tr></thead>
<tbody>${rows}</tbody></table></main></body></html>`;
}

export async function renderReport(
  report: AnnualReport,
  format: 'json' | 'html' | 'pdf' | 'xlsx',
): Promise<string | Buffer> {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'html') return reportHtml(report);
  throw new Error(`The ${format} format of the report is not available yet; use json or html.`);
}
