import { describe, expect, it } from 'vitest';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp, testConfig } from '../../../test/harness';
import { localDate } from '../../shared/time';

const t = setUpTestApp();

// The server's today: the test clock's Swedish day.
const swedishToday = () => localDate(testConfig.clock());
const monthsAgo = (months: number) => {
  const d = new Date(`${swedishToday()}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

async function setUp() {
  const seed = await seedOrganisation(t.db);
  const admin = await signIn(t.app, 'admin@alfa.test');
  const program = (
    await admin.post('/api/v1/programs', {
      code: 'jobbpunkt',
      name: 'Jobbpunkt',
      description: 'Jobbcoachning sedan 2006.',
      responsiblePerson: 'Jonas Exempel',
      focusArea: 'arbete',
      reportsJobOutcome: true,
    })
  ).json();
  // What enrol sends unless told otherwise, and what the record keeps until changed.
  const enrolment = {
    ref: 'JP-7',
    birthYear: 1990,
    gender: 'woman',
    areaId: seed.areas[0].id,
    consentOn: '2025-01-10',
    enrolledOn: '2025-01-10',
  };
  const enrol = (body: Record<string, unknown>) =>
    admin.post(`/api/v1/programs/${program.id}/participants`, { ...enrolment, ...body });
  return { admin, program, enrol, enrolment };
}

describe('a participant’s record', () => {
  it('records an exit and changes nothing it was not given', async () => {
    const { admin, enrol, enrolment } = await setUp();
    const created = (await enrol({})).json();
    const exit = await admin.patch(`/api/v1/program-participants/${created.id}`, {
      exitedOn: '2025-05-30',
      completed: true,
      outcome: 'work',
      satisfaction: 5,
    });
    expect(exit.statusCode).toBe(200);
    expect(exit.json()).toMatchObject({
      ...enrolment,
      exitedOn: '2025-05-30',
      completed: true,
      outcome: 'work',
      outcomeAfter6Months: null,
      satisfaction: 5,
    });
    // Six months after 2025-05-30 (today is later): the follow-up outcome can be added alone.
    const later = await admin.patch(`/api/v1/program-participants/${created.id}`, {
      outcomeAfter6Months: 'work',
    });
    expect(later.json()).toMatchObject({
      exitedOn: '2025-05-30',
      outcome: 'work',
      outcomeAfter6Months: 'work',
    });
  });

  it('a program patch changes only the fields it names', async () => {
    const { admin, program } = await setUp();
    const res = await admin.patch(`/api/v1/programs/${program.id}`, { name: 'Jobbpunkt Mimer' });
    expect(res.json()).toMatchObject({
      name: 'Jobbpunkt Mimer',
      code: 'jobbpunkt',
      description: 'Jobbcoachning sedan 2006.',
      responsiblePerson: 'Jonas Exempel',
      reportsJobOutcome: true,
      active: true,
    });
  });

  it('refuses a record that tells an impossible story, with a reason, and keeps what was there', async () => {
    const { admin, program, enrol } = await setUp();
    const consentLate = await enrol({ consentOn: '2025-01-11' });
    expect(consentLate.statusCode).toBe(400);
    expect(consentLate.json().error.message).toBe(
      'Samtycket måste ha lämnats senast samma dag som inskrivningen.',
    );
    const outcomeWithoutExit = await enrol({ outcome: 'work' });
    expect(outcomeWithoutExit.statusCode).toBe(400);
    expect(outcomeWithoutExit.json().error.message).toContain('ange avslutsdatum');

    const recent = (await enrol({ ref: 'JP-8', enrolledOn: monthsAgo(5), consentOn: monthsAgo(5) })).json();
    await admin.patch(`/api/v1/program-participants/${recent.id}`, {
      exitedOn: monthsAgo(2),
      outcome: 'studies',
    });
    const tooEarly = await admin.patch(`/api/v1/program-participants/${recent.id}`, {
      outcomeAfter6Months: 'work',
    });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().error.message).toBe(
      'Utfallet efter sex månader kan anges först sex månader efter avslutet.',
    );
    const reopened = await admin.patch(`/api/v1/program-participants/${recent.id}`, { exitedOn: null });
    expect(reopened.statusCode).toBe(400);
    const [stored] = (await admin.get(`/api/v1/programs/${program.id}/participants`)).json();
    expect(stored).toMatchObject({
      ref: 'JP-8',
      exitedOn: monthsAgo(2),
      outcome: 'studies',
      outcomeAfter6Months: null,
    });
  });
});
