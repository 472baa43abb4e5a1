import { type Language, translate } from '../../core/i18n/i18n';
import type { getAreaProfile, getDistrictProfile } from './area-profile';
import type { ProfileDocument } from './profile-pdf';

type AreaProfileData = Awaited<ReturnType<typeof getAreaProfile>>;
type DistrictProfileData = Awaited<ReturnType<typeof getDistrictProfile>>;

/** An area's profile as the PDF lays it out. */
export function areaProfileDocument(
  { area, year, sections }: AreaProfileData,
  language: Language,
): ProfileDocument {
  const facts = translate(language, 'areas:pdf.areaFacts', {
    name: area.name,
    code: area.code,
    district: area.districtName,
  });
  return { kind: 'area', name: area.name, year, facts, sections };
}

/** A district's profile as the PDF lays it out, with the table of its areas. */
export function districtProfileDocument(
  { district, year, sections }: DistrictProfileData,
  language: Language,
): ProfileDocument {
  const facts = translate(language, 'areas:pdf.districtFacts', {
    name: district.name,
    count: district.areas.length,
  });
  return { kind: 'district', name: district.name, year, facts, areas: district.areas, sections };
}

/** "backby-norra-2026": the name in plain letters, for the file name. */
export function profileFileName(name: string, year: number): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${plain || 'profil'}-${year}`;
}
