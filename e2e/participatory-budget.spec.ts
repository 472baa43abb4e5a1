import { like } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { outbox } from '../src/core/mail/outbox.table';
import { addDays, swedishToday, swedishYear } from '../src/shared/time';
import {
  e2eNow,
  expectAccessible,
  expectAccessibleWithoutScript,
  expectNoSidewaysScroll,
  heading,
  phone,
  setUpDemoSuite,
} from './harness';

// Issue 15: the participatory budget from a tenant's phone with JavaScript switched off. A tenant
// proposes, staff review (one feasible with a cost, one rejected with a reason), open the voting by
// its dates and send the voting codes, two households vote with the codes from their e-mails, and
// after the voting the public page shows the winners. The demo's Vallby centrum budget takes
// proposals on the suite's day: 150 000 kr, knapsack ballots counted greedily.

const demo = setUpDemoSuite();
const noScript = { ...phone, javaScriptEnabled: false };
const year = swedishYear(e2eNow());
const today = swedishToday(e2eNow());
const publicPath = `/boendebudget/demo/VALLBY-CENTRUM/${year}`;

const proposal = {
  title: 'Bänk och belysning vid lekplatsen',
  description: 'Två lampor och en bänk vid lekplatsen, så att föräldrar kan sitta där på kvällen.',
  contact: 'forslagsstallare@exempel.se',
};
// The demo's proposals on the same budget.
const bikes = 'Cykelpump och cykelställ vid entrén';
const summer = 'Sommaraktiviteter för barn';
const bins = 'Fler papperskorgar';
const binsReason = 'Papperskorgarna ingår redan i skötseln av området.';

/** The staff member's page (React: JavaScript on), signed in once and kept through the journey. */
let staff: Page;

const budgetTitle = `Boendebudget Vallby centrum ${year}`;
/** The public page's text with every kind of space (kronor are grouped with a no-break space) as one. */
const spaced = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function tenantPage(path: string): Promise<Page> {
  const page = await demo.page(noScript);
  await page.goto(`${demo.url}${path}`);
  return page;
}

/** Sets the phases' first days in the budget's form, as staff move the budget on. */
async function setPhases(dates: Record<string, string>) {
  await staff.getByRole('button', { name: 'Ändra', exact: true }).click();
  const form = staff.getByRole('dialog', { name: `Ändra boendebudget Vallby centrum ${year}` });
  for (const [label, day] of Object.entries(dates)) await form.getByLabel(label).fill(day);
  await form.getByRole('button', { name: 'Spara' }).click();
  await form.waitFor({ state: 'hidden' });
}

/** The voting links of two households, from the e-mails the outbox holds for this budget. */
async function votingLinks(): Promise<string[]> {
  const mails = await demo.ctx.db
    .select({ body: outbox.body })
    .from(outbox)
    .where(like(outbox.subject, '%Vallby centrum'))
    .limit(2);
  expect(mails).toHaveLength(2);
  return mails.map((m) => {
    const link = /https?:\/\/\S+\/boendebudget\/rosta\/[0-9A-Z]+/.exec(m.body)?.[0];
    expect(link, m.body).toBeDefined();
    return new URL(link!).pathname;
  });
}

describe('participatory budget', () => {
  it('takes a tenant’s proposal on a phone without JavaScript; the contact address stays off the page', async () => {
    const page = await tenantPage(publicPath);
    await heading(page, budgetTitle);
    await page.getByRole('heading', { level: 2, name: 'Just nu: Förslag' }).waitFor();
    await expectNoSidewaysScroll(page);
    await expectAccessibleWithoutScript(page, () => demo.page(phone));
    await page.getByLabel('Rubrik').fill(proposal.title);
    await page.getByLabel('Beskrivning').fill(proposal.description);
    await page.getByLabel('Uppskattad kostnad (kr)').fill('50000');
    await page.getByLabel('E-post (frivilligt)').fill(proposal.contact);
    await page.getByRole('button', { name: 'Skicka förslaget' }).click();
    await page.getByRole('status').filter({ hasText: 'Tack! Ditt förslag är mottaget' }).waitFor();
    // The demo's three proposals, then this one (numbered 4), waiting for the review.
    const entry = page.getByRole('listitem').filter({ hasText: proposal.title });
    expect(spaced(await entry.textContent())).toBe(
      `4. ${proposal.title}${proposal.description}Uppskattad kostnad: 50 000 krVäntar på granskning`,
    );
    expect(await page.content()).not.toContain(proposal.contact);
    await page.context().close();
  });

  it('lets staff review the proposals, open the voting by its dates and send the codes', async () => {
    staff = await demo.signedInPage('admin@demo.grannskap.se', { viewport: { width: 1280, height: 900 } });
    await staff.goto(`${demo.url}/participatory-budget`);
    await staff.getByRole('link', { name: 'Vallby centrum' }).click();
    await heading(staff, budgetTitle);

    const review = async (title: string, decide: (form: Locator) => Promise<void>) => {
      await staff.getByRole('button', { name: `Granska ${title}` }).click();
      const form = staff.getByRole('dialog', { name: `Granska: ${title}` });
      await decide(form);
      await form.getByRole('button', { name: 'Spara' }).click();
      await form.waitFor({ state: 'hidden' });
    };
    const feasible = (cost: string) => async (form: Locator) => {
      await form.getByRole('textbox', { name: 'Kostnad efter granskning' }).fill(cost);
    };
    // The tenant estimated 50 000 kr; the review finds 60 000 kr.
    await review(proposal.title, feasible('60000'));
    await review(bikes, feasible('40000'));
    await review(summer, feasible('55000'));
    await review(bins, async (form) => {
      await form.getByText('Inte genomförbart', { exact: true }).click();
      await form.getByRole('textbox', { name: 'Skäl' }).fill(binsReason);
    });
    const row = staff.getByRole('row').filter({ hasText: bins });
    await row.getByText(binsReason).waitFor();

    // The voting opened yesterday and closes tomorrow (the result phase starts then).
    await setPhases({
      'Granskning från': addDays(today, -2),
      'Omröstning från': addDays(today, -1),
      'Resultat från': addDays(today, 1),
      'Genomförande från': addDays(today, 14),
    });
    await staff.getByText('Fas: Omröstning.', { exact: false }).waitFor();

    await staff.getByRole('button', { name: 'Dela ut koder till hushåll som saknar' }).click();
    // Every household of the area gets a code; the summary names the same number twice.
    await staff.getByText(/(\d+) hushåll, \1 koder utdelade, 0 använda/).waitFor({ timeout: 60_000 });
  });

  it('lets two households vote with their e-mailed codes; over the budget and a second vote are refused', async () => {
    const [first, second] = await votingLinks();

    // One household: the ballot open on two phones, the first votes, then the second is refused.
    const ballot = await tenantPage(first);
    await heading(ballot, budgetTitle);
    await expectNoSidewaysScroll(ballot);
    const again = await ballot.context().newPage();
    await again.goto(`${demo.url}${first}`);
    await ballot.getByRole('checkbox', { name: new RegExp(proposal.title) }).check();
    await ballot.getByRole('checkbox', { name: new RegExp(summer) }).check();
    await ballot.getByRole('button', { name: 'Skicka min röst' }).click();
    await heading(ballot, 'Tack för din röst!');
    await again.getByRole('checkbox', { name: new RegExp(bikes) }).check();
    await again.getByRole('button', { name: 'Skicka min röst' }).click();
    await heading(again, 'Koden är redan använd');
    await again.getByText('Varje hushåll röstar en gång.', { exact: false }).waitFor();
    await expectAccessibleWithoutScript(again, () => demo.page(phone));
    await ballot.context().close();

    // The other household ticks all three: 60 000 + 40 000 + 55 000 = 155 000 kr > 150 000 kr.
    const other = await tenantPage(second);
    for (const title of [proposal.title, bikes, summer])
      await other.getByRole('checkbox', { name: new RegExp(title) }).check();
    await other.getByRole('button', { name: 'Skicka min röst' }).click();
    const alert = other.getByRole('alert');
    expect(spaced(await alert.textContent())).toBe(
      'Dina val kostar 155 000 kr men budgeten är 150 000 kr. Ta bort något förslag och skicka igen.',
    );
    for (const title of [proposal.title, bikes, summer])
      expect(await other.getByRole('checkbox', { name: new RegExp(title) }).isChecked()).toBe(true);
    await expectAccessibleWithoutScript(other, () => demo.page(phone));
    await other.getByRole('checkbox', { name: new RegExp(summer) }).uncheck();
    await other.getByRole('button', { name: 'Skicka min röst' }).click();
    await heading(other, 'Tack för din röst!');
    await other.context().close();
  });

  it('shows the result after the voting: the votes, the winners as actions, the rejection’s reason', async () => {
    await setPhases({ 'Resultat från': today, 'Genomförande från': addDays(today, 14) });
    await staff.getByText('Fas: Resultat.', { exact: false }).waitFor();
    await staff.getByRole('button', { name: 'Gör de valda förslagen till åtgärder' }).click();
    await staff.getByRole('row').filter({ hasText: bikes }).getByText('Öppen').waitFor();

    const page = await tenantPage(publicPath);
    await heading(page, budgetTitle);
    // Votes: the tenant's proposal 2, the bicycles 1, the summer activities 1. Greedy within
    // 150 000 kr: the tenant's (60 000), then of the two with one vote the cheaper, the bicycles
    // (40 000; 100 000 in all); the summer activities (55 000) would make 155 000 and are left out.
    const cells = async (title: string) =>
      (
        await page
          .getByRole('row', { name: new RegExp(title) })
          .getByRole('cell')
          .allTextContents()
      ).map(spaced);
    expect(await cells(proposal.title)).toEqual(['2', '60 000 kr', 'Vald']);
    expect(await cells(bikes)).toEqual(['1', '40 000 kr', 'Vald']);
    expect(await cells(summer)).toEqual(['1', '55 000 kr', 'Inte vald']);
    const winners = page.locator('#winners + ul > li');
    expect((await winners.allTextContents()).map(spaced)).toEqual([
      `${proposal.title} – Planerat`,
      `${bikes} – Planerat`,
    ]);
    await page.getByRole('listitem').filter({ hasText: bins }).getByText(`Skäl: ${binsReason}`).waitFor();
    await expectAccessibleWithoutScript(page, () => demo.page(phone));
    await expectNoSidewaysScroll(page);
    await page.context().close();
  });

  it('gives staff an accessible budget page (proposals, review, codes and result)', async () => {
    await expectAccessible(staff);
    await staff.context().close();
  });
});
