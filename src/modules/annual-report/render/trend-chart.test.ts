import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './document.fixture';
import { trendAltText, trendChart } from './trend-chart';

const safety = (language: 'sv' | 'en') => fixtureDocument(language).indicators[0];
const box = { x: 0, y: 0, width: 562, height: 242 };

describe('the trend chart', () => {
  it('states every year, its interval and the target in words, in the report language', () => {
    expect(trendAltText(safety('sv'), 'sv')).toBe(
      'Trygghetsindex 2016–2020: 2016 74\u00a0% (95 % konfidensintervall 65\u00a0%–82\u00a0%), ' +
        '2017 76\u00a0% (95 % konfidensintervall 67\u00a0%–83\u00a0%), 2018 uppgift saknas, 2019 visas inte, ' +
        '2020 78,4\u00a0% (95 % konfidensintervall 75,7\u00a0%–80,9\u00a0%); mål 2018 80\u00a0%, 2019 82\u00a0%, 2020 82\u00a0%.',
    );
    expect(trendAltText(fixtureDocument('en').indicators[1], 'en')).toBe(
      'Median days to close an action 2016–2020: 2016 15 days, 2017 14.5 days, 2018 13 days, 2019 12.5 days, 2020 12 days; target 14 days.',
    );
  });

  it('leaves the years without a figure as a gap in the line', () => {
    const chart = trendChart(safety('sv'), 'sv', box);
    // 2016–2017 is one run; 2018 has no figure and 2019 is suppressed; 2020 stands alone.
    expect(chart.lines.map((run) => run.length)).toEqual([2, 1]);
    expect(chart.points).toHaveLength(3);
    expect(chart.whiskers).toHaveLength(3);
    // The target runs from 2018 to 2020.
    expect(chart.targetLines.map((run) => run.length)).toEqual([3]);
  });

  it('scales from zero to a round number above every figure and puts the years evenly', () => {
    const chart = trendChart(safety('sv'), 'sv', box);
    // Highest figure 0.83 (2017's upper bound): ticks of 25 points up to 100 %.
    expect(chart.yTicks.map((t) => t.label)).toEqual([
      '0\u00a0%',
      '25\u00a0%',
      '50\u00a0%',
      '75\u00a0%',
      '100\u00a0%',
    ]);
    // Plot 500 wide from x = 50: five slots of 100, each year in the middle of its slot.
    expect(chart.years.map((y) => y.x)).toEqual([100, 200, 300, 400, 500]);
    // 0.784 of a 0–1 axis over a plot from y = 22 to 222 (200 high): 222 − 156.8.
    expect(chart.points.at(-1)!.y).toBeCloseTo(65.2, 6);
    const days = trendChart(fixtureDocument('sv').indicators[1], 'sv', box);
    expect(days.yTicks.map((t) => t.label)).toEqual(['0', '5', '10', '15', '20']);
  });
});

describe('the trend chart of a figure without any data', () => {
  it('still has an axis, and no line, point or target', () => {
    const empty = {
      ...fixtureDocument('en').indicators[1],
      trend: [2019, 2020].map((year) => ({
        year,
        value: null,
        ci_low: null,
        ci_high: null,
        target: null,
        suppressed: false,
      })),
    };
    const chart = trendChart(empty, 'en', box);
    expect(chart.yTicks.map((t) => t.label)).toEqual(['0', '2.5', '5', '7.5', '10']);
    expect([chart.lines, chart.points, chart.targets, chart.whiskers]).toEqual([[], [], [], []]);
    expect(chart.alt).toBe(
      'Median days to close an action 2019–2020: 2019 no figure, 2020 no figure; no target set.',
    );
  });
});
