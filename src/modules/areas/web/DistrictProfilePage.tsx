import { Anchor, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { ProfileActions, useProfileYear } from './AreaProfilePage';
import { Facts, ProfileContents, ProfileSectionView, ProfileSummary } from './ProfileParts';
import { formatCell } from './profile-format';
import { areaQueries, type DistrictProfile } from './queries';

/**
 * A district's profile: the same layout as an area's over the district as a whole (its own figures,
 * protected with its areas'), then the table of its areas, each linking to its profile.
 */
export default function DistrictProfilePage() {
  const { t } = useTranslation('areas');
  const { id = '' } = useParams();
  const { year, select } = useProfileYear();
  const profile = useQuery({ ...areaQueries.districtProfile(id, year), placeholderData: keepPreviousData });

  const back = (
    <Anchor component={Link} to="/overview">
      {t('profile.back')}
    </Anchor>
  );
  if (profile.isPending) return <PageLoader />;
  if (profile.error)
    return (
      <Stack>
        {back}
        <PageHeader title={t('district.profileTitle')} />
        <ErrorAlert error={profile.error} />
      </Stack>
    );

  const { district, sections } = profile.data;
  const place = { kind: 'district' as const, id: district.id, year };
  const pdf = `/api/v1/districts/${encodeURIComponent(district.id)}/profile.pdf?year=${year}`;
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={t('district.profileHeading', { name: district.name })}
        description={t('district.profileDescription')}
        actions={<ProfileActions select={select} pdf={pdf} />}
      />
      <DistrictFacts district={district} />
      <ProfileSummary sections={sections} place={place} />
      <DistrictMap district={district} />
      <DistrictAreas district={district} />
      {sections.length > 1 && <ProfileContents sections={sections} />}
      {sections.map((section) => (
        <ProfileSectionView key={section.module} section={section} place={place} />
      ))}
    </Stack>
  );
}

type District = DistrictProfile['district'];

function DistrictFacts({ district }: { district: District }) {
  const { t, i18n } = useTranslation('areas');
  return (
    <Facts
      facts={[
        [t('overview.areas'), formatCell(district.areas.length, i18n.language)],
        [t('fields.households'), formatCell(district.households, i18n.language)],
        [t('fields.properties'), formatCell(district.properties, i18n.language)],
      ]}
    />
  );
}

function DistrictAreas({ district }: { district: District }) {
  const { t, i18n } = useTranslation('areas');
  return (
    <DataTable
      caption={t('district.areasCaption', { name: district.name })}
      columns={[
        {
          key: 'name',
          header: t('fields.area'),
          render: (a) => (
            <Anchor component={Link} to={`/areas/${a.id}`}>
              {a.name}
            </Anchor>
          ),
          rowHeader: true,
        },
        { key: 'code', header: t('fields.code'), render: (a) => a.code },
        {
          key: 'households',
          header: t('fields.households'),
          render: (a) => formatCell(a.households, i18n.language),
          align: 'right',
        },
        {
          key: 'properties',
          header: t('fields.properties'),
          render: (a) => formatCell(a.properties, i18n.language),
          align: 'right',
        },
      ]}
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
  const features = useMemo<MapFeature[]>(() => {
    const list: MapFeature[] = [];
    if (district.geometry)
      list.push({
        id: district.id,
        geometry: district.geometry,
        label: district.name,
        color: '#495057',
        fillOpacity: 0,
        dashed: true,
      });
    for (const a of district.areas)
      if (a.geometry) list.push({ id: a.id, geometry: a.geometry, label: `${a.name} (${a.code})` });
    return list;
  }, [district]);
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
