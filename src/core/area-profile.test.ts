import { describe, expect, it } from 'vitest';
import { publishFigure, publishPoint, publishSection } from './area-profile';

describe('a profile series point as it leaves the server', () => {
  it('rounds a share and its interval by its base: 41 of 54 → 76 %, interval outwards to whole points', () => {
    // 41/54 = 0.7592…; under 100 contributors shares are whole points, bounds rounded outwards.
    expect(
      publishPoint({ period: '2025', value: 41 / 54, low: 0.6312, high: 0.8567, n: 54 }, 'fraction'),
    ).toEqual({
      period: '2025',
      value: 0.76,
      low: 0.63,
      high: 0.86,
      n: 54,
    });
    // From 100 contributors: one decimal of a point (784 of 1,000 → 78.4 %).
    expect(publishPoint({ period: '2020', value: 0.78449, n: 1000 }, 'fraction').value).toBe(0.784);
  });

  it('gives a hidden point neither value, bounds, count nor words, only why', () => {
    expect(
      publishPoint(
        { period: '2024', value: 0.8, low: 0.5, high: 0.9, n: 6, suppressed: true, text: 'x' },
        'fraction',
      ),
    ).toEqual({
      period: '2024',
      value: null,
      low: null,
      high: null,
      n: null,
      suppressed: true,
      reason: 'small_group',
    });
  });

  it('gives other units one decimal and keeps a grade’s words and colour', () => {
    expect(publishPoint({ period: '2026-W10', value: 2, text: '2 Oro', colour: '#f08c00' }, 'count')).toEqual(
      {
        period: '2026-W10',
        value: 2,
        text: '2 Oro',
        colour: '#f08c00',
      },
    );
    expect(publishPoint({ period: '2026', value: 412.25 }, 'hours').value).toBe(412.3);
  });

  it('publishes every figure and point of a section', () => {
    const section = publishSection({
      module: 'm',
      title: 'M',
      figures: [{ label: 'a', value: 0.7592, unit: 'fraction', n: 54, suppressed: true }],
      series: [
        {
          key: 'k',
          label: 'K',
          unit: 'fraction',
          kind: 'line',
          points: [{ period: '2025', value: 0.7592, n: 54 }],
        },
      ],
    });
    expect(section.figures[0]).toEqual(
      publishFigure({ label: 'a', value: 0.7592, unit: 'fraction', n: 54, suppressed: true }),
    );
    expect(section.figures[0].value).toBeNull();
    expect(section.series?.[0].points[0].value).toBe(0.76);
  });
});
