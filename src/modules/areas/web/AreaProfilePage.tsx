import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FigureCard } from '../../../web/components/FigureCard';
import { PageHeader } from '../../../web/components/PageHeader';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { TitledSection } from '../../../web/components/TitledSection';
import { YearSelect } from '../../../web/components/YearSelect';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { formatCell, formatFigure, type UnitWords } from './profile-format';
import { type Area, areaQueries, type ProfileSection, type ProfileTable } from './queries';

/**
 * An area's profile: its facts, its outline on the map, and each module's figures and tables for
 * the chosen year (the year lives in the address, so a view can be shared).
 */
export default function AreaProfilePage() {
  const { t } = useTranslation('areas');
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const thisYear = swedishYear();
  const year = Number(params.get('year')) || thisYear;
  const profile = useQuery({ ...areaQueries.profile(id, year), placeholderData: keepPreviousData });

  const yearSelect = (
    <YearSelect
      label={t('profile.year')}
      value={year}
      onChange={(next) => setParams(next === thisYear ? {} : { year: String(next) })}
    />
  );
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
  return (
    <Stack gap="lg">
      {back}
      <PageHeader title={area.name} description={t('profile.description')} actions={yearSelect} />
      <AreaFacts area={area} />
      {sections.length > 1 && <Contents sections={sections} />}
      <AreaMap area={area} />
      {sections.map((section) => (
        <Section key={section.module} section={section} />
      ))}
    </Stack>
  );
}

function AreaFacts({ area }: { area: Area }) {
  const { t, i18n } = useTranslation('areas');
  const facts = [
    [t('fields.district'), area.districtName],
    [t('fields.code'), area.code],
    [t('fields.households'), formatCell(area.households, i18n.language)],
    [t('fields.properties'), formatCell(area.properties, i18n.language)],
  ];
  return (
    <Group component="dl" gap="lg">
      {facts.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" size="sm" c="dimmed">
            {term}
          </Text>
          <Text component="dd" fw={600} m={0}>
            {value}
          </Text>
        </div>
      ))}
    </Group>
  );
}

/** Jump links to the sections: on a phone the profile is long. */
function Contents({ sections }: { sections: ProfileSection[] }) {
  const { t } = useTranslation('areas');
  return (
    <nav aria-label={t('profile.contents')}>
      <Group gap="xs" component="ul" className="gs-plain-list">
        {sections.map((section) => (
          <li key={section.module}>
            <Anchor href={`#${headingId(section)}`} size="sm">
              {section.title}
            </Anchor>
          </li>
        ))}
      </Group>
    </nav>
  );
}

const headingId = (section: ProfileSection) => `profile-${section.module}`;

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

function Section({ section }: { section: ProfileSection }) {
  const { t, i18n } = useTranslation('areas');
  const words: UnitWords = {
    days: t('profile.units.days'),
    hours: t('profile.units.hours'),
    per1000: t('profile.units.per1000'),
  };
  const empty = section.figures.length === 0 && !section.tables?.length;
  return (
    <TitledSection id={headingId(section)} order={2} title={section.title}>
      <Stack gap="sm">
        {empty && <Text c="dimmed">{t('profile.empty')}</Text>}
        {section.figures.length > 0 && (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {section.figures.map((figure) => (
              <FigureCard
                key={figure.label}
                label={figure.label}
                value={formatFigure(figure.value, figure.unit, i18n.language, words)}
                note={figure.suppressed ? t('profile.suppressed') : figure.note}
              />
            ))}
          </SimpleGrid>
        )}
        {section.tables?.map((table) => (
          <SectionTable key={table.caption} table={table} />
        ))}
      </Stack>
    </TitledSection>
  );
}

type Row = { key: string; cells: (string | number | null)[] };

/** A module's table; the first column names the row, columns of numbers align right. */
function SectionTable({ table }: { table: ProfileTable }) {
  const { i18n } = useTranslation('areas');
  const rows: Row[] = table.rows.map((cells, i) => ({ key: String(i), cells }));
  const numeric = table.columns.map(
    (_, c) =>
      table.rows.some((r) => typeof r[c] === 'number') && table.rows.every((r) => typeof r[c] !== 'string'),
  );
  return (
    <DataTable
      caption={table.caption}
      columns={table.columns.map((header, c) => ({
        key: String(c),
        header,
        rowHeader: c === 0,
        align: numeric[c] ? 'right' : 'left',
        render: (row: Row) => formatCell(row.cells[c] ?? null, i18n.language),
      }))}
      rows={rows}
      rowKey={(row) => row.key}
    />
  );
}
