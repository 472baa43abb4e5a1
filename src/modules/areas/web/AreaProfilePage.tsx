import { Anchor, Button, Group, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { YearSelect } from '../../../web/components/YearSelect';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { Facts, ProfileContents, ProfileSectionView, ProfileSummary } from './ProfileParts';
import { formatCell } from './profile-format';
import { type Area, areaQueries } from './queries';

/** The year of a profile page: in the address (so a view can be shared), this year when left out. */
export function useProfileYear() {
  const { t } = useTranslation('areas');
  const [params, setParams] = useSearchParams();
  const thisYear = swedishYear();
  const year = Number(params.get('year')) || thisYear;
  const select = (
    <YearSelect
      label={t('profile.year')}
      value={year}
      onChange={(next) => setParams(next === thisYear ? {} : { year: String(next) })}
    />
  );
  return { year, select };
}

/** The header's actions of a profile: the year and the PDF of the page as it is. */
export function ProfileActions({ select, pdf }: { select: ReactNode; pdf: string }) {
  const { t } = useTranslation('areas');
  return (
    <Group gap="sm" align="flex-end">
      {select}
      <Button component="a" href={pdf} download variant="light">
        {t('profile.pdf')}
      </Button>
    </Group>
  );
}

/**
 * An area's profile: a one-screen summary first (households, safety index and its trend, EST
 * grades over the weeks, incidents per 1,000 households, open actions, activities, programme reach),
 * then its facts, its outline on the map and each module's figures and tables for the chosen year.
 */
export default function AreaProfilePage() {
  const { t } = useTranslation('areas');
  const { id = '' } = useParams();
  const { year, select } = useProfileYear();
  const profile = useQuery({ ...areaQueries.profile(id, year), placeholderData: keepPreviousData });

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
        <PageHeader title={t('profile.title')} />
        <ErrorAlert error={profile.error} />
      </Stack>
    );

  const { area, sections } = profile.data;
  const place = { kind: 'area' as const, id: area.id, year };
  const pdf = `/api/v1/areas/${encodeURIComponent(area.id)}/profile.pdf?year=${year}`;
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={area.name}
        description={t('profile.description')}
        actions={<ProfileActions select={select} pdf={pdf} />}
      />
      <AreaFacts area={area} />
      <ProfileSummary sections={sections} place={place} />
      <AreaMap area={area} />
      {sections.length > 1 && <ProfileContents sections={sections} />}
      {sections.map((section) => (
        <ProfileSectionView key={section.module} section={section} place={place} />
      ))}
    </Stack>
  );
}

function AreaFacts({ area }: { area: Area }) {
  const { t, i18n } = useTranslation('areas');
  return (
    <Facts
      facts={[
        [
          t('fields.district'),
          <Anchor key="district" component={Link} to={`/districts/${area.districtId}`}>
            {area.districtName}
          </Anchor>,
        ],
        [t('fields.code'), area.code],
        [t('fields.households'), formatCell(area.households, i18n.language)],
        [t('fields.properties'), formatCell(area.properties, i18n.language)],
      ]}
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
