import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DataTable } from '../../../web/components/DataTable';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { useMe } from '../../../web/session';
import { ProfileLayout, useProfileYear } from './ProfileLayout';
import { districtOutline, useAreaColumns } from './places';
import { formatCell } from './profile-format';
import { areaQueries, type DistrictProfile } from './queries';

/**
 * A district's profile (ProfileLayout) over the district as a whole (its own figures, protected with
 * its areas'), with its areas on the map and in a table, each linking to its profile.
 */
export default function DistrictProfilePage() {
  const { t, i18n } = useTranslation('areas');
  const { id = '' } = useParams();
  const { year, select } = useProfileYear();
  const profile = useQuery({ ...areaQueries.districtProfile(id, year), placeholderData: keepPreviousData });
  return (
    <ProfileLayout
      kind="district"
      profile={profile}
      year={year}
      select={select}
      errorTitle={t('district.profileTitle')}
      head={({ district }) => ({
        id: district.id,
        title: t('district.profileHeading', { name: district.name }),
        description: t('district.profileDescription'),
        facts: [
          [t('overview.areas'), formatCell(district.areas.length, i18n.language)],
          [t('fields.households'), formatCell(district.households, i18n.language)],
          [t('fields.properties'), formatCell(district.properties, i18n.language)],
        ],
        map: <DistrictMap district={district} />,
        extra: <DistrictAreas district={district} />,
      })}
    />
  );
}

type District = DistrictProfile['district'];

function DistrictAreas({ district }: { district: District }) {
  const { t } = useTranslation('areas');
  return (
    <DataTable
      caption={t('district.areasCaption', { name: district.name })}
      columns={useAreaColumns()}
      rows={district.areas}
      rowKey={(a) => a.id}
    />
  );
}

/** The district's outline (dashed) and its areas' (a click opens an area's profile). */
function DistrictMap({ district }: { district: District }) {
  const { t } = useTranslation('areas');
  const me = useMe();
  const navigate = useNavigate();
  const features = useMemo<MapFeature[]>(
    () => [
      ...districtOutline(district),
      ...district.areas.flatMap((a) =>
        a.geometry ? [{ id: a.id, geometry: a.geometry, label: `${a.name} (${a.code})` }] : [],
      ),
    ],
    [district],
  );
  if (features.length === 0) return null;
  const areaIds = new Set(district.areas.map((a) => a.id));
  return (
    <PolygonMap
      features={features}
      ariaLabel={t('district.mapLabel', { name: district.name })}
      tileUrl={me.mapTileUrl}
      height={260}
      onSelect={(id) => {
        if (areaIds.has(id)) navigate(`/areas/${id}`);
      }}
    />
  );
}
