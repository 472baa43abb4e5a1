/**
 * The reports as Open311 GeoReport v2 service requests (wiki.open311.org/GeoReport_v2), without
 * personal data: no contact, text masked, the point rounded to a 0.001° grid (about 110 m north–south,
 * 55 m east–west here), and a photo only when staff marked it publishable. Services are the categories.
 */
import { and, count, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import { organisationWithSlug, soleOrganisation } from '../../core/organisations';
import { maskPersonalData } from '../../core/personal-data';
import { areaNameMap } from '../areas';
import { feedbackPhotos, feedbackReports } from './feedback.table';
import { categoryTexts, type FeedbackCategory, type FeedbackStatus, feedbackCategories } from './vocabulary';

/** Open311 has two statuses: answered and closed reports are closed, the others open. */
export const open311Status = (status: FeedbackStatus): 'open' | 'closed' =>
  status === 'answered' || status === 'closed' ? 'closed' : 'open';
const statusesOf = { open: ['received', 'in_progress'], closed: ['answered', 'closed'] } as const;

/** A point rounded to 0.001°: where on the block, not which door (a tenant's home must not be found). */
export const roundedCoordinate = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** The services: one per category, in Swedish (the jurisdiction's language) or English. */
export function open311Services(lang: 'sv' | 'en') {
  return feedbackCategories.map((code) => ({
    service_code: code,
    service_name: categoryTexts[code][lang].name,
    description: categoryTexts[code][lang].description,
    metadata: false,
    type: 'realtime' as const,
    keywords: '',
    group: lang === 'sv' ? 'Synpunkter' : 'Feedback',
  }));
}

export type RequestsFilter = {
  serviceCodes: FeedbackCategory[] | null;
  statuses: ('open' | 'closed')[] | null;
  start: Date;
  end: Date;
  page: number;
  pageSize: number;
  id?: string;
};

/**
 * The organisation of a jurisdiction_id (its slug), or null. Without one, the server's only
 * organisation — a housing company running its own Grannskap is the one jurisdiction there is —
 * and 'required' on a server of several.
 */
export async function jurisdiction(db: Db, slug: string | undefined) {
  if (slug) return organisationWithSlug(db, slug);
  return (await soleOrganisation(db)) ?? ('required' as const);
}

/** The organisation's reports as service requests, newest first, and how many match in all. */
export async function open311Requests(
  db: Db,
  organisation: { id: string; name: string },
  filter: RequestsFilter,
  mediaUrl: (photoId: string) => string,
) {
  const where = and(
    eq(feedbackReports.organisationId, organisation.id),
    filter.id
      ? eq(feedbackReports.id, filter.id)
      : and(gte(feedbackReports.receivedAt, filter.start), lte(feedbackReports.receivedAt, filter.end)),
    filter.serviceCodes ? inArray(feedbackReports.category, filter.serviceCodes) : undefined,
    filter.statuses
      ? inArray(
          feedbackReports.status,
          filter.statuses.flatMap((s) => statusesOf[s]),
        )
      : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(feedbackReports).where(where);
  const rows = await db
    .select({
      id: feedbackReports.id,
      areaId: feedbackReports.areaId,
      category: feedbackReports.category,
      place: feedbackReports.place,
      lat: feedbackReports.lat,
      lon: feedbackReports.lon,
      description: feedbackReports.description,
      status: feedbackReports.status,
      answer: feedbackReports.answer,
      receivedAt: feedbackReports.receivedAt,
      updatedAt: feedbackReports.updatedAt,
      photoId: feedbackPhotos.id,
      publishable: feedbackPhotos.publishable,
    })
    .from(feedbackReports)
    .leftJoin(feedbackPhotos, eq(feedbackPhotos.reportId, feedbackReports.id))
    .where(where)
    .orderBy(desc(feedbackReports.receivedAt), desc(feedbackReports.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const areaNames = await areaNameMap(db, organisation.id);
  const requests = rows.map((r) => {
    const area = areaNames.get(r.areaId) ?? '';
    return {
      service_request_id: r.id,
      status: open311Status(r.status),
      status_notes: r.answer ? maskPersonalData(r.answer) : null,
      service_name: categoryTexts[r.category].sv.name,
      service_code: r.category,
      description: maskPersonalData(r.description),
      agency_responsible: organisation.name,
      service_notice: null,
      requested_datetime: r.receivedAt.toISOString(),
      updated_datetime: r.updatedAt.toISOString(),
      expected_datetime: null,
      address: r.place ? `${maskPersonalData(r.place)}, ${area}` : area,
      address_id: null,
      zipcode: null,
      lat: roundedCoordinate(r.lat),
      long: roundedCoordinate(r.lon),
      media_url: r.photoId && r.publishable ? mediaUrl(r.photoId) : null,
    };
  });
  return { requests, total };
}

/** A publishable photo by its id (only those staff marked; any other is not found). */
export async function publishablePhoto(db: Db, photoId: string) {
  const [photo] = await db
    .select({ mime: feedbackPhotos.mime, content: feedbackPhotos.content })
    .from(feedbackPhotos)
    .where(and(eq(feedbackPhotos.id, photoId), eq(feedbackPhotos.publishable, true)));
  return photo ?? null;
}
