import { Anchor, Breadcrumbs, Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadMenu } from '../../../web/components/DownloadMenu';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { CommentsSection } from './CommentsSection';
import { CompareSection } from './CompareSection';
import { DriversSection } from './DriversSection';
import { count, interval, percent, responseRate, shareDigits } from './format';
import { MapSection } from './MapSection';
import { QuestionsSection } from './QuestionsSection';
import {
  type Granularity,
  type GroupResultDto,
  periodOptions,
  type SummaryDto,
  safetyQueries,
  trendRange,
} from './queries';
import { StatusBadge } from './StatusBadge';
import { TrendSection } from './TrendSection';

/** "Trygghetsindex": the index for a period and a group, drilled down organisation → district → area. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation('safety-index');
  const me = useMe();
  const months = useQuery(safetyQueries.months());
  const [granularity, setGranularity] = useState<Granularity>('year');
  const [period, setPeriod] = useState<string | null>(null);
  const [groupId, setGroupId] = useState('organisation');
  const options = useMemo(() => periodOptions(months.data ?? [], granularity), [months.data, granularity]);

  useEffect(() => {
    if (!period || !options.includes(period)) setPeriod(options[0] ?? null);
  }, [options, period]);

  const summary = useQuery({ ...safetyQueries.summary(period ?? ''), enabled: period !== null });

  if (months.isPending) return <PageLoader />;
  if (months.error) return <ErrorAlert error={months.error} />;

  const groups = summary.data?.groups ?? [];
  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  // An area is compared with the other areas of its district; other groups with the groups under them.
  // A host sees only their own areas (no district or organisation rows): those, side by side.
  const compareParent =
    (group?.level === 'area' ? groups.find((g) => g.id === group.parentId) : group) ?? null;
  const children = compareParent
    ? groups.filter((g) => g.parentId === compareParent.id)
    : groups.filter((g) => g.level === 'area');
  const trail = group ? ancestry(groups, group) : [];
  const range = period ? trendRange(granularity, period) : null;
  const exportUrl = (view: ExportView, format: 'csv' | 'xlsx') => {
    const params = new URLSearchParams({
      period: period ?? '',
      view,
      // The tables on screen: the compared groups and the map's areas; questions and trend: the chosen group.
      group: (view === 'groups' || view === 'areas' ? compareParent?.id : group?.id) ?? 'organisation',
      format,
      lang: i18n.language === 'en' ? 'en' : 'sv',
      granularity,
      ...(range ?? {}),
    });
    return `/api/v1/safety-index/export?${params}`;
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.description')}
        actions={period && <DownloadMenu label={t('dashboard.export')} files={exportFiles(exportUrl, t)} />}
      />
      <PeriodPicker
        granularity={granularity}
        onGranularity={setGranularity}
        options={options}
        period={period}
        onPeriod={setPeriod}
      />
      {granularity === 'rolling12' && (
        <Text size="sm" c="dimmed">
          {t('dashboard.rollingHint')}
        </Text>
      )}
      {options.length === 0 && <Text c="dimmed">{t('dashboard.noData')}</Text>}
      {summary.error && <ErrorAlert error={summary.error} />}
      {group && period && summary.data && (
        <>
          <DrillTrail trail={trail} current={group} onOpen={setGroupId} />
          <KeyFigures group={group} summary={summary.data} language={i18n.language} />
          <TrendSection
            group={group}
            granularity={granularity}
            period={period}
            groupLabel={label(group, t)}
          />
          <MapSection
            parent={compareParent}
            allGroups={groups}
            min={summary.data.threshold}
            onOpen={setGroupId}
            mapTileUrl={me.mapTileUrl}
          />
          <CompareSection parent={compareParent} items={children} onOpen={setGroupId} />
          <QuestionsSection period={period} group={group.id} />
          <DriversSection period={period} group={group.id} />
          {me.permissions.includes('safety-index.comments') && (
            <CommentsSection period={period} group={group.id} />
          )}
        </>
      )}
    </Stack>
  );
}

type ExportView = 'groups' | 'areas' | 'questions' | 'trend';

// Keys written out so the translation files can be searched for them.
const exportLabels: [ExportView, string, string][] = [
  ['groups', 'dashboard.exportGroups', 'dashboard.exportGroupsXlsx'],
  ['areas', 'dashboard.exportAreas', 'dashboard.exportAreasXlsx'],
  ['questions', 'dashboard.exportQuestions', 'dashboard.exportQuestionsXlsx'],
  ['trend', 'dashboard.exportTrend', 'dashboard.exportTrendXlsx'],
];

/** Each table on the page as CSV and as XLSX, in the order the menu lists them. */
function exportFiles(url: (view: ExportView, format: 'csv' | 'xlsx') => string, t: (key: string) => string) {
  return exportLabels.flatMap(([view, csv, xlsx]) => [
    { label: t(csv), href: url(view, 'csv') },
    { label: t(xlsx), href: url(view, 'xlsx') },
  ]);
}

/** Year, quarter, month or rolling twelve months, and which one of them. */
function PeriodPicker({
  granularity,
  onGranularity: setGranularity,
  options,
  period,
  onPeriod: setPeriod,
}: {
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
  options: string[];
  period: string | null;
  onPeriod: (period: string | null) => void;
}) {
  const { t } = useTranslation('safety-index');
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="si-granularity">
          {t('dashboard.granularity')}
        </Text>
        <SegmentedControl
          aria-labelledby="si-granularity"
          value={granularity}
          onChange={(v) => setGranularity(v as Granularity)}
          data={(['year', 'quarter', 'month', 'rolling12'] as const).map((g) => ({
            value: g,
            label: t(`dashboard.${g}`),
          }))}
          style={{ maxWidth: '100%', flexWrap: 'wrap' }}
        />
      </Stack>
      <Select
        label={t('dashboard.period')}
        data={options.map((o) => ({
          value: o,
          label: o.startsWith('R12:') ? t('dashboard.rollingTo', { month: o.slice(4) }) : o,
        }))}
        value={period}
        onChange={setPeriod}
        allowDeselect={false}
        w={200}
      />
    </Group>
  );
}

/** Organisation › district › area down to the chosen group; the ones above it open on click. */
function DrillTrail({
  trail,
  current,
  onOpen,
}: {
  trail: GroupResultDto[];
  current: GroupResultDto;
  onOpen: (groupId: string) => void;
}) {
  const { t } = useTranslation('safety-index');
  return (
    <nav aria-label={t('dashboard.drill')}>
      <Breadcrumbs separator="›">
        {trail.map((g) =>
          g.id === current.id ? (
            <Text key={g.id} fw={600} aria-current="page">
              {label(g, t)}
            </Text>
          ) : (
            <Anchor key={g.id} component="button" type="button" onClick={() => onOpen(g.id)}>
              {label(g, t)}
            </Anchor>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}

function label(g: GroupResultDto, t: (key: string) => string) {
  return g.level === 'organisation' ? t('dashboard.organisation') : g.name;
}

function ancestry(groups: GroupResultDto[], group: GroupResultDto): GroupResultDto[] {
  const out = [group];
  let at = group;
  while (at.parentId) {
    const parent = groups.find((g) => g.id === at.parentId);
    if (!parent) break;
    out.unshift(parent);
    at = parent;
  }
  return out;
}

function KeyFigures({
  group,
  summary,
  language,
}: {
  group: GroupResultDto;
  summary: SummaryDto;
  language: string;
}) {
  const { t } = useTranslation('safety-index');
  const digits = shareDigits(group.respondents);
  const d = summary.definition;
  const version = d.pooled
    ? t('dashboard.versionsPooled', { versions: d.versions.join(', ') })
    : d.fromMonth
      ? t('dashboard.versionFrom', { versions: d.versions.join(', '), month: d.fromMonth })
      : null;
  return (
    <PanelSection id="si-key-figures" title={t('dashboard.index')}>
      {group.reason ? (
        <Stack gap={4}>
          <Text fz="xl" fw={700}>
            {t(`reason.${group.reason}`)}
          </Text>
          <Text size="sm" c="dimmed">
            {group.reason === 'small_group'
              ? t('dashboard.tooFewHint', { min: summary.threshold })
              : t('dashboard.hiddenHint')}
          </Text>
        </Stack>
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Figure label={t('dashboard.index')} value={percent(group.value, language, digits)} />
            <Figure
              label={t('dashboard.interval')}
              value={interval(group.low, group.high, language, digits)}
            />
            <Figure label={t('dashboard.respondents')} value={count(group.respondents, language)} />
            <Figure label={t('dashboard.responseRate')} value={responseRate(group, language, t)} />
            <Figure
              label={t('dashboard.target')}
              value={group.target === null ? '–' : percent(group.target, language, 0)}
              extra={group.status && <StatusBadge status={group.status} />}
            />
            {group.change && <Figure label={t('dashboard.change')} value={t(`changes.${group.change}`)} />}
            {group.changeVsTarget && (
              <Figure label={t('dashboard.changeVsTarget')} value={t(`vsTarget.${group.changeVsTarget}`)} />
            )}
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {group.level === 'area' ? t('dashboard.methodArea') : t(`dashboard.method.${group.method}`)}
            {group.interval === 'wilson' ? ` · ${t('dashboard.wilson')}` : ''}
            {version ? ` · ${version}` : ''}
          </Text>
        </Stack>
      )}
    </PanelSection>
  );
}

function Figure({ label, value, extra }: { label: string; value: string; extra?: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="lg" fw={700}>
        {value}
      </Text>
      {extra}
    </Stack>
  );
}
