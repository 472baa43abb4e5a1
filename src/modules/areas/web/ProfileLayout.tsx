import { Anchor, Button, Group, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { YearSelect } from '../../../web/components/YearSelect';
import { PageLoader } from '../../../web/layout/PageLoader';
import {
  Facts,
  ProfileContents,
  type ProfilePlace,
  ProfileSectionView,
  ProfileSummary,
} from './ProfileParts';
import type { ProfileSection } from './queries';

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
function ProfileActions({ select, pdf }: { select: ReactNode; pdf: string }) {
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

/** What a profile page says of its own place; everything else the layout draws from the sections. */
export type ProfileHead = {
  id: string;
  title: string;
  description: string;
  facts: [string, ReactNode][];
  /** The place's outline on the map (nothing when it has none). */
  map: ReactNode;
  /** What only this kind of place has, after the map: a district's table of its areas. */
  extra?: ReactNode;
};

type ProfileLayoutProps<T extends { sections: ProfileSection[] }> = {
  kind: ProfilePlace['kind'];
  profile: UseQueryResult<T>;
  year: number;
  /** The year's select (useProfileYear). */
  select: ReactNode;
  /** The heading while the place is unknown (it failed to load). */
  errorTitle: string;
  head: (profile: T) => ProfileHead;
};

/**
 * The layout of an area's and a district's profile: the way back, the heading with the year and the
 * PDF, the place's facts, the one-screen summary (summary figures, the trend chart, the EST strip),
 * its map, then each module's section with its figures and tables for the chosen year.
 */
export function ProfileLayout<T extends { sections: ProfileSection[] }>({
  kind,
  profile,
  year,
  select,
  errorTitle,
  head,
}: ProfileLayoutProps<T>) {
  const { t } = useTranslation('areas');
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
        <PageHeader title={errorTitle} />
        <ErrorAlert error={profile.error} />
      </Stack>
    );

  const { sections } = profile.data;
  const place = head(profile.data);
  const where = { kind, id: place.id, year };
  const pdf = `/api/v1/${kind === 'area' ? 'areas' : 'districts'}/${encodeURIComponent(place.id)}/profile.pdf?year=${year}`;
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={place.title}
        description={place.description}
        actions={<ProfileActions select={select} pdf={pdf} />}
      />
      <Facts facts={place.facts} />
      <ProfileSummary sections={sections} place={where} />
      {place.map}
      {place.extra}
      {sections.length > 1 && <ProfileContents sections={sections} />}
      {sections.map((section) => (
        <ProfileSectionView key={section.module} section={section} place={where} />
      ))}
    </Stack>
  );
}
