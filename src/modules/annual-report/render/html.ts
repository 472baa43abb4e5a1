/**
 * The report as one self-contained, accessible HTML page: the document's language on `<html>`,
 * headings in order, tables with a caption and header cells with their scope, each trend chart an
 * inline SVG image titled and described in words, a print stylesheet. Every figure links to its
 * computation (`/indicators/<id>/trace?year=<Y>`) and shows inline, in a <details>, how it was
 * computed: the definition, n, the interval and the status rule.
 */
import type { FigureTable } from '../../../core/indicators';
import type { ReportIndicator } from '../../../core/report';
import { escapeHtml } from '../../../shared/html';
import type { AnnualReportDocument } from '../annual-report.contract';
import {
  breakdownCells,
  bylineOf,
  countText,
  documentHeader,
  focusAreaText,
  intervalText,
  type MaterialAreaSection,
  numericColumns,
  paragraphsOf,
  sdgText,
  sectionsOf,
  statusText,
  targetText,
  traceUrl,
  valueText,
} from './figures';
import { griRows } from './gri-rows';
import { labelsFor, type ReportLanguage } from './labels';
import { trendSvg } from './svg-chart';

const e = escapeHtml;

const style = `*{box-sizing:border-box}body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:52rem;margin:0 auto;padding:1rem}h1{font-size:1.8rem}h2{font-size:1.4rem;margin-top:2.5rem;border-bottom:2px solid #1c5d99}
h3{font-size:1.15rem;margin-top:2rem}a{color:#0b4f8a}.muted{color:#495057}.byline{font-style:italic;color:#495057}
table{border-collapse:collapse;margin:.75rem 0 1.25rem;width:100%}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border-bottom:1px solid #adb5bd;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th{background:#e9ecef}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}figure{margin:1rem 0}svg.trend{max-width:100%;height:auto}
details{margin:.5rem 0 1rem;padding:.5rem .75rem;border:1px solid #ced4da;border-radius:.25rem}summary{cursor:pointer;font-weight:600}
dl.how{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.how dt{font-weight:600}dl.how dd{margin:0}
:focus-visible{outline:3px solid #e0a100;outline-offset:2px}
@media print{@page{size:A4;margin:18mm}body{font-size:10.5pt}main{max-width:none;padding:0}nav.toc{display:none}
h2{break-before:page}h2,h3{break-after:avoid}table,figure,tr{break-inside:avoid}details{border:0;padding:0}
details>summary{list-style:none}a{color:inherit;text-decoration:none}}
@media print{details::details-content{content-visibility:visible;display:block}}`;

function figuresTable(i: ReportIndicator, year: number, language: ReportLanguage): string {
  const l = labelsFor(language);
  const link = `<a href="${e(traceUrl(i.id, year))}">${e(valueText(i, language))}</a>`;
  const head = [l.value(year), l.interval, l.n, l.target, l.status]
    .map((h) => `<th scope="col">${e(h)}</th>`)
    .join('');
  const cells = [
    intervalText(i, i.unit, language),
    countText(i.n, language),
    targetText(i, language),
    statusText(i, language),
  ]
    .map((c) => `<td>${e(c)}</td>`)
    .join('');
  return `<table class="figures"><caption>${e(`${i.name} ${year}`)}</caption><thead><tr>${head}</tr></thead><tbody><tr><td>${link}</td>${cells}</tr></tbody></table>`;
}

function howComputed(i: ReportIndicator, year: number, language: ReportLanguage): string {
  const l = labelsFor(language);
  const rows: [string, string][] = [
    [l.definition, i.definition],
    [l.n, countText(i.n, language)],
    [l.interval, intervalText(i, i.unit, language)],
    [l.target, targetText(i, language)],
    [l.status, `${statusText(i, language)}. ${l.statusRule} ${l.polarity(i.higher_is_better)}`],
  ];
  const list = rows.map(([term, text]) => `<dt>${e(term)}</dt><dd>${e(text)}</dd>`).join('');
  return `<details><summary>${e(l.howComputed)}</summary><dl class="how">${list}</dl><p><a href="${e(traceUrl(i.id, year))}">${e(l.traceLink)}</a></p></details>`;
}

function breakdownHtml(table: FigureTable, indicatorName: string, language: ReportLanguage): string {
  const numeric = numericColumns(table);
  const cls = (k: number) => (numeric[k] ? ' class="num"' : '');
  const head = table.columns.map((c, k) => `<th scope="col"${cls(k)}>${e(c)}</th>`).join('');
  const body = breakdownCells(table, language)
    .map(([first, ...rest]) => {
      const cells = rest.map((c, k) => `<td${cls(k + 1)}>${e(c)}</td>`).join('');
      return `<tr><th scope="row">${e(first ?? '')}</th>${cells}</tr>`;
    })
    .join('\n');
  return `<table><caption>${e(`${indicatorName}: ${table.caption}`)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function indicatorHtml(i: ReportIndicator, year: number, language: ReportLanguage): string {
  const l = labelsFor(language);
  const first = i.trend[0]?.year ?? year;
  const chartTitle = `${i.name}: ${l.trendCaption(first, year)}`;
  return `<article id="indicator-${e(i.id)}" aria-labelledby="h-${e(i.id)}">
<h3 id="h-${e(i.id)}">${e(i.name)}</h3>
${figuresTable(i, year, language)}
<figure>${trendSvg(i, language, chartTitle)}</figure>
<p>${e(l.definition)}: ${e(i.definition)}</p>
<p class="muted">${e(l.focusArea)}: ${e(focusAreaText(i, language))}. ${e(l.sdg)}: ${e(sdgText(i.sdg, language))}.</p>
${howComputed(i, year, language)}
${i.breakdowns.map((t) => breakdownHtml(t, i.name, language)).join('\n')}
</article>`;
}

function sectionHtml(s: MaterialAreaSection, year: number, language: ReportLanguage): string {
  const l = labelsFor(language);
  const paragraphs = s.text ? paragraphsOf(s.text.body) : [];
  const text = paragraphs.length
    ? paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n')
    : `<p class="muted"><em>${e(l.noText)}</em></p>`;
  const byline = bylineOf(s.text, language);
  const indicators = s.indicators.length
    ? s.indicators.map((i) => indicatorHtml(i, year, language)).join('\n')
    : `<p class="muted">${e(l.noIndicators)}</p>`;
  return `<section id="${s.area}" aria-labelledby="h-${s.area}">
<h2 id="h-${s.area}">${e(s.name)}</h2>
${text}
${byline ? `<p class="byline">${e(byline)}</p>` : ''}
${indicators}
</section>`;
}

function griHtml(document: AnnualReportDocument): string {
  const l = labelsFor(document.language);
  const rows = griRows(document);
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${e(r.disclosure)}</th><td>${e(r.title)}</td><td>${e(r.indicators.join(', '))}</td></tr>`,
    )
    .join('\n');
  const table = rows.length
    ? `<table><caption>${e(l.gri.heading)}</caption><thead><tr><th scope="col">${e(l.gri.disclosure)}</th><th scope="col">${e(l.gri.title)}</th><th scope="col">${e(l.gri.indicators)}</th></tr></thead><tbody>${body}</tbody></table>`
    : '';
  return `<section id="gri" aria-labelledby="h-gri"><h2 id="h-gri">${e(l.gri.heading)}</h2><p>${e(rows.length ? l.gri.intro : l.gri.none)}</p>${table}</section>`;
}

/** The report as a self-contained HTML page in the document's language. */
export function reportHtml(document: AnnualReportDocument): string {
  const language = document.language;
  const l = labelsFor(language);
  const { title, generatedAt } = documentHeader(document);
  const sections = sectionsOf(document);
  const toc = [...sections.map((s) => [s.area, s.name]), ['gri', l.gri.heading]]
    .map(([id, name]) => `<li><a href="#${id}">${e(name)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p class="muted">${e(generatedAt)}</p>
<nav class="toc" aria-label="${e(l.contents)}"><ol>${toc}</ol></nav>
${sections.map((s) => sectionHtml(s, document.year, language)).join('\n')}
${griHtml(document)}
</main>
</body>
</html>
`;
}
