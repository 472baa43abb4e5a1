import { Alert, Anchor, Badge, Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate, formatDateTime, formatFigureCell } from '../../../shared/format';
import { swedishYear } from '../../../shared/time';
import { DataTable } from '../../../web/components/DataTable';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { YearSelect } from '../../../web/components/YearSelect';
import { safeNext } from '../../../web/safe-next';
import { areaQueries } from '../../areas/web';
import { EntriesTable } from './EntriesTable';
import { Fact } from './Fact';
import { formatValue } from './format';
import { indicatorQueries, type TraceJson, type TracePlace } from './queries';

/**
 * Back to where the user came from: the page named by `from` (only a path inside the app), else the
 * previous page in the history, else the framework.
 */
function BackLink({ from }: { from: string | null }) {
  const { t } = useTranslation('indicators');
  const navigate = useNavigate();
  if (from && safeNext(from) === from)
    return (
      <Anchor component={Link} to={from}>
        ← {t('trace.back')}
      </Anchor>
    );
  return (
    <Button
      variant="subtle"
      px={0}
      onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/indicators'))}
    >
      ← {t('trace.back')}
    </Button>
  );
}

function Definition({ trace }: { trace: TraceJson }) {
  const { t } = useTranslation('indicators');
  const { t: common } = useTranslation('common');
  const i = trace.indicator;
  return (
    <PanelSection id="trace-definition" title={t('trace.definition')}>
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={600}>{i.name}</Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {i.id}
          </Text>
          {i.manual && <Badge variant="light">{t('manualBadge')}</Badge>}
        </Group>
        <Text size="sm">{i.definition}</Text>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3 }} spacing="sm" m={0}>
          <Fact label={t('facts.unit')}>{t(`units.${i.unit}`)}</Fact>
          <Fact label={t('facts.polarity')}>
            {i.higherIsBetter ? t('polarity.higher') : t('polarity.lower')}
          </Fact>
          <Fact label={t('facts.frequency')}>{t(`frequency.${i.frequency}`)}</Fact>
          <Fact label={t('facts.owner')}>{common(`roles.${i.owner}`)}</Fact>
          <Fact label={t('trace.where')}>
            {trace.materialArea}
            {trace.focusArea ? ` → ${trace.focusArea}` : ''}
          </Fact>
          <Fact label={i.manual ? t('trace.enteredByHand') : t('trace.computedBy')}>
            {i.manual ? '–' : trace.module}
          </Fact>
        </SimpleGrid>
        <Text size="sm">
          {t('goals')}: {i.sdgGoals.map((g) => t('goal', { number: g.number, title: g.title })).join(' · ')}
          {i.sdgTargets.length > 0 && ` · ${t('targets')}: ${i.sdgTargets.map((s) => s.code).join(', ')}`}
        </Text>
      </Stack>
    </PanelSection>
  );
}

function Filters({ trace }: { trace: TraceJson }) {
  const { t, i18n } = useTranslation('indicators');
  const f = trace.filters;
  const day = (d: string) => formatDate(d, i18n.language, 'long');
  return (
    <PanelSection id="trace-filters" title={t('trace.filters')}>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm" m={0}>
        <Fact label={t('trace.organisation')}>{f.organisation}</Fact>
        <Fact label={t('trace.period')}>
          {t('trace.periodValue', { from: day(f.from), to: day(f.to), timeZone: f.timeZone })}
          {f.yearSoFar && ` · ${t('trace.yearSoFar')}`}
        </Fact>
        <Fact label={t('trace.area')}>
          {f.area
            ? `${f.area.name} (${f.area.code})`
            : f.district
              ? t('trace.districtValue', { name: f.district.name, areas: f.district.areas.length })
              : t('trace.wholeOrganisation')}
        </Fact>
      </SimpleGrid>
    </PanelSection>
  );
}

function Figure({ trace }: { trace: TraceJson }) {
  const { t, i18n } = useTranslation('indicators');
  const unit = trace.indicator.unit;
  const figure = trace.figure;
  const show = (v: number | null) => formatValue(v, unit, i18n.language);
  return (
    <PanelSection id="trace-figure" title={t('trace.figure')} hint={t('trace.rounding')}>
      {trace.withheld && <Alert variant="light">{t(`trace.withheld.${trace.withheld}`)}</Alert>}
      {figure?.suppressed && (
        <Alert variant="light">{t(`trace.hidden.${figure.reason ?? 'small_group'}`)}</Alert>
      )}
      {figure && !figure.suppressed && (
        <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="sm" m={0}>
          <Fact label={t('trace.value')}>
            <Text component="span" size="xl" fw={700}>
              {show(figure.value)}
            </Text>
          </Fact>
          <Fact label={t('trace.interval')}>
            {figure.ciLow === null || figure.ciHigh === null
              ? '–'
              : `${show(figure.ciLow)} – ${show(figure.ciHigh)}`}
          </Fact>
          <Fact label={t('trace.n')}>{figure.n === null ? '–' : figure.n.toLocaleString(i18n.language)}</Fact>
        </SimpleGrid>
      )}
    </PanelSection>
  );
}

function Counts({ trace }: { trace: TraceJson }) {
  const { t, i18n } = useTranslation('indicators');
  return (
    <PanelSection id="trace-counts" title={t('trace.counts')}>
      {trace.breakdowns.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trace.noCounts')}
        </Text>
      ) : (
        <Stack>
          {trace.breakdowns.map((table) => (
            <DataTable
              key={table.caption}
              caption={table.caption}
              columns={table.columns.map((header, k) => ({
                key: String(k),
                header,
                rowHeader: k === 0,
                align: k === 0 ? 'left' : 'right',
                // A table that says its units gets its shares as per cent; one that does not is shown as given.
                render: (row: (string | number | null)[]) =>
                  table.units ? formatFigureCell(row[k], table.units[k], i18n.language) : (row[k] ?? '–'),
              }))}
              rows={table.rows}
              rowKey={(row) => String(row[0])}
            />
          ))}
        </Stack>
      )}
    </PanelSection>
  );
}

function Sources({ trace }: { trace: TraceJson }) {
  const { t, i18n } = useTranslation('indicators');
  if (trace.indicator.manual)
    return (
      <PanelSection id="trace-sources" title={t('trace.sources')}>
        <EntriesTable
          caption={t('trace.entries')}
          entries={trace.entries}
          unit={trace.indicator.unit}
          empty={t('trace.noEntries')}
        />
      </PanelSection>
    );
  return (
    <PanelSection id="trace-sources" title={t('trace.sources')}>
      {trace.importKinds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trace.noImportKinds')}
        </Text>
      ) : (
        <DataTable
          caption={t('trace.imports')}
          rows={trace.imports}
          rowKey={(i) => i.id}
          empty={t('trace.noImports')}
          columns={[
            {
              key: 'at',
              header: t('trace.importedAt'),
              rowHeader: true,
              render: (i) => formatDateTime(i.changedAt, i18n.language),
            },
            { key: 'kind', header: t('trace.importKind'), render: (i) => i.kind },
            { key: 'file', header: t('trace.fileName'), render: (i) => i.fileName },
            {
              key: 'rows',
              header: t('trace.rows'),
              align: 'right',
              render: (i) => i.rows.toLocaleString(i18n.language),
            },
            {
              key: 'by',
              header: t('trace.importedBy'),
              render: (i) => i.changedBy?.name ?? t('trace.unknownPerson'),
            },
          ]}
        />
      )}
    </PanelSection>
  );
}

/**
 * The choice of year and place (the organisation, a district or an area), kept in the address so
 * the page can be linked and come back to.
 */
function Selection({ year, place }: { year: number; place: TracePlace }) {
  const { t } = useTranslation('indicators');
  const [params, setParams] = useSearchParams();
  const areas = useQuery(areaQueries.list());
  const set = (values: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(values)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const districts = new Map((areas.data ?? []).map((a) => [a.districtId, a.districtName]));
  // One select for the place: `district:<id>` or an area's id.
  const chosen = place.area ?? (place.district ? `district:${place.district}` : '');
  const choose = (value: string) =>
    value.startsWith('district:')
      ? set({ district: value.slice('district:'.length), area: null })
      : set({ area: value || null, district: null });
  return (
    <Group align="flex-end">
      <YearSelect label={t('fields.year')} value={year} onChange={(y) => set({ year: String(y) })} />
      <NativeSelect
        label={t('trace.area')}
        value={chosen}
        onChange={(e) => choose(e.currentTarget.value)}
        data={[
          { value: '', label: t('trace.wholeOrganisation') },
          ...[...districts].map(([id, name]) => ({
            value: `district:${id}`,
            label: t('trace.districtOption', { name }),
          })),
          ...(areas.data ?? []).map((a) => ({ value: a.id, label: a.name })),
        ]}
      />
    </Group>
  );
}

/** How a figure was computed: definition, selection, the figure, the counts behind it and its sources. */
export default function TracePage() {
  const { t, i18n } = useTranslation('indicators');
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : swedishYear();
  const place: TracePlace = { area: params.get('area'), district: params.get('district') };
  const query = useQuery(indicatorQueries.trace(id, year, place, i18n.language));
  return (
    <Stack>
      <BackLink from={params.get('from')} />
      <PageHeader
        title={t('trace.title')}
        description={query.data ? t('trace.description', { name: query.data.indicator.name }) : undefined}
      />
      <Selection year={year} place={place} />
      <QueryState query={query}>
        {(trace) => (
          <Stack gap="md" lang={i18n.language}>
            <Definition trace={trace} />
            <Filters trace={trace} />
            <Figure trace={trace} />
            <Counts trace={trace} />
            <Sources trace={trace} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
