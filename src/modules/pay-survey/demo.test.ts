import { describe, expect, it } from 'vitest';
import { disclosureKinds } from '../../core/disclosure';
import { demoSalaryRows } from './demo';
import { publishPaySurvey } from './pay-publication';
import { paySurvey } from './pay-survey';

const rows = demoSalaryRows();
const published = (year: number) =>
  publishPaySurvey(paySurvey(year, rows), { pay: disclosureKinds.pay.threshold });

describe('the demo salary file', () => {
  it('is the seeds’ 2022 survey: 74 women, 92 men and a 0 % gap in mean pay', () => {
    const survey = published(2022);
    expect([survey.overall.basic.women.n, survey.overall.basic.men.n]).toEqual([74, 92]);
    // 166 employees: published to 0.1 point, and women's pay was scaled to men's mean.
    expect(survey.overall.basic.meanGap).toBe(0);
  });

  it('has about 160 employees in 2025, fewer in 2024 (no one hired in 2025), and no one of gender other', () => {
    const count = (year: number) => rows.filter((r) => r.year === year).length;
    // Women 8 + 16 + 17 + 12 + 11 + 11 = 75, men 32 + 6 + 7 + 6 + 19 + 13 = 83.
    expect(count(2025)).toBe(158);
    expect(count(2024)).toBeLessThan(158);
    expect(count(2024)).toBe(rows.filter((r) => r.year === 2025 && r.hiredOn < '2025').length);
    expect(new Set(rows.map((r) => r.gender))).toEqual(new Set(['woman', 'man']));
  });

  it('flags the project managers in 2025 (men paid 9 % more at hiring), so the page has a flag to explain', () => {
    const survey = paySurvey(2025, rows);
    const managers = survey.workGroups.find((g) => g.workGroup === 'Projektledare')!;
    expect(managers.flag).toMatchObject({ basic: true, assessment: true });
    const shown = published(2025).workGroups.find((g) => g.workGroup === 'Projektledare')!;
    expect(shown.basic.reason).toBeNull();
    expect(shown.basic.meanGap).toBeGreaterThanOrEqual(0.05);
  });
});
