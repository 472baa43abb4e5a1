import { describe, expect, it } from 'vitest';
import {
  inkShare,
  pdfAltTexts,
  pdfFonts,
  pdfInfo,
  pdfPageImages,
  pdfPageTexts,
  pdfStructure,
} from '../../../../test/pdf-text';
import { fixtureDocument } from './document.fixture';
import { reportPdfWithLayout } from './pdf';
import { trendAltText } from './trend-chart';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('the report as PDF', async () => {
  const sv = await reportPdfWithLayout(fixtureDocument('sv'));
  const en = await reportPdfWithLayout(fixtureDocument('en'));

  it('is tagged PDF 1.7 with every font embedded', () => {
    for (const { pdf } of [sv, en]) {
      const info = pdfInfo(pdf);
      expect(info.Tagged).toBe('yes');
      expect(info['PDF version']).toBe('1.7');
      const fonts = pdfFonts(pdf);
      expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
        'DejaVuSans',
        'DejaVuSans-Bold',
        'DejaVuSans-Oblique',
      ]);
      expect(fonts.every((f) => f.embedded)).toBe(true);
    }
  });

  it('has a structure tree of headings, sections, figures and tables with scoped header cells', () => {
    const tree = pdfStructure(sv.pdf);
    expect(tree.split('\n')[0]).toBe('Document');
    expect(count(tree, /^\s*H1\b/gm)).toBe(1);
    // Four material areas and the GRI index; three indicators.
    expect(count(tree, /^\s*H2\b/gm)).toBe(5);
    expect(count(tree, /^\s*H3\b/gm)).toBe(4);
    expect(count(tree, /^\s*Figure\b/gm)).toBe(4);
    // Rows: 2 in each indicator's figures table, 1 + 62 in the days' breakdown (its header repeated
    // on the next page is an artifact, read once), 1 + 2 in the partners' one, 1 + 1 in the GRI index.
    expect(count(tree, /^\s*TR\b/gm)).toBe(4 * 2 + 63 + 3 + 2);
    expect(count(tree, /\/Scope \/Column/g)).toBe(4 * 5 + 3 + 4 + 3);
    expect(count(tree, /\/Scope \/Row/g)).toBe(62 + 2 + 1);
  });

  it('gives every chart its figures in words as the text alternative', () => {
    for (const [{ pdf, charts }, language] of [
      [sv, 'sv'],
      [en, 'en'],
    ] as const) {
      // In drawing order: the material areas' order, then the report's within each.
      const indicators = fixtureDocument(language).indicators;
      const expected = charts.map((c) =>
        trendAltText(indicators.find((i) => i.id === c.indicatorId)!, language),
      );
      expect(pdfAltTexts(pdf)).toEqual(expected);
    }
    expect(pdfAltTexts(sv.pdf)[0]).toMatch(
      /^Trygghetsindex 2016–2020: 2016 74\u00a0% .*; mål 2018 80\u00a0%, 2019 82\u00a0%, 2020 82\u00a0%\.$/,
    );
  });

  it('says everything in Swedish in the Swedish report and in English in the English one', () => {
    const svText = pdfPageTexts(sv.pdf).join('\n');
    const enText = pdfPageTexts(en.pdf).join('\n');
    for (const name of [
      'Trygghetsindex',
      'Mediantid till avslutad åtgärd (dagar)',
      'Andel veckor med EST-rapport per aktör',
      'Andel avslut till arbete (Jobbpunkt)',
    ])
      expect(svText).toContain(name);
    for (const name of [
      'Safety index',
      'Median days to close an action',
      'Share of weeks with an EST report per partner',
      'Share of exits to work (Jobbpunkt)',
    ])
      expect(enText).toContain(name);
    // The safety index is not met (78.4 % against 82 %), the days are (12 against at most 14), the
    // EST share's interval 33–61 % crosses its goal of 50 %; the exits are too few to show.
    expect(svText).toContain('ej uppnått');
    expect(svText).toMatch(/^uppnått$/m);
    expect(svText.replace(/\s+/g, ' ')).toContain('för osäkert för att avgöra');
    expect(svText.replace(/\s+/g, ' ')).toContain('visas inte: för få svar');
    expect(enText.replace(/\s+/g, ' ')).toContain('too close to call');
    expect(enText.replace(/\s+/g, ' ')).toContain('not shown: too few responses');
    expect(svText).toContain('78,4 %');
    expect(svText).toContain('Sida 1 av 4');
    expect(enText).toMatch(/^not met$/m);
    expect(enText).toMatch(/^met$/m);
    expect(enText).toContain('78.4 %');
    expect(enText).toContain('Page 1 of 4');
    for (const swedish of [
      'uppnått',
      'Sida',
      'Värde',
      'Mål',
      'Hållbara stadsdelar',
      'Fokusområde',
      'Globala mål',
      'dagar',
      'Skrivet av',
      'konfidensintervall',
    ])
      expect(enText).not.toContain(swedish);
    for (const english of [
      'not met',
      'Page',
      'Value',
      'Target',
      'Sustainable',
      'Focus area',
      'days',
      'Written by',
    ])
      expect(svText).not.toContain(english);
  });

  it('draws each chart where the layout placed it, and leaves the page white where none is', async () => {
    for (const { pdf, charts, end } of [sv, en]) {
      const pages = await pdfPageImages(pdf, 50);
      expect(charts.map((c) => c.indicatorId)).toEqual([
        'safety_index',
        'median_days_to_close',
        'job_outcome_rate',
        'est_weeks_reported_share',
      ]);
      for (const chart of charts) {
        // Grid lines, labels and figures are a few per cent of the box; a figure shown nowhere
        // (job_outcome_rate, suppressed every year) still has its axes and its target.
        expect(inkShare(pages[chart.page], chart.box), chart.indicatorId).toBeGreaterThan(0.02);
        const margin = { ...chart.box, x: 0, width: chart.box.x - 5 };
        expect(inkShare(pages[chart.page], margin)).toBe(0);
      }
      // Below the last content of the last page down to the footer's margin, the page is white
      // (the last page ends with the GRI index, a few lines above its bottom margin).
      expect(end.page).toBe(pages.length - 1);
      const below = { ...charts[0].box, y: end.y + 5, height: 842 - 50 - (end.y + 5) };
      expect(below.height).toBeGreaterThan(30);
      expect(inkShare(pages[end.page], below)).toBe(0);
    }
  });

  it('prints the shares of a breakdown as per cent with the decimals they were published with', () => {
    // 0.46 and 1 are shares of 52 weeks, published to whole points: "46 %" and "100 %".
    const svPages = pdfPageTexts(sv.pdf, { layout: true }).join('\n');
    expect(svPages).toMatch(/^\s*Aktör\s+Veckor rapporterade\s+Veckor\s+Andel\s*$/m);
    expect(svPages).toMatch(/^\s*Polisen\s+24\s+52\s+46\s%\s*$/m);
    expect(svPages).toMatch(/^\s*Räddningstjänsten\s+52\s+52\s+100\s%\s*$/m);
    const enPages = pdfPageTexts(en.pdf, { layout: true }).join('\n');
    expect(enPages).toMatch(/^\s*Polisen\s+24\s+52\s+46\s%\s*$/m);
  });

  it('repeats a long table header on the page it continues on and never splits a row', () => {
    const pages = pdfPageTexts(sv.pdf, { layout: true });
    const first = pages.findIndex((p) => p.includes('Område 1 '));
    const last = pages.findIndex((p) => p.includes('Område 60 '));
    expect(last).toBeGreaterThan(first);
    for (const page of pages.slice(first, last + 1))
      expect(page).toMatch(/^\s*Område\s+Dagar\s+Åtgärder\s*$/m);
    // Row k: 10.5 + (k - 1) mod 7 days, 39 + k actions — each row's three cells on one line of one page.
    for (let k = 1; k <= 60; k++) {
      const days = `${10 + ((k - 1) % 7)},5`;
      const row = new RegExp(`^\\s*Område ${k}\\s+${days}\\s+${39 + k}\\s*$`, 'm');
      expect(pages.filter((p) => row.test(p))).toHaveLength(1);
    }
  });
});
