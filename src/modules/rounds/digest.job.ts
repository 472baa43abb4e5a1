import { and, eq, inArray, lt } from 'drizzle-orm';
import { actorForUser } from '../../core/auth/sessions';
import { enabledUsers } from '../../core/auth/users';
import type { Db } from '../../core/db/client';
import { type Language, translate } from '../../core/i18n/i18n';
import type { Mailer } from '../../core/mail/mailer';
import type { ScheduledJob } from '../../core/scheduler';
import { localToInstant, swedishToday } from '../../shared/time';
import { overdueActionsFor } from './actions.service';
import { isoWeek, mondayOfIsoWeek } from './follow-up';
import { actions, areaManagers } from './rounds.table';

/**
 * Mails each owner and area manager the overdue actions that concern them, once a week.
 * Users without overdue actions get no mail.
 */
export async function sendOverdueDigest(
  db: Db,
  mailer: Mailer,
  organisationId: string,
  publicUrl: string,
  now: Date,
) {
  const today = swedishToday(now);
  const owners = await db
    .selectDistinct({ userId: actions.ownerUserId })
    .from(actions)
    .where(
      and(
        eq(actions.organisationId, organisationId),
        inArray(actions.status, ['open', 'in_progress']),
        lt(actions.dueOn, today),
      ),
    );
  const managers = await db
    .selectDistinct({ userId: areaManagers.userId })
    .from(areaManagers)
    .where(eq(areaManagers.organisationId, organisationId));
  const ids = [...new Set([...owners, ...managers].map((r) => r.userId).filter((id): id is string => !!id))];
  if (!ids.length) return 0;
  const people = await enabledUsers(db, organisationId, ids);
  let sent = 0;
  for (const person of people) {
    // As the person would see it signed in: their role and areas decide what the mail may list.
    const overdue = await overdueActionsFor(db, await actorForUser(db, person), now);
    if (!overdue.length) continue;
    const lng = person.language as Language;
    const lines = overdue.map((a) =>
      translate(lng, 'rounds:digest.line', {
        title: a.title,
        area: a.areaName,
        due: a.dueOn,
        owner: a.ownerName ?? '–',
      }),
    );
    await mailer.send(db, {
      organisationId,
      to: person.email,
      subject: translate(lng, 'rounds:digest.subject', { count: overdue.length }),
      body: [
        translate(lng, 'rounds:digest.greeting', { name: person.name }),
        '',
        ...lines,
        '',
        translate(lng, 'rounds:digest.link', { url: `${publicUrl}/rounds/actions?overdue=true` }),
      ].join('\n'),
    });
    sent++;
  }
  return sent;
}

export const overdueDigestJob: ScheduledJob = {
  name: 'rounds.overdue-digest',
  // Mondays 06:00: the week starts with the list.
  cron: '0 6 * * 1',
  periodKey: (now) => isoWeek(swedishToday(now)),
  // The week's list is what is overdue on its Monday, also when a restart runs it later in the week.
  run: async ({ db, mailer, config }, organisationId, periodKey) => {
    const monday = localToInstant(mondayOfIsoWeek(periodKey), '12:00');
    await sendOverdueDigest(db, mailer, organisationId, config.publicUrl, monday);
  },
};
