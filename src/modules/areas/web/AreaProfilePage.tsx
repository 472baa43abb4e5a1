import { Anchor } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { useMe } from '../../../web/session';
import { ProfileLayout, useProfileYear } from './ProfileLayout';
import { formatCell } from './profile-format';
import { type Area, areaQueries } from './queries';

/**
 * An area's profile (ProfileLayout): its facts, with the way to its district, and its outline on the map.
 */
export default function AreaProfilePage() {
  const { t, i18n } = useTranslation('areas');
  const { id = '' } = useParams();
  const { year, select } = useProfileYear();
  const profile = useQuery({ ...areaQueries.profile(id, year), placeholderData: keepPreviousData });
  return (
    <ProfileLayout
      kind="area"
      profile={profile}
      year={year}
      select={select}
      errorTitle={t('profile.title')}
      head={({ area }) => ({
        id: area.id,
        title: area.name,
        description: t('profile.description'),
        facts: [
          [
            t('fields.district'),
            <Anchor key="district" component={Link} to={`/districts/${area.districtId}`}>
              {area.districtName}
            </Anchor>,
          ],
          [t('fields.code'), area.code],
          [t('fields.households'), formatCell(area.households, i18n.language)],
          [t('fields.properties'), formatCell(area.properties, i18n.language)],
        ],
        map: <AreaMap area={area} />,
      })}
    />
  );
}

function AreaMap({ area }: { area: Area }) {
  const { t } = useTranslation('areas');
  const me = useMe();
  const features = useMemo<MapFeature[]>(
    () => (area.geometry ? [{ id: area.id, geometry: area.geometry, label: area.name }] : []),
    [area],
  );
  if (!area.geometry) return null;
  return (
    <PolygonMap
      features={features}
      ariaLabel={t('profile.mapLabel', { name: area.name })}
      tileUrl={me.mapTileUrl}
      height={260}
    />
  );
}
