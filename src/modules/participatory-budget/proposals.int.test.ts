/**
 * Proposals on the public page and the staff's review, and voting codes issued as letters and
 * e-mails. The test clock stands on Monday 7 December 2026.
 */
import { describe, expect, it } from 'vitest';
import { seedOrganisation, signInDirect } from '../../../test/fixtures';
import { setUpTestApp } from '../../../test/harness';
import { pdfPageTexts } from '../../../test/pdf-text';
import { votingOpen } from './testing';

const t = setUpTestApp();

/** Proposals from 1 December, review from 1 January: the proposal phase today. */
const proposalPhase = {
  proposalsFrom: '2026-12-01',
  reviewFrom: '2027-01-01',
  votingFrom: '2027-01-15',
  resultFrom: '2027-02-01',
  implementationFrom: '2027-03-01',
};

async function budget(dates: typeof proposalPhase) {
  const seed = await seedOrganisation(t.db, 'alfa');
  const admin = await signInDirect(t.app, t.db, 'admin@alfa.test');
  const res = await admin.post('/api/v1/participatory-budget/budgets', {
    areaId: seed.areas[0].id,
    year: 2026,
    amount: 200_000,
    votingMethod: 'approval',
    countingRule: 'greedy',
    ...dates,
  });
  expect(res.statusCode, res.body).toBe(201);
  return { seed, admin, id: res.json().id as string, path: '/boendebudget/alfa/alfa-N/2026' };
}

const post = (url: string, fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });

describe('a proposal from a tenant', () => {
  it('is sent on the public page, shown without its contact address, and reviewed publicly', async () => {
    const { admin, id, path } = await budget(proposalPhase);
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    for (const field of ['title', 'description', 'costEstimate', 'contactEmail'])
      expect(page.body).toContain(`<label for="${field}">`);
    const sent = await post(path, {
      lang: 'sv',
      title: 'Gungor på gården',
      description: 'Två gungor för de minsta barnen.',
      costEstimate: '40000',
      contactEmail: 'hyresgast@exempel.se',
    });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${path}?lang=sv&sent=1#proposals`);
    const shown = await t.app.inject({ method: 'GET', url: `${path}?lang=sv&sent=1` });
    expect(shown.body).toContain('Tack! Ditt förslag är mottaget');
    expect(shown.body).toContain('Gungor på gården');
    expect(shown.body).toContain('Väntar på granskning');
    expect(shown.body).not.toContain('hyresgast@exempel.se');

    // Staff see the contact; they reject it with a reason the page then shows.
    const [proposal] = (await admin.get(`/api/v1/participatory-budget/budgets/${id}/proposals`)).json();
    expect(proposal.contactEmail).toBe('hyresgast@exempel.se');
    expect(proposal.source).toBe('web');
    // The board (viewers) read proposals without the contact address.
    const viewer = await signInDirect(t.app, t.db, 'viewer@alfa.test');
    expect(
      (await viewer.get(`/api/v1/participatory-budget/budgets/${id}/proposals`)).json()[0].contactEmail,
    ).toBeNull();
    const rejected = await admin.request(
      'PUT',
      `/api/v1/participatory-budget/budgets/${id}/proposals/${proposal.id}/review`,
      {
        status: 'rejected',
        rejectionReason: 'Gården byggs om nästa år.',
      },
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    const reviewed = await t.app.inject({ method: 'GET', url: `${path}?lang=en` });
    expect(reviewed.body).toContain('Not feasible');
    expect(reviewed.body).toContain('Reason: Gården byggs om nästa år.');
  });

  it('with personal data is refused in the tenant’s language, the fields kept', async () => {
    const { path } = await budget(proposalPhase);
    const refused = await post(path, {
      lang: 'en',
      title: 'Ring mig',
      description: 'Ring mig på 070-123 45 67 om gungorna.',
      costEstimate: '1000',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('The text seems to contain personal data');
    expect(refused.body).toContain('value="Ring mig"');
    const bad = await post(path, {
      lang: 'ar',
      title: 'Gungor',
      description: 'Två gungor.',
      costEstimate: 'mycket',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('تعذّرت قراءة شيء في النموذج');
  });

  it('is refused outside the proposal phase', async () => {
    const { path } = await budget(votingOpen('2026-12-07'));
    const res = await post(path, {
      lang: 'sv',
      title: 'Sent förslag',
      description: 'För sent.',
      costEstimate: '100',
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Det går inte att lämna förslag just nu.');
  });
});

describe('voting codes', () => {
  it('go out as letters with a QR code and as e-mail where an address is on file; a host may not issue them', async () => {
    const { admin, id } = await budget(votingOpen('2026-12-07'));
    const email = await admin.request('PUT', '/api/v1/safety-index/emails/alfa-P1-001', {
      email: 'hushall@exempel.se',
    });
    expect(email.statusCode, email.body).toBe(200);
    const host = await signInDirect(t.app, t.db, 'host@alfa.test');
    expect((await host.post(`/api/v1/participatory-budget/budgets/${id}/codes`)).statusCode).toBe(403);

    const issued = await admin.post(`/api/v1/participatory-budget/budgets/${id}/codes`);
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({ issued: 20, emails: 1 });
    // A second issue finds every household with a code.
    expect((await admin.post(`/api/v1/participatory-budget/budgets/${id}/codes`)).json()).toMatchObject({
      issued: 0,
    });
    const summary = (await admin.get(`/api/v1/participatory-budget/budgets/${id}/codes`)).json();
    expect(summary).toMatchObject({ households: 20, issued: 20, spent: 0, withEmail: 1 });

    const pdf = await admin.get(
      `/api/v1/participatory-budget/budgets/${id}/code-letters/${issued.json().batchId}`,
    );
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = pdfPageTexts(pdf.rawPayload);
    expect(pages).toHaveLength(20);
    expect(pages[0]).toContain('Rösta om boendebudgeten för Bäckby norra');
    expect(pages[0]).toMatch(/Er röstkod: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);

    // The e-mail's link votes (a blank ballot), once.
    const [mail] = t.mailer.sent;
    expect(mail.to).toBe('hushall@exempel.se');
    const link = mail.body.match(/http:\/\/grannskap\.test(\/boendebudget\/rosta\/[0-9A-Z]{16})/)![1];
    const voted = await post(link, { lang: 'sv' });
    expect(voted.statusCode).toBe(303);
    expect((await admin.get(`/api/v1/participatory-budget/budgets/${id}/codes`)).json().spent).toBe(1);
  });
});
