import { count, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { demoWithAreas } from '../../../test/demo-context';
import { setUpTestApp } from '../../../test/harness';
import { situationModule } from '../situation';
import { feedbackModule } from '.';
import { feedbackReports } from './feedback.table';

const t = setUpTestApp({ reset: false });

describe('feedback demo', () => {
  it('gives a year of reports, lighting and litter most, most triaged, readable through Open311 without contact', async () => {
    const { organisation, ctx } = await demoWithAreas(t.db, 'demo-fb', [situationModule]);
    await feedbackModule.seedDemo?.(ctx);

    const rows = await t.db
      .select()
      .from(feedbackReports)
      .where(eq(feedbackReports.organisationId, organisation.id));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(rows.length).toBeLessThanOrEqual(120);
    const perCategory = new Map<string, number>();
    for (const r of rows) perCategory.set(r.category, (perCategory.get(r.category) ?? 0) + 1);
    const ranked = [...perCategory.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    expect(ranked.slice(0, 2).sort()).toEqual(['lighting', 'litter']);
    const open = rows.filter((r) => r.status === 'received').length;
    expect(open).toBeGreaterThan(0);
    expect(open / rows.length).toBeLessThan(0.3);
    expect(rows.filter((r) => r.actionId).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.estReportId).length).toBeGreaterThan(0);
    const [{ withEmail }] = await t.db
      .select({ withEmail: count() })
      .from(feedbackReports)
      .where(isNotNull(feedbackReports.contactEmail));
    expect(withEmail).toBeGreaterThan(0);

    const res = await t.app.inject({
      url: '/open311/v2/requests.json?jurisdiction_id=demo-fb&start_date=2025-11-01T00:00:00Z&page_size=1000',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toHaveLength(rows.length);
    expect(res.body).not.toMatch(/exempel\.se|@/);
  });
});
