/**
 * The tenant's side: checking and storing a report from the public form, and finding it again by
 * the private link's token. No actor: the tenant is anonymous, the audit row names "tenant".
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../core/audit';
import { systemActor } from '../../core/auth/access';
import { hashToken, newToken } from '../../core/auth/tokens';
import type { Db } from '../../core/db/client';
import type { ServiceContext } from '../../core/module';
import { organisationName } from '../../core/organisations';
import { findPersonalData } from '../../core/personal-data';
import { processPhoto } from '../../core/photos';
import type { TenantLanguage } from '../../shared/tenant-page';
import { swedishToday } from '../../shared/time';
import { areaNameMap, organisationAreas, type PolygonGeometry, publicArea } from '../areas';
import { linkedActions } from '../rounds';
import { pointInGeometry } from '../situation';
import { feedbackPhotos, feedbackReports } from './feedback.table';
import { type FeedbackTexts, feedbackTexts, fill } from './tenant-texts';
import { type FeedbackCategory, feedbackCategories } from './vocabulary';

/** The area a public form is for, with its outline for the map (null when it has none). */
export async function formArea(db: Db, orgSlug: string, areaCode: string) {
  const area = await publicArea(db, orgSlug, areaCode, { anyCase: true });
  const outline = (await organisationAreas(db, area.organisationId)).find((a) => a.id === area.id);
  const geometry = (outline?.geometry ?? null) as PolygonGeometry | null;
  return { ...area, geometry: geometry?.type ? geometry : null };
}

/** What the form posted, as text (every field kept to fill the form again). */
export type FeedbackForm = {
  category: string;
  place: string;
  description: string;
  email: string;
  phone: string;
  lat: number | null;
  lon: number | null;
};

export const emptyForm: FeedbackForm = {
  category: '',
  place: '',
  description: '',
  email: '',
  phone: '',
  lat: null,
  lon: null,
};

/** One refusal, for the field it concerns, in the tenant's language. */
export type FieldError = { field: keyof FeedbackForm | 'photo' | 'map'; message: string };

const email = z.email().max(200);
const phone = /^\+?[\d\s()-]{6,24}$/;

/** The personal-data check of incident reports (core's findPersonalData), worded in the tenant's language. */
function personalDataError(text: string, field: FieldError['field'], t: FeedbackTexts): FieldError[] {
  const findings = findPersonalData(text);
  if (!findings.length) return [];
  const items = findings.map((f) => `${t.kinds[f.kind]} (${f.masked})`).join(', ');
  return [{ field, message: fill(t.personalData, { items }) }];
}

/** Every refusal of the form's fields; none when it may be stored. */
export function checkForm(form: FeedbackForm, language: TenantLanguage, geometry: PolygonGeometry | null) {
  const t = feedbackTexts[language];
  const errors: FieldError[] = [];
  if (!feedbackCategories.includes(form.category as FeedbackCategory))
    errors.push({ field: 'category', message: t.categoryRequired });
  if (!form.description.trim()) errors.push({ field: 'description', message: t.descriptionRequired });
  errors.push(...personalDataError(form.description, 'description', t));
  errors.push(...personalDataError(form.place, 'place', t));
  if (form.email && !email.safeParse(form.email).success)
    errors.push({ field: 'email', message: t.emailInvalid });
  if (form.phone && !phone.test(form.phone)) errors.push({ field: 'phone', message: t.phoneInvalid });
  if (
    form.lat !== null &&
    form.lon !== null &&
    geometry &&
    !pointInGeometry({ lat: form.lat, lon: form.lon }, geometry)
  )
    errors.push({ field: 'map', message: t.pointOutside });
  return errors;
}

export type PhotoUpload = { bytes: Buffer } | { tooLarge: true } | null;

/** The photo as stored (EXIF, GPS and all other metadata gone), or the refusal. */
export async function readPhoto(upload: PhotoUpload, language: TenantLanguage) {
  const t = feedbackTexts[language];
  if (!upload) return { photo: null };
  if ('tooLarge' in upload) return { error: { field: 'photo', message: t.photoTooLarge } as FieldError };
  try {
    return { photo: await processPhoto(upload.bytes) };
  } catch {
    return { error: { field: 'photo', message: t.photoUnreadable } as FieldError };
  }
}

type Submission = {
  organisationId: string;
  areaId: string;
  form: FeedbackForm;
  language: TenantLanguage;
  photo: Awaited<ReturnType<typeof processPhoto>> | null;
};

/** Stores a checked report and its photo; returns its id and the private link's token (kept only hashed). */
export async function storeFeedback(
  { db, requestId }: ServiceContext,
  { organisationId, areaId, form, language, photo }: Submission,
  now: Date,
): Promise<{ id: string; token: string }> {
  const token = newToken();
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(feedbackReports)
      .values({
        organisationId,
        areaId,
        category: form.category as FeedbackCategory,
        place: form.place.trim() || null,
        lat: form.lat,
        lon: form.lon,
        description: form.description.trim(),
        contactEmail: form.email.trim() || null,
        contactPhone: form.phone.trim() || null,
        language,
        tokenHash: hashToken(token),
        receivedAt: now,
        receivedOn: swedishToday(now),
        updatedAt: now,
      })
      .returning();
    if (photo) {
      await tx.insert(feedbackPhotos).values({
        organisationId,
        reportId: row.id,
        mime: photo.mime,
        width: photo.width,
        height: photo.height,
        bytes: photo.content.length,
        content: photo.content,
      });
    }
    // The audit keeps neither text nor contact: they would outlive the retention of the contact.
    await recordAudit(
      tx,
      { actor: systemActor(organisationId, 'tenant'), entity: 'feedback_report', requestId },
      'create',
      row.id,
      { after: { areaId, category: row.category, photo: Boolean(photo) } },
    );
    return row.id;
  });
  return { id, token };
}

/** The report a status link's token belongs to, with the action it became; null for an unknown token. */
export async function feedbackByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return null;
  const [row] = await db
    .select({
      id: feedbackReports.id,
      organisationId: feedbackReports.organisationId,
      areaId: feedbackReports.areaId,
      category: feedbackReports.category,
      status: feedbackReports.status,
      receivedOn: feedbackReports.receivedOn,
      answer: feedbackReports.answer,
      actionId: feedbackReports.actionId,
      language: feedbackReports.language,
    })
    .from(feedbackReports)
    .where(eq(feedbackReports.tokenHash, hashToken(token)));
  if (!row) return null;
  const action = row.actionId
    ? ((await linkedActions(db, row.organisationId, [row.actionId])).get(row.actionId) ?? null)
    : null;
  const areaName = (await areaNameMap(db, row.organisationId)).get(row.areaId) ?? '';
  return {
    ...row,
    action,
    areaName,
    organisationName: (await organisationName(db, row.organisationId)) ?? '',
  };
}
