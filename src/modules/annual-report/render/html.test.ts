import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './document.fixture';
import { reportHtml } from './html';

const svgs = (html: string) => [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);

describe('the report as HTML', () => {
  const sv = reportHtml(fixtureDocument('sv'));
  const en = reportHtml(fixtureDocument('en'));

  it('is a page in the report language with its headings in order', () => {
    expect(sv).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(en).toMatch(/^<!doctype html>\n<html lang="en">/);
    const headings = [...sv.matchAll(/<h([1-3])\b[^>]*>([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Demobostäder i Västerås AB – Hållbarhetsredovisning 2020',
      '2 Hållbara stadsdelar',
      '3 Trygghetsindex',
      '3 Mediantid till avslutad åtgärd (dagar)',
      '3 Andel avslut till arbete (Jobbpunkt)',
      '2 God samhällsaktör',
      '3 Andel veckor med EST-rapport per aktör',
      '2 Hållbart arbetsliv',
      '2 Mänskliga rättigheter',
      '2 GRI-index',
    ]);
    expect(sv).toContain('@media print');
  });

  it('names material and focus areas as the framework does, in the report language', () => {
    // The indicators module's names: est_weeks_reported_share sits in God samhällsaktör → Samverkan.
    expect(sv).toContain('<li><a href="#good_community_actor">God samhällsaktör</a></li>');
    expect(en).toContain('<li><a href="#good_community_actor">Good community actor</a></li>');
    expect(sv).toContain('Fokusområde: Samverkan.');
    expect(en).toContain('Focus area: Partnership.');
  });

  it('shows every chart as an image titled and described by its figures', () => {
    for (const [html, alt] of [
      [sv, 'Trygghetsindex 2016–2020: 2016 74\u00a0%'],
      [en, 'Safety index 2016–2020: 2016 74\u00a0%'],
    ]) {
      const charts = svgs(html);
      expect(charts).toHaveLength(4);
      for (const svg of charts) {
        expect(svg).toMatch(/role="img"/);
        const [, titleId, descId] = /aria-labelledby="([^ "]+) ([^"]+)"/.exec(svg)!;
        expect(svg).toMatch(new RegExp(`<title id="${titleId}">[^<]+</title>`));
        expect(svg).toMatch(new RegExp(`<desc id="${descId}">[^<]+</desc>`));
      }
      expect(charts[0]).toContain(alt);
    }
  });

  it('links every figure to its computation and tells inline how it was computed', () => {
    for (const id of [
      'safety_index',
      'median_days_to_close',
      'est_weeks_reported_share',
      'job_outcome_rate',
    ]) {
      expect(sv).toContain(`<a href="/indicators/${id}/trace?year=2020">`);
    }
    expect(sv).toContain('<a href="/indicators/safety_index/trace?year=2020">78,4\u00a0%</a>');
    expect(en).toContain('<a href="/indicators/safety_index/trace?year=2020">78.4\u00a0%</a>');
    // A suppressed figure says why, and still links to its computation.
    expect(sv).toContain(
      '<a href="/indicators/job_outcome_rate/trace?year=2020">visas inte: för få svar</a>',
    );
    expect(sv.match(/<details><summary>Hur siffran räknats<\/summary>/g)).toHaveLength(4);
    expect(en.match(/<details><summary>How this figure was computed<\/summary>/g)).toHaveLength(4);
    const details = /<details>[\s\S]*?<\/details>/.exec(sv)![0];
    expect(details).toContain('<dd>Andel svarande som tycker att tryggheten är bra eller mycket bra.</dd>');
    expect(details).toContain('<dd>1\u00a0000</dd>');
    expect(details).toContain('<dd>75,7\u00a0%–80,9\u00a0%</dd>');
    expect(details).toContain('ej uppnått. Uppnått när hela 95 %-intervallet');
  });

  it('gives tables a caption and scoped header cells, and escapes text', () => {
    const tables = [...sv.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)].map((m) => m[1]);
    // Four indicators' figures, two breakdowns, the GRI index.
    expect(tables).toHaveLength(7);
    for (const t of tables) {
      expect(t).toMatch(/^<caption>[^<]+<\/caption>/);
      expect(t).not.toMatch(/<th>/);
    }
    expect(sv).toContain(
      '<th scope="row">Råby &lt;östra&gt;</th><td class="num">–</td><td class="num">2</td>',
    );
    expect(sv).toContain('<th scope="row">Område 1</th><td class="num">10,5</td><td class="num">40</td>');
    // Shares of 52 weeks, published as fractions to whole points (0.46, 1), printed as per cent.
    for (const html of [sv, en]) {
      expect(html).toContain(
        '<th scope="row">Polisen</th><td class="num">24</td><td class="num">52</td><td class="num">46\u00a0%</td>',
      );
      expect(html).toContain('<td class="num">52</td><td class="num">100\u00a0%</td></tr>');
    }
    expect(en).toContain('<th scope="row">GRI 413-1</th>');
  });

  it('writes who wrote a text and when, in the report language', () => {
    expect(sv).toContain('<p class="byline">Skrivet av Anna Berg, 15 januari 2021</p>');
    expect(en).toContain('<p class="byline">Written by Anna Berg, 15 January 2021</p>');
    expect(en).toContain('No text has been written for the year.');
  });
});
