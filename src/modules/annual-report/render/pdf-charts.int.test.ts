import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../../../test/harness';
import { inkShare, pdfPageImages } from '../../../../test/pdf-text';
import { seedWorldOrganisation } from '../../../../test/world';
import { buildAnnualReport } from '../../../core/report';
import { swedishYear } from '../../../shared/time';
import { griIndex } from '../gri';
import { reportPdfWithLayout } from './pdf';

const t = setUpTestApp({ reset: false });

describe('the PDF of the test world', () => {
  it('draws a chart for every indicator where the layout placed it, and nothing beside it', async () => {
    const seed = await seedWorldOrganisation(t.context, 'gamma');
    const now = t.context.config.clock();
    const report = await buildAnnualReport(t.db, seed.organisation, swedishYear(now), 'sv', now);
    const { pdf, charts } = await reportPdfWithLayout({
      ...report,
      generated_at: now.toISOString(),
      material_areas: [],
      gri_index: griIndex(report),
    });
    const pages = await pdfPageImages(pdf, 50);
    expect(charts.map((c) => c.indicatorId).sort()).toEqual(report.indicators.map((i) => i.id).sort());
    // Grid lines, axis labels and the figures: a few per cent of the box is ink; blank would be 0.
    for (const chart of charts) {
      expect(inkShare(pages[chart.page], chart.box), chart.indicatorId).toBeGreaterThan(0.02);
      // The page's margins beside the chart stay white: the ink is the chart's, not the whole page's.
      const margin = { ...chart.box, x: 0, width: chart.box.x - 5 };
      expect(inkShare(pages[chart.page], margin)).toBe(0);
      expect(inkShare(pages[chart.page], { ...margin, x: chart.box.x + chart.box.width + 5 })).toBe(0);
    }
  });
});
