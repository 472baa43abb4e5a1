import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp, testConfig } from '../../../test/harness';
import { pdfPageTexts } from '../../../test/pdf-text';
import { swedishMonth } from '../../shared/time';
import { householdsOfArea } from '../areas/testing';
import { safetyIndexForYear } from './indicator';
import { drawMonthlySample, inviteHousehold, sendReminders } from './invitations';
import { recomputeFromAnswers, storedRollups } from './rollups';
import { surveyInvitations, surveyResponses } from './safety-index.table';

const t = setUpTestApp();

const thisMonth = swedishMonth(testConfig.clock());
const thisYear = thisMonth.slice(0, 4);

function form(fields: Record<string, string>) {
  return new URLSearchParams(fields).toString();
}

async function firstHousehold(areaId: string) {
  const [h] = await householdsOfArea(t.db, areaId);
  return h;
}

describe("the tenant's page", () => {
  it('shows the form, takes one answer per token without a CSRF header, and then says "already answered"', async () => {
    const seed = await seedOrganisation(t.db);
    const h = await firstHousehold(seed.areas[0].id);
    const { token, link } = await inviteHousehold(t.jobContext, seed.organisation.id, h.id);
    expect(link).toBe(`http://grannskap.test/s/${token}`);
    expect(Buffer.from(token, 'base64url').length).toBe(16);

    const page = await t.app.inject({ method: 'GET', url: `/s/${token}?lang=ar` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="ar" dir="rtl">');
    expect(page.body).toContain('<fieldset><legend>ما مدى شعورك بالأمان في منطقتك السكنية؟</legend>');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(Buffer.byteLength(page.body)).toBeLessThan(30_000);
    expect(page.body).not.toContain('<script');

    const post = await t.app.inject({
      method: 'POST',
      url: `/s/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({
        lang: 'ar',
        q_overall: '5',
        q_evening: '2',
        q_stairwell: '4',
        q_basement: '0',
        comment: 'Ring 070-123 45 67',
      }),
    });
    expect(post.statusCode).toBe(303);
    expect(post.headers.location).toBe(`/s/${token}?lang=ar&done=1`);

    const [stored] = await t.db.select().from(surveyResponses);
    expect(stored.answers).toEqual({ overall: 5, evening: 2, stairwell: 4, basement: 0 });
    expect(stored.month).toBe(thisMonth);
    expect(stored.areaId).toBe(seed.areas[0].id);
    // Anonymity is structural: the answer has no household, token or time. (importId and
    // replacedBy name the import that wrote or replaces an imported row: null for the web form.)
    expect(Object.keys(stored).sort()).toEqual(
      [
        'answers',
        'areaId',
        'comment',
        'externalId',
        'id',
        'importId',
        'instrumentId',
        'month',
        'organisationId',
        'replacedBy',
        'source',
      ].sort(),
    );
    expect([stored.importId, stored.replacedBy]).toEqual([null, null]);

    // The invitation only records the month it was answered in: no time to match answers against.
    const [invitation] = await t.db.select().from(surveyInvitations);
    expect(invitation.usedAt?.toISOString()).toBe(`${thisMonth}-01T00:00:00.000Z`);

    const again = await t.app.inject({ method: 'GET', url: `/s/${token}?lang=sv` });
    expect(again.body).toContain('Enkäten är redan besvarad');
    const second = await t.app.inject({
      method: 'POST',
      url: `/s/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form({ q_overall: '1' }),
    });
    expect(second.statusCode).toBe(409);
    expect(await t.db.select().from(surveyResponses)).toHaveLength(1);

    // The analyst sees it in this month's figures (one respondent: too few answers, and no count).
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const summary = (await analyst.get(`/api/v1/safety-index/summary?period=${thisMonth}`)).json();
    const area = summary.groups.find((g: { id: string }) => g.id === seed.areas[0].id);
    expect(area).toMatchObject({ respondents: null, suppressed: true, reason: 'small_group', value: null });
    const comments = (await analyst.get(`/api/v1/safety-index/comments?period=${thisMonth}`)).json();
    expect(comments).toEqual([]); // the area is suppressed, so its comments are not shown either
  });

  it('gives friendly pages for an unknown and an expired link', async () => {
    const seed = await seedOrganisation(t.db);
    const h = await firstHousehold(seed.areas[0].id);
    const unknown = await t.app.inject({ method: 'GET', url: '/s/AAAAAAAAAAAAAAAAAAAAAA?lang=en' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('This link does not work');
    const { token } = await inviteHousehold(t.jobContext, seed.organisation.id, h.id, new Date('2020-01-01'));
    const expired = await t.app.inject({ method: 'GET', url: `/s/${token}?lang=so` });
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('Linkigan wakhtigiisii wuu dhacay');
  });
});

describe('invitations', () => {
  it('draws a month, stores only token hashes, makes a letters PDF, and reminds once with a fresh token', async () => {
    const seed = await seedOrganisation(t.db);
    // 40 households in 2 areas of 20: 24 slots → 0 or 1 per area a month; over 24 months all 40.
    let total = 0;
    for (let m = 1; m <= 24; m++) {
      const month = `${2024 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`;
      total += (await drawMonthlySample(t.jobContext, seed.organisation.id, month)).invitations;
    }
    expect(total).toBe(40);
    const rows = await t.db.select().from(surveyInvitations);
    expect(new Set(rows.map((r) => r.householdId)).size).toBe(40);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
    // Drawing a month again invites nobody twice.
    expect((await drawMonthlySample(t.jobContext, seed.organisation.id, '2024-01')).invitations).toBe(0);

    const admin = await signIn(t.app, 'admin@alfa.test');
    const letters = (await admin.get('/api/v1/safety-index/letters')).json();
    expect(letters.length).toBeGreaterThan(0);
    const pdf = await admin.get(`/api/v1/safety-index/letters/${letters[0].id}`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const [page] = pdfPageTexts(pdf.rawPayload);
    expect(page).toContain('Till hushållet');
    expect(page).toMatch(/^Ref\. alfa-P[12]-\d{3}$/m);
    expect(page).toContain('Skanna koden med mobilen eller skriv in länken:');
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    expect((await analyst.get('/api/v1/safety-index/letters')).statusCode).toBe(403);

    const now = testConfig.clock();
    const month = rows.find((r) => r.expiresAt > now)?.month;
    if (month) {
      const first = await sendReminders(t.jobContext, seed.organisation.id, month);
      const second = await sendReminders(t.jobContext, seed.organisation.id, month);
      expect(first.reminders).toBeGreaterThan(0);
      expect(second.reminders).toBe(0);
    }
  });
});

describe('the index for the report', () => {
  it('gives null figures and no n for an organisation of 6 respondents ("too few answers")', async () => {
    const seed = await seedOrganisation(t.db);
    const hs = (await householdsOfArea(t.db, seed.areas[0].id)).slice(0, 6);
    for (const h of hs) {
      const { token } = await inviteHousehold(t.jobContext, seed.organisation.id, h.id);
      await t.app.inject({
        method: 'POST',
        url: `/s/${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: form({ q_overall: '4', q_evening: '4' }),
      });
    }
    const figure = await safetyIndexForYear(t.db, seed.organisation.id, Number(thisYear));
    expect(figure).toMatchObject({
      value: null,
      ciLow: null,
      ciHigh: null,
      n: null,
      suppressed: true,
      reason: 'small_group',
    });
    const stored = await storedRollups(t.db, seed.organisation.id);
    expect(stored).toEqual(await recomputeFromAnswers(t.db, seed.organisation.id));
  });
});
