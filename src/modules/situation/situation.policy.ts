import { and, eq, ne, type SQL } from 'drizzle-orm';
import { type Actor, assertCan, can, definePermissions } from '../../core/auth/access';
import type { Db } from '../../core/db/client';
import { AppError } from '../../core/errors';
import {
  counted,
  estCoordinators,
  incidentReports,
  type PartnerKind,
  partnerOrganisations,
} from './situation.table';

export const situationPermissions = definePermissions({
  /** The compiled situation picture and one's own reports. */
  'situation.read': ['admin', 'analyst', 'host', 'partner', 'viewer'],
  /** Filing reports (partners for their organisation, staff for the housing company). */
  'situation.report': ['admin', 'analyst', 'host', 'partner'],
  /** EST coordinator: review, merge, compile, grade, priorities, reminders, restricted reports. */
  'situation.coordinate': ['admin', 'analyst'],
  /** Partner organisations, categories, grading scale, retention, coordinators. */
  'situation.configure': ['admin'],
  /**
   * Reaching the coordinator's routes: the roles a user may be listed as coordinator with (never a
   * read-only viewer). The service then lets only actual coordinators through.
   */
  'situation.coordinator-routes': ['admin', 'analyst', 'host', 'partner'],
});

const p = situationPermissions;

/** Who is looking, as this module needs to know it. */
export type Viewer = {
  actor: Actor;
  /** Acts as EST coordinator: by role, or listed in situation_coordinators. */
  coordinator: boolean;
  /** The partner organisation a partner user reports for (null for staff, or when not registered). */
  partnerId: string | null;
  partnerKind: PartnerKind | null;
};

/** Resolves the actor's coordinator status and partner organisation. */
export async function viewerOf(db: Db, actor: Actor): Promise<Viewer> {
  let coordinator = actor.role === 'system' || can(actor, p['situation.coordinate']);
  if (!coordinator && actor.userId) {
    const listed = await db
      .select({ userId: estCoordinators.userId })
      .from(estCoordinators)
      .where(
        and(
          eq(estCoordinators.organisationId, actor.organisationId),
          eq(estCoordinators.userId, actor.userId),
        ),
      );
    coordinator = listed.length > 0;
  }
  let partnerId: string | null = null;
  let partnerKind: PartnerKind | null = null;
  if (actor.role === 'partner' && actor.partnerOrganisation) {
    const [partner] = await db
      .select({ id: partnerOrganisations.id, kind: partnerOrganisations.kind })
      .from(partnerOrganisations)
      .where(
        and(
          eq(partnerOrganisations.organisationId, actor.organisationId),
          eq(partnerOrganisations.name, actor.partnerOrganisation),
        ),
      );
    partnerId = partner?.id ?? null;
    partnerKind = partner?.kind ?? null;
  }
  return { actor, coordinator, partnerId, partnerKind };
}

/** Restricted reports are for the coordinator and the police only. */
export function seesRestricted(viewer: Viewer): boolean {
  return viewer.coordinator || viewer.partnerKind === 'police';
}

/**
 * The reports that count in the viewer's figures (picture, analysis, profile): not merged;
 * restricted ones only for the coordinator and the police; and for everyone but the coordinator,
 * only reports the coordinator has reviewed — a late report does not reach the partners unreviewed.
 */
export function countedFor(viewer: Viewer): SQL {
  return and(
    counted(),
    seesRestricted(viewer) ? undefined : eq(incidentReports.restricted, false),
    viewer.coordinator ? undefined : ne(incidentReports.status, 'submitted'),
  ) as SQL;
}

/** Whether the viewer may see one report (partners: their own; police also restricted ones). */
export function mayView(
  viewer: Viewer,
  report: { restricted: boolean; sourceId: string; reportedBy: string | null },
): boolean {
  const own =
    (viewer.partnerId !== null && report.sourceId === viewer.partnerId) ||
    (viewer.actor.userId !== null && report.reportedBy === viewer.actor.userId);
  if (viewer.coordinator) return true;
  if (viewer.actor.role === 'partner') return own || (report.restricted && seesRestricted(viewer));
  return own || !report.restricted;
}

/** The EST coordinator only (by role or listed); everyone else is refused. */
export async function assertCoordinator(db: Db, actor: Actor): Promise<Viewer> {
  assertCan(actor, p['situation.read']);
  const viewer = await viewerOf(db, actor);
  if (!viewer.coordinator) throw new AppError('forbidden');
  return viewer;
}
