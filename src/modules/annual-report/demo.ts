import type { Actor } from '../../core/auth/access';
import { actorForUser } from '../../core/auth/sessions';
import { usersOfOrganisation } from '../../core/auth/users';
import { materialAreas } from '../../core/indicators';
import type { DemoContext } from '../../core/module';
import { addDays, localToInstant, swedishToday, swedishYear } from '../../shared/time';
import { reportLanguages } from './annual-report.contract';
import { demoFirstDraft, demoTexts } from './demo-texts';
import { saveReportText } from './texts.service';

/** The demo user of the role who writes (the users module's demo creates them first). */
async function demoWriter(ctx: DemoContext, role: 'admin' | 'analyst'): Promise<Actor> {
  const user = (await usersOfOrganisation(ctx.db, ctx.organisationId)).find((u) => u.role === role);
  if (!user) throw new Error(`the demo has no ${role} to write the report`);
  return actorForUser(ctx.db, user);
}

/**
 * Last year's report texts in Swedish and English, written this year: the analyst's first draft of
 * the neighbourhoods' text a month ago, replaced by the admin's final version, so its history shows
 * two versions; the other three areas' texts by the analyst.
 */
export async function seedAnnualReportDemo(ctx: DemoContext): Promise<void> {
  const year = swedishYear(ctx.today) - 1;
  const today = swedishToday(ctx.today);
  const at = (daysAgo: number, time: string) => localToInstant(addDays(today, -daysAgo), time);
  const analyst = await demoWriter(ctx, 'analyst');
  const admin = await demoWriter(ctx, 'admin');
  const service = { db: ctx.db };
  for (const language of reportLanguages) {
    await saveReportText(
      service,
      analyst,
      year,
      { material_area: 'sustainable_neighbourhoods', language, body: demoFirstDraft[language] },
      at(30, '10:15'),
    );
    for (const area of materialAreas) {
      const writer = area === 'sustainable_neighbourhoods' ? admin : analyst;
      const written = area === 'sustainable_neighbourhoods' ? at(9, '14:40') : at(21, '09:30');
      const body = demoTexts[language][area];
      await saveReportText(service, writer, year, { material_area: area, language, body }, written);
    }
  }
}
