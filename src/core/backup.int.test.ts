import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedOrganisation } from '../../test/fixtures';
import { setUpTestApp } from '../../test/harness';
import { emptyInTestWorld, seedWorldOrganisation, tableRows } from '../../test/world';
import { passwordResets, sessions } from './auth/auth.table';
import { backupDatabase, blankLinks, leftOutTables, restoreDatabase } from './backup';
import { outbox } from './mail/outbox.table';

const t = setUpTestApp();

// Fixed, made-up tokens: what a reset mail and a survey invitation carry.
const resetToken = 'Rk9PQkFSQkFaLXJlc2V0LXRva2VuLTAwMQ';
const surveyToken = 'U1VSVkVZLXRva2VuLWZvci1oaC0wMDAx';
const pdfMarker = 'LETTER-WITH-QR-CODE';

async function rows(query: ReturnType<typeof sql>) {
  return ((await t.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
}

describe('blankLinks', () => {
  it('blanks the token of reset, invitation and survey links and leaves other text alone', () => {
    expect(blankLinks(`Välj lösenord: http://x.test/reset-password?token=${resetToken}&invitation=1 .`)).toBe(
      'Välj lösenord: http://x.test/reset-password?token=[token]&invitation=1 .',
    );
    expect(blankLinks(`Svara: http://x.test/s/${surveyToken}\nTack!`)).toBe(
      'Svara: http://x.test/s/[token]\nTack!',
    );
    expect(blankLinks('Områdeskod s/ABC och /s/kort')).toBe('Områdeskod s/ABC och /s/kort');
    expect(blankLinks('Rösta här: http://x.test/boendebudget/rosta/0123456789ABCDEF\n')).toBe(
      'Rösta här: http://x.test/boendebudget/rosta/[code]\n',
    );
  });
});

describe('backup without live single-use links', () => {
  it('leaves out sign-ins, pending resets, link tokens and letter PDFs, and restores the rest', async () => {
    const { organisation, users } = await seedOrganisation(t.db, 'alfa');
    const at = new Date('2026-11-23T10:00:00Z');
    const later = new Date('2026-11-23T11:00:00Z');
    await t.db.insert(passwordResets).values({
      tokenHash: 'hash-of-reset',
      organisationId: organisation.id,
      userId: users.admin.id,
      expiresAt: later,
    });
    await t.db.insert(sessions).values({
      tokenHash: 'hash-of-session',
      organisationId: organisation.id,
      userId: users.admin.id,
      csrfToken: 'csrf-plain',
      expiresAt: later,
    });
    await t.db.insert(outbox).values([
      {
        organisationId: organisation.id,
        to: 'admin@alfa.test',
        subject: 'Nytt lösenord',
        body: `Öppna http://grannskap.test/reset-password?token=${resetToken} inom en timme.`,
        createdAt: at,
      },
      {
        organisationId: organisation.id,
        to: 'hushall@alfa.test',
        subject: 'Trygghetsenkät',
        body: `Svara på http://grannskap.test/s/${surveyToken}`,
        createdAt: at,
      },
    ]);
    await t.db.execute(
      sql`insert into survey_letters (organisation_id, month, kind, letters, pdf)
          values (${organisation.id}, '2026-11', 'invitation', 1, convert_to(${pdfMarker}, 'UTF8'))`,
    );

    const file = join(mkdtempSync(join(tmpdir(), 'grannskap-backup-')), 'backup.jsonl.gz');
    const counts = await backupDatabase(t.db, file);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    expect(text).not.toContain(resetToken);
    expect(text).not.toContain(surveyToken);
    expect(text).not.toContain('hash-of-reset');
    expect(text).not.toContain('hash-of-session');
    expect(text).not.toContain('csrf-plain');
    // The PDF as bytea hex (\x4c45…) must not be there either.
    expect(text).not.toContain(Buffer.from(pdfMarker).toString('hex'));
    expect(counts.sessions).toBeUndefined();
    expect(counts.password_resets).toBeUndefined();
    expect(counts.outbox).toBe(2);

    await t.reset();
    await restoreDatabase(t.db, file);
    const mail = await rows(sql`select subject, body from outbox order by subject`);
    expect(mail).toEqual([
      {
        subject: 'Nytt lösenord',
        body: 'Öppna http://grannskap.test/reset-password?token=[token] inom en timme.',
      },
      { subject: 'Trygghetsenkät', body: 'Svara på http://grannskap.test/s/[token]' },
    ]);
    expect(await rows(sql`select letters, pdf from survey_letters`)).toEqual([{ letters: 1, pdf: null }]);
    expect(await rows(sql`select count(*)::int as n from sessions`)).toEqual([{ n: 0 }]);
    expect(await rows(sql`select count(*)::int as n from password_resets`)).toEqual([{ n: 0 }]);
    const emails = (await rows(sql`select email from users order by email`)).map((r) => r.email);
    expect(emails).toEqual([
      'admin@alfa.test',
      'analyst@alfa.test',
      'host@alfa.test',
      'partner@alfa.test',
      'viewer@alfa.test',
    ]);
  });
});

describe('backup round trip', () => {
  it('restores every row of every table, but what it leaves out on purpose', async () => {
    await seedWorldOrganisation(t.context, 'alfa');
    await seedWorldOrganisation(t.context, 'beta');
    const original = await tableRows(t.db);
    const empty = Object.keys(original).filter((name) => original[name].length === 0);
    // Every table but those the test world leaves empty is compared with rows in it.
    expect(empty.filter((name) => !emptyInTestWorld.includes(name))).toEqual([]);

    const file = join(mkdtempSync(join(tmpdir(), 'grannskap-backup-')), 'backup.jsonl.gz');
    await backupDatabase(t.db, file);
    await t.reset();
    await restoreDatabase(t.db, file);

    // Left out by design: sign-ins and resets, links' tokens in mails, the letters' PDFs.
    const expected = { ...original };
    for (const table of leftOutTables) expected[table] = [];
    expected.outbox = original.outbox.map((row) => ({ ...row, body: blankLinks(String(row.body)) }));
    expected.survey_letters = original.survey_letters.map((row) => ({ ...row, pdf: null }));
    expected.budget_code_letters = original.budget_code_letters.map((row) => ({ ...row, pdf: null }));
    expect(original.survey_letters.every((row) => row.pdf !== null)).toBe(true);
    expect(original.budget_code_letters.length).toBeGreaterThan(0);
    expect(original.budget_code_letters.every((row) => row.pdf !== null)).toBe(true);
    expect(await tableRows(t.db)).toEqual(expected);
  });
});
