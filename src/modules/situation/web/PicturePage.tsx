import { Alert, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { GradeForm } from './GradeForm';
import { AreaTable, CategoryTable, levelLabel, levelOf } from './PictureTables';
import { PriorityForm, PriorityList } from './Priorities';
import { addWeeks, type Geometry, isoWeekOf, situationQueries } from './queries';
import { useWeek, WeekPicker } from './WeekPicker';

/** "Lägesbild": the week's picture per area, with the coordinator's grading and priorities. */
export default function PicturePage() {
  const { t, i18n } = useTranslation('situation');
  const me = useMe();
  const who = useQuery(situationQueries.me());
  const [week, setWeek] = useWeek(addWeeks(isoWeekOf(new Date()), -1));
  const picture = useQuery(situationQueries.picture(week));
  const en = i18n.language === 'en';
  const coordinator = who.data?.coordinator ?? false;

  const features = useMemo<MapFeature[]>(() => {
    const p = picture.data;
    if (!p) return [];
    return p.areas
      .filter((a) => a.geometry)
      .map((a) => ({
        id: a.id,
        geometry: a.geometry as Geometry,
        label: `${a.name}: ${levelLabel(p, a.level, en, t('picture.notGraded'))} · ${t('picture.incidents')} ${a.total}`,
        color: levelOf(p, a.level)?.colour ?? '#868e96',
        fillOpacity: 0.55,
      }));
  }, [picture.data, t, en]);

  const header = (
    <PageHeader
      title={t('picture.title')}
      description={t('picture.description')}
      actions={
        <Group gap="sm">
          <WeekPicker week={week} onChange={setWeek} />
          {coordinator && (
            <Button component={Link} to={`/situation/review?week=${week}`} variant="default">
              {t('picture.review')}
            </Button>
          )}
          {picture.data && (
            <Button
              component="a"
              href={`/api/v1/situation/weeks/${week}/picture.pdf`}
              target="_blank"
              rel="noopener"
              variant="light"
            >
              {t('picture.print')}
            </Button>
          )}
        </Group>
      }
    />
  );

  if (picture.isPending || who.isPending) return <PageLoader />;
  if (picture.error) {
    const notCompiled = picture.error instanceof ApiError && picture.error.code === 'not_compiled';
    return (
      <Stack gap="lg">
        {header}
        {notCompiled ? (
          <Alert color="gray">{t('picture.notCompiled', { week })}</Alert>
        ) : (
          <ErrorAlert error={picture.error} />
        )}
      </Stack>
    );
  }
  const p = picture.data;

  return (
    <Stack gap="lg">
      {header}
      <Group gap="xs">
        <Badge color={p.compiled ? 'teal' : 'gray'} variant="light">
          {p.compiled ? t('picture.compiled') : t('picture.draft')}
        </Badge>
        <Text size="sm">{t('picture.reporting', p.reporting)}</Text>
        {!p.includesRestricted && (
          <Text size="sm" c="dimmed">
            {t('picture.restrictedExcluded')}
          </Text>
        )}
      </Group>

      <section aria-labelledby="sit-map">
        <Title order={2} size="h3" id="sit-map" mb="xs">
          {t('picture.map')}
        </Title>
        <PolygonMap
          features={features}
          ariaLabel={t('picture.mapLabel')}
          tileUrl={me.mapTileUrl}
          height={360}
        />
        <Group gap="sm" mt="xs" aria-label={t('picture.legend')}>
          {p.levels.map((l) => (
            <Group key={l.level} gap={4}>
              <span
                aria-hidden
                style={{ width: 12, height: 12, background: l.colour, display: 'inline-block' }}
              />
              <Text size="xs">{levelLabel(p, l.level, en, '')}</Text>
            </Group>
          ))}
        </Group>
      </section>

      <AreaTable picture={p} />
      {coordinator && <GradeForm picture={p} week={week} />}
      <CategoryTable picture={p} />

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <PriorityList title={t('picture.hotspots')} items={p.hotspots} coordinator={coordinator} />
        <PriorityList title={t('picture.priorities')} items={p.priorities} coordinator={coordinator} />
        <PriorityList title={t('picture.openActions')} items={p.openActions} coordinator={coordinator} />
      </SimpleGrid>
      {coordinator && <PriorityForm picture={p} week={week} />}
    </Stack>
  );
}
