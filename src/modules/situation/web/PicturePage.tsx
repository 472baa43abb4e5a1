import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { type MapFeature, PolygonMap } from '../../../web/components/PolygonMap';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { addWeeks, type Geometry, isoWeekOf, type Picture, situationQueries } from './queries';
import { useWeek, WeekPicker } from './WeekPicker';

type PictureArea = Picture['areas'][number];

const levelOf = (p: Picture, level: number | null) => p.levels.find((l) => l.level === level);

/** "2 Förhöjd oro", or the fallback when not graded. */
function levelLabel(p: Picture, level: number | null, en: boolean, fallback: string) {
  const l = levelOf(p, level);
  return l ? `${l.level} ${en ? l.nameEn : l.nameSv}` : fallback;
}

/** "Lägesbild": the week's picture per area, with the coordinator's grading and priorities. */
export default function PicturePage() {
  const { t, i18n } = useTranslation('situation');
  const me = useMe();
  const who = useQuery(situationQueries.me());
  const [week, setWeek] = useWeek(addWeeks(isoWeekOf(new Date()), -1));
  const picture = useQuery(situationQueries.picture(week));
  const en = i18n.language === 'en';

  const levelName = (p: Picture, level: number | null) => levelLabel(p, level, en, t('picture.notGraded'));

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
  const coordinator = who.data?.coordinator ?? false;
  const categoryName = new Map(p.categories.map((c) => [c.id, en ? c.nameEn : c.nameSv]));
  const trend = (a: PictureArea) => (a.trend ? t(`picture.trend_${a.trend}`) : '–');

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
              <Text size="xs">{levelName(p, l.level)}</Text>
            </Group>
          ))}
        </Group>
      </section>

      <DataTable
        caption={t('picture.areas')}
        rows={p.areas}
        rowKey={(a) => a.id}
        columns={[
          { key: 'name', header: t('picture.area'), render: (a) => a.name, rowHeader: true },
          {
            key: 'grade',
            header: t('picture.grade'),
            render: (a) => (
              <Stack gap={2}>
                <Text
                  size="sm"
                  fw={600}
                  style={{
                    borderLeft: `6px solid ${levelOf(p, a.level)?.colour ?? '#ced4da'}`,
                    paddingLeft: 6,
                  }}
                >
                  {levelName(p, a.level)}
                </Text>
                {a.rationale && (
                  <Text size="xs" c="dimmed">
                    {a.rationale}
                  </Text>
                )}
              </Stack>
            ),
          },
          { key: 'trend', header: t('picture.trend'), render: trend },
          { key: 'total', header: t('picture.incidents'), render: (a) => a.total, align: 'right' },
          {
            key: 'base',
            header: t('picture.baseline'),
            render: (a) => a.proposal.baselineMean.toFixed(1),
            align: 'right',
          },
          {
            key: 'proposal',
            header: t('picture.proposal'),
            render: (a) => (
              <Text size="sm">
                {levelName(p, a.proposal.level)}
                {a.proposal.flagged && (
                  <Text span size="xs" c="red" display="block">
                    {t('picture.flagged', { p: a.proposal.pValue.toFixed(3) })}
                  </Text>
                )}
              </Text>
            ),
          },
        ]}
      />

      {coordinator && <GradeForm picture={p} week={week} />}

      <DataTable
        caption={t('picture.byCategory')}
        rows={p.areas.flatMap((a) =>
          a.byCategory.map((c) => ({ ...c, area: a.name, key: `${a.id}-${c.categoryId}` })),
        )}
        rowKey={(r) => r.key}
        columns={[
          { key: 'area', header: t('picture.area'), render: (r) => r.area, rowHeader: true },
          { key: 'cat', header: t('picture.category'), render: (r) => categoryName.get(r.categoryId) ?? '' },
          { key: 'n', header: t('picture.count'), render: (r) => r.count, align: 'right' },
          {
            key: 'base',
            header: t('picture.baseline'),
            render: (r) => r.baselineMean.toFixed(1),
            align: 'right',
          },
        ]}
      />

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <PriorityList title={t('picture.hotspots')} items={p.hotspots} coordinator={coordinator} />
        <PriorityList title={t('picture.priorities')} items={p.priorities} coordinator={coordinator} />
        <PriorityList title={t('picture.openActions')} items={p.openActions} coordinator={coordinator} />
      </SimpleGrid>
      {coordinator && <PriorityForm picture={p} week={week} />}
    </Stack>
  );
}

function PriorityList({
  title,
  items,
  coordinator,
}: {
  title: string;
  items: Picture['priorities'];
  coordinator: boolean;
}) {
  const { t } = useTranslation('situation');
  const client = useQueryClient();
  const done = useMutation({
    mutationFn: (id: string) => api.patch(`/situation/priorities/${id}`, { done: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: situationQueries.all() }),
  });
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {items.length === 0 && <Text size="sm">{t('picture.none')}</Text>}
      <Stack gap="xs">
        {items.map((item) => (
          <div key={item.id}>
            <Text size="sm" fw={600}>
              {item.description}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                item.areaName,
                item.placeType ? t(`place.${item.placeType}`, { defaultValue: item.placeType }) : null,
              ]
                .filter(Boolean)
                .join(', ')}{' '}
              · {t('picture.owner')}: {item.owner} · {t('picture.forWeek')} {item.week}
            </Text>
            {coordinator && !item.done && (
              <Button size="compact-xs" variant="subtle" onClick={() => done.mutate(item.id)}>
                {t('picture.markDone')}
              </Button>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

function GradeForm({ picture, week }: { picture: Picture; week: string }) {
  const { t, i18n } = useTranslation('situation');
  const client = useQueryClient();
  const [areaId, setAreaId] = useState<string | null>(null);
  const [level, setLevel] = useState<string | null>(null);
  const [rationale, setRationale] = useState('');
  const area = picture.areas.find((a) => a.id === areaId);
  const save = useMutation({
    mutationFn: () => api.put(`/situation/weeks/${week}/grades`, { areaId, level: Number(level), rationale }),
    onSuccess: async () => {
      setRationale('');
      await client.invalidateQueries({ queryKey: situationQueries.all() });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="grade-title">
      <Title order={2} size="h4" id="grade-title" mb="sm">
        {t('grade.title')}
      </Title>
      <ErrorAlert error={save.error} />
      {save.isSuccess && (
        <Alert color="green" mb="sm" role="status">
          {t('grade.saved')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('grade.area')}
          data={picture.areas.map((a) => ({ value: a.id, label: a.name }))}
          value={areaId}
          onChange={(v) => {
            setAreaId(v);
            const proposed = picture.areas.find((a) => a.id === v)?.proposal.level;
            setLevel(proposed ? String(proposed) : null);
          }}
          required
          allowDeselect={false}
          searchable
        />
        <Select
          label={t('grade.level')}
          data={picture.levels.map((l) => ({
            value: String(l.level),
            label: `${l.level} ${i18n.language === 'en' ? l.nameEn : l.nameSv}`,
          }))}
          value={level}
          onChange={setLevel}
          required
          allowDeselect={false}
        />
      </SimpleGrid>
      {area && (
        <Text size="sm" mt="xs" c={area.proposal.flagged ? 'red' : undefined}>
          {t('grade.proposal', {
            level: area.proposal.level,
            observed: area.proposal.observed,
            mean: area.proposal.baselineMean.toFixed(1),
          })}
        </Text>
      )}
      <Textarea
        mt="sm"
        label={t('grade.rationale')}
        description={t('grade.rationaleHint')}
        value={rationale}
        onChange={(e) => setRationale(e.currentTarget.value)}
        minLength={3}
        maxLength={500}
        required
      />
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('grade.save')}
      </Button>
    </Paper>
  );
}

function PriorityForm({ picture, week }: { picture: Picture; week: string }) {
  const { t } = useTranslation('situation');
  const client = useQueryClient();
  const [kind, setKind] = useState<string | null>('priority');
  const [areaId, setAreaId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const save = useMutation({
    mutationFn: () => api.post(`/situation/weeks/${week}/priorities`, { kind, areaId, description, owner }),
    onSuccess: async () => {
      setDescription('');
      setOwner('');
      await client.invalidateQueries({ queryKey: situationQueries.all() });
    },
  });
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-labelledby="priority-title"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Title order={2} size="h4" id="priority-title" mb="sm">
        {t('priority.title')}
      </Title>
      <ErrorAlert error={save.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('priority.kind')}
          data={[
            { value: 'priority', label: t('priority.kind_priority') },
            { value: 'hotspot', label: t('priority.kind_hotspot') },
          ]}
          value={kind}
          onChange={setKind}
          required
          allowDeselect={false}
        />
        <Select
          label={t('priority.area')}
          data={picture.areas.map((a) => ({ value: a.id, label: a.name }))}
          value={areaId}
          onChange={setAreaId}
          clearable
          searchable
        />
      </SimpleGrid>
      <TextInput
        mt="sm"
        label={t('priority.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        required
        minLength={3}
        maxLength={300}
      />
      <TextInput
        mt="sm"
        label={t('priority.owner')}
        value={owner}
        onChange={(e) => setOwner(e.currentTarget.value)}
        required
        minLength={2}
        maxLength={100}
      />
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('priority.save')}
      </Button>
    </Paper>
  );
}
