import { Anchor, Badge, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { useCan } from '../../../web/session';
import { formatInterval, formatTarget, formatValue } from './format';
import { DeleteGoalDialog, type Editing, GoalForm } from './GoalForm';
import { type GoalStatus, type GoalsOverview, goalQueries, type IndicatorGoals } from './queries';

type Row = { indicator: IndicatorGoals; goal: GoalStatus | null; first: boolean };
type MaterialArea = GoalsOverview['materialAreas'][number];

/** Years the chooser offers: next year (goals are set ahead) and the five before this one. */
function yearsAround(thisYear: number): number[] {
  return Array.from({ length: 7 }, (_, i) => thisYear + 1 - i);
}

/** Met, not met or too close to call: a coloured badge whose words say it, never the colour alone. */
export function StatusBadge({ status }: { status: NonNullable<GoalStatus['status']> }) {
  const { t } = useTranslation('goals');
  const colour = status === 'met' ? 'green' : status === 'not met' ? 'red' : 'yellow';
  return (
    // Dark text on the light tint: a yellow or green word on its own tint is too faint to read (WCAG AA).
    <Badge
      color={colour}
      variant="light"
      tt="none"
      size="md"
      // The words wrap in a narrow column rather than being cut short ("För jämnt för att avgöra").
      styles={{
        root: { color: 'var(--mantine-color-black)', height: 'auto', paddingBlock: 2 },
        label: { whiteSpace: 'normal', overflow: 'visible' },
      }}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}

/** The figure of the goal's year: value, its interval and count, or why there is none. */
function Figure({ goal }: { goal: GoalStatus }) {
  const { t, i18n } = useTranslation('goals');
  const unitWord = (unit: string) => t(`unitWords.${unit}`);
  if (!goal.hasFigure) return <Text size="sm">{t('noAreaFigure')}</Text>;
  const figure = goal.figure;
  if (!figure || (figure.value === null && !figure.suppressed)) return <Text size="sm">{t('noFigure')}</Text>;
  if (figure.suppressed) return <Text size="sm">{t(`reason.${figure.reason ?? 'small_group'}`)}</Text>;
  const interval = formatInterval(figure, goal.unit, i18n.language);
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {formatValue(figure.value, goal.unit, i18n.language, unitWord, figure.n)}
      </Text>
      {interval && (
        <Text size="xs" c="dimmed">
          {t('interval', { interval })}
        </Text>
      )}
    </Stack>
  );
}

function Baseline({ goal }: { goal: GoalStatus }) {
  const { t, i18n } = useTranslation('goals');
  if (goal.baselineYear === null) return '–';
  const figure = goal.baseline;
  const value = figure?.suppressed
    ? t(`reason.${figure.reason ?? 'small_group'}`)
    : formatValue(
        figure?.value ?? null,
        goal.unit,
        i18n.language,
        (u) => t(`unitWords.${u}`),
        figure?.n ?? null,
      );
  return t('baselineValue', { year: goal.baselineYear, value });
}

function GoalsTable({
  caption,
  indicators,
  onEdit,
  onDelete,
}: {
  caption: string;
  indicators: IndicatorGoals[];
  onEdit: (editing: Editing) => void;
  onDelete: (goal: GoalStatus) => void;
}) {
  const { t, i18n } = useTranslation('goals');
  const canWrite = useCan('goals.write');
  const unitWord = (unit: string) => t(`unitWords.${unit}`);
  const rows = indicators.flatMap((indicator): Row[] =>
    indicator.goals.length
      ? indicator.goals.map((goal, i) => ({ indicator, goal, first: i === 0 }))
      : [{ indicator, goal: null, first: true }],
  );
  const columns: Column<Row>[] = [
    {
      key: 'indicator',
      header: t('columns.indicator'),
      rowHeader: true,
      render: (r) => (
        // Each row links to the indicator's story; the first row of an indicator is where /goals#id lands.
        <Anchor
          component={Link}
          to={`/turn-the-curve/${r.indicator.id}`}
          id={r.first ? r.indicator.id : undefined}
        >
          {r.indicator.name}
        </Anchor>
      ),
    },
    {
      key: 'area',
      header: t('columns.area'),
      render: (r) => (r.goal ? (r.goal.areaName ?? t('wholeOrganisation')) : '–'),
    },
    {
      key: 'target',
      header: t('columns.target'),
      align: 'right',
      render: (r) =>
        r.goal ? (
          <span>
            {formatTarget(r.goal.target, r.goal.unit, i18n.language, unitWord)}
            <Text component="span" size="xs" c="dimmed" display="block">
              {r.indicator.higherIsBetter ? t('higherIsBetter') : t('lowerIsBetter')}
            </Text>
          </span>
        ) : (
          <Text size="sm" c="dimmed">
            {t('noGoal')}
          </Text>
        ),
    },
    {
      key: 'baseline',
      header: t('columns.baseline'),
      render: (r) => (r.goal ? <Baseline goal={r.goal} /> : '–'),
    },
    { key: 'value', header: t('columns.value'), render: (r) => (r.goal ? <Figure goal={r.goal} /> : '–') },
    {
      key: 'status',
      header: t('columns.status'),
      render: (r) =>
        r.goal?.status ? (
          <StatusBadge status={r.goal.status} />
        ) : r.goal ? (
          <Text size="sm" c="dimmed">
            {t('noStatus')}
          </Text>
        ) : (
          '–'
        ),
    },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      header: t('columns.actions'),
      align: 'right',
      render: (r) => {
        const name = r.goal
          ? `${r.indicator.name}, ${r.goal.areaName ?? t('wholeOrganisation')}`
          : r.indicator.name;
        if (!r.goal) {
          return (
            <Button
              size="compact-sm"
              variant="light"
              aria-label={t('setGoalFor', { name })}
              onClick={() => onEdit({ indicatorId: r.indicator.id })}
            >
              {t('setGoal')}
            </Button>
          );
        }
        const goal = r.goal;
        return (
          <Group gap={4} justify="flex-end" wrap="nowrap">
            <Button
              size="compact-sm"
              variant="default"
              aria-label={t('editGoalFor', { name })}
              onClick={() => onEdit({ goal, indicatorId: goal.indicatorId })}
            >
              {t('edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={t('deleteGoalFor', { name })}
              onClick={() => onDelete(goal)}
            >
              {t('delete')}
            </Button>
          </Group>
        );
      },
    });
  }
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={columns}
      rows={rows}
      rowKey={(r) => r.goal?.id ?? r.indicator.id}
    />
  );
}

/** A material area (h2), its focus areas (h3) each with a table of its indicators' goals. */
function MaterialAreaSection({
  area,
  year,
  onEdit,
  onDelete,
}: {
  area: MaterialArea;
  year: number;
  onEdit: (editing: Editing) => void;
  onDelete: (goal: GoalStatus) => void;
}) {
  const { t } = useTranslation('goals');
  const headingId = useId();
  const groups = [
    ...area.focusAreas.map((f) => ({ code: f.code, name: f.name, indicators: f.indicators })),
    ...(area.indicators.length
      ? [{ code: 'across', name: t('acrossFocusAreas'), indicators: area.indicators }]
      : []),
  ];
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {area.name}
      </Title>
      <Stack gap="lg">
        {groups.map((group) => (
          <section key={group.code} aria-labelledby={`${headingId}-${group.code}`}>
            <Title order={3} size="h4" id={`${headingId}-${group.code}`} mb="xs">
              {group.name}
            </Title>
            {group.indicators.length ? (
              <GoalsTable
                caption={t('tableCaption', { focusArea: group.name, year })}
                indicators={group.indicators}
                onEdit={onEdit}
                onDelete={onDelete}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t('noIndicators')}
              </Text>
            )}
          </section>
        ))}
      </Stack>
    </section>
  );
}

/**
 * "Mål": one page for every module's goals. The framework's material areas → focus areas →
 * indicators, for a chosen year, each with its goals (the whole organisation and per area), the
 * baseline, the published figure with its interval and the status; analysts and admins set, change
 * and delete goals here or import them.
 */
export default function GoalsPage() {
  const { t, i18n } = useTranslation('goals');
  const canWrite = useCan('goals.write');
  const thisYear = swedishYear();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const query = useQuery(goalQueries.overview(year, i18n.language));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<GoalStatus | null>(null);
  const location = useLocation();
  const years = yearsAround(thisYear);
  if (!years.includes(year)) years.push(year);

  // A link to /goals#safety_index lands on that indicator once the page has its figures.
  useEffect(() => {
    if (!query.data || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [query.data, location.hash]);

  const indicators = query.data?.materialAreas.flatMap((m) => [
    ...m.focusAreas.flatMap((f) => f.indicators.map((i) => ({ ...i, group: m.name }))),
    ...m.indicators.map((i) => ({ ...i, group: m.name })),
  ]);
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canWrite && (
            <>
              <Button onClick={() => setEditing({})}>{t('newGoal')}</Button>
              <Button component={Link} to="/goals/import" variant="default">
                {t('importLink')}
              </Button>
            </>
          )
        }
      />
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('year')}
          value={String(year)}
          onChange={(e) => setParams({ year: e.currentTarget.value }, { replace: true })}
          data={years.sort((a, b) => b - a).map(String)}
          w={120}
        />
        <Text size="sm" c="dimmed" maw={640}>
          {t('statusHint')}
        </Text>
      </Group>
      <QueryState query={query}>
        {(data) => (
          <Stack gap="xl" lang={data.language}>
            {data.materialAreas.map((area) => (
              <MaterialAreaSection
                key={area.code}
                area={area}
                year={data.year}
                onEdit={setEditing}
                onDelete={setDeleting}
              />
            ))}
          </Stack>
        )}
      </QueryState>
      {editing && indicators && (
        <GoalForm editing={editing} year={year} indicators={indicators} onClose={() => setEditing(null)} />
      )}
      {deleting && <DeleteGoalDialog goal={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}
