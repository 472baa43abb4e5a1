import { describe, expect, it } from 'vitest';
import type { AnnualReport, ReportIndicator } from '../../core/report';
import { griIndex } from './gri';

const indicator = (id: string) => ({ id }) as ReportIndicator;
const report = (language: 'sv' | 'en', ids: string[]): AnnualReport => ({
  year: 2025,
  organisation: 'Demo',
  language,
  indicators: ids.map(indicator),
});

describe('the GRI content index', () => {
  it('lists only the disclosures an indicator of the report answers, in the Standards order', () => {
    const index = griIndex(
      report('en', ['safety_index', 'est_weeks_reported_share', 'activity_sessions', 'rounds_completed']),
    );
    expect(index).toEqual([
      {
        disclosure: 'GRI 2-29',
        title: 'Approach to stakeholder engagement',
        indicator_ids: ['est_weeks_reported_share'],
      },
      {
        disclosure: 'GRI 413-1',
        title: 'Operations with local community engagement, impact assessments, and development programs',
        indicator_ids: ['safety_index', 'activity_sessions'],
      },
    ]);
  });

  it('titles the disclosures in the report language', () => {
    expect(griIndex(report('sv', ['gender_pay_gap'])).map((d) => [d.disclosure, d.title])).toEqual([
      ['GRI 405-2', 'Förhållandet mellan kvinnors och mäns grundlön och ersättning'],
    ]);
  });

  it('adds the working-life disclosures once their indicators are in the report', () => {
    const ids = ['women_share_company', 'women_share_board', 'gender_pay_gap_median'];
    expect(griIndex(report('en', ids))).toEqual([
      { disclosure: 'GRI 2-7', title: 'Employees', indicator_ids: ['women_share_company'] },
      {
        disclosure: 'GRI 405-1',
        title: 'Diversity of governance bodies and employees',
        indicator_ids: ['women_share_company', 'women_share_board'],
      },
      {
        disclosure: 'GRI 405-2',
        title: 'Ratio of basic salary and remuneration of women to men',
        indicator_ids: ['gender_pay_gap_median'],
      },
    ]);
    expect(griIndex(report('en', ['rounds_completed']))).toEqual([]);
  });
});
