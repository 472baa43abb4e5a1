import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { maskPersonalData } from '../../core/personal-data';
import { publicArea } from '../areas';
import { actions, findings, safetyWalks } from './rounds.table';

/** One done action as the page shows it: the Swedish text, and the English one when written. */
export type PublicDone = { text: string; textEn: string | null; closedOn: string | null };
export type PublicWalk = { title: string; walkOn: string; done: PublicDone[] };

/**
 * What was done after the safety walks of an area, for the public "Ni sa – vi gjorde" page (the
 * dialogue module renders it). Only done actions, their
 * public wording (falling back to the title), dates — never owners, people or notes. Contact
 * details that slipped into a title are masked (public texts are refused with them when saved).
 */
export async function publicWalkFollowUp(db: Db, orgSlug: string, areaCode: string) {
  const area = await publicArea(db, orgSlug, areaCode);
  const walks = await db
    .select({ id: safetyWalks.id, title: safetyWalks.title, walkOn: safetyWalks.walkOn })
    .from(safetyWalks)
    .where(and(eq(safetyWalks.organisationId, area.organisationId), eq(safetyWalks.areaId, area.id)))
    .orderBy(desc(safetyWalks.walkOn));
  const done = await db
    .select({
      walkId: findings.walkId,
      title: actions.title,
      publicText: actions.publicText,
      publicTextEn: actions.publicTextEn,
      closedOn: actions.closedOn,
    })
    .from(actions)
    .innerJoin(findings, eq(findings.id, actions.findingId))
    .where(
      and(
        eq(actions.organisationId, area.organisationId),
        eq(findings.areaId, area.id),
        eq(actions.status, 'done'),
      ),
    )
    .orderBy(asc(actions.closedOn));
  const list: PublicWalk[] = walks.map((w) => ({
    title: maskPersonalData(w.title),
    walkOn: w.walkOn,
    done: done
      .filter((d) => d.walkId === w.id)
      .map((d) => ({
        text: maskPersonalData(d.publicText?.trim() || d.title),
        textEn: d.publicTextEn?.trim() ? maskPersonalData(d.publicTextEn.trim()) : null,
        closedOn: d.closedOn,
      })),
  }));
  return { area: { name: area.name, organisationName: area.organisationName }, walks: list };
}
