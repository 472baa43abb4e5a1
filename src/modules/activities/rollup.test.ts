import { describe, expect, it } from 'vitest';
import { ageUnknown, normaliseCounts } from './counts';
import { activityFigures, activityTrend, type SessionFacts } from './rollup';

const noAges = { '0-12': 0, '13-15': 0, '16-19': 0, '20-25': 0, '26-64': 0, '65+': 0 };
const session = (
  date: string,
  participants: number | null,
  extra: Partial<SessionFacts> = {},
): SessionFacts => ({
  date,
  participants,
  women: 0,
  men: 0,
  other: participants ?? 0,
  ages: noAges,
  newParticipants: null,
  ...extra,
});

describe('normaliseCounts', () => {
  it('puts the rest of the total under other/unknown gender', () => {
    const counts = normaliseCounts({
      participants: 60,
      women: 35,
      men: 20,
      ages: { '0-12': 40, '13-15': 15 },
    });
    expect(counts).toMatchObject({ participants: 60, women: 35, men: 20, other: 5 });
    if (Array.isArray(counts)) throw new Error('expected counts');
    expect(ageUnknown(counts)).toBe(5);
  });

  it('refuses a gender split larger than the total', () => {
    expect(normaliseCounts({ participants: 10, women: 8, men: 5 })).toEqual([
      { field: 'men', code: 'gender_sum' },
    ]);
  });

  it('refuses three genders that do not add up', () => {
    expect(normaliseCounts({ participants: 10, women: 4, men: 4, other: 1 })).toEqual([
      { field: 'other', code: 'gender_sum' },
    ]);
  });

  it('refuses age bands adding up to more than the total', () => {
    expect(normaliseCounts({ participants: 5, ages: { '65+': 6 } })).toEqual([
      { field: '65+', code: 'age_sum' },
    ]);
  });

  it('refuses negative counts', () => {
    expect(normaliseCounts({ participants: 5, women: -1 })).toEqual([{ field: 'women', code: 'negative' }]);
  });
});

describe('activityFigures', () => {
  it('Mimer Dance School 2019: 38 sessions of about 60 make 2,280 visits', () => {
    const sessions = Array.from({ length: 38 }, (_, i) =>
      session(`2019-${String(1 + (i % 12)).padStart(2, '0')}-10`, 60, { women: 40, men: 18, other: 2 }),
    );
    const figures = activityFigures(sessions);
    expect(figures.sessions).toBe(38);
    expect(figures.participants).toBe(2280); // 38 × 60
    expect(figures.meanPerSession).toBe(60);
    expect(figures.women).toBe(1520); // 38 × 40
    expect(figures.womenShare).toBeCloseTo(40 / 60, 10);
    expect(figures.ages.unknown).toBe(2280);
  });

  it('leaves planned sessions out and knows unique participants only when every session counted them', () => {
    const sessions = [
      session('2020-01-01', 10, { newParticipants: 10 }),
      session('2020-01-08', 12, { newParticipants: 3 }),
    ];
    expect(activityFigures(sessions).uniqueParticipants).toBe(13);
    expect(activityFigures([...sessions, session('2020-02-01', null)]).sessions).toBe(2);
    expect(activityFigures([...sessions, session('2020-01-15', 9)]).uniqueParticipants).toBeNull();
  });

  it('gives one figure per year', () => {
    const trend = activityTrend([
      session('2019-05-01', 5),
      session('2020-05-01', 7),
      session('2020-06-01', 9),
    ]);
    expect(trend.map((t) => [t.year, t.sessions, t.participants])).toEqual([
      [2019, 1, 5],
      [2020, 2, 16],
    ]);
  });
});
