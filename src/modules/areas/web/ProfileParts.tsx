import { Anchor, Box, Group, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { sharePercent } from '../../../shared/format';
import { DataTable } from '../../../web/components/DataTable';
import { EChart, type EChartsOption } from '../../../web/components/EChart';
import { FigureCard } from '../../../web/components/FigureCard';
import { TitledSection } from '../../../web/components/TitledSection';
import { formatFigure, type UnitWords } from './profile-format';
import type { ProfileFigure, ProfilePoint, ProfileSection, ProfileSeries } from './queries';
import { figureColumns, type SectionTableData, sectionCellText } from './section-table';

/** The place a profile is about: the trace page narrows a figure's computation to it. */
export type ProfilePlace = { kind: 'area' | 'district'; id: string; year: number };

/**
 * Where "how this figure was computed" is: the indicator's trace page for the year and place, with
 * the way back to this page (`from`).
 */
export function traceHref(indicatorId: string, place: ProfilePlace, from: string): string {
  const params = new URLSearchParams({ year: String(place.year) });
  params.set(place.kind === 'area' ? 'area' : 'district', place.id);
  params.set('from', from);
  return `/indicators/${encodeURIComponent(indicatorId)}/trace?${params.toString()}`;
}

function useUnitWords(): UnitWords {
  const { t } = useTranslation('areas');
  return {
    days: t('profile.units.days'),
    hours: t('profile.units.hours'),
    per1000: t('profile.units.per1000'),
  };
}

/** A figure's card: its value formatted in the UI language, its note, and the link to its computation. */
function ProfileFigureCard({ figure, place }: { figure: ProfileFigure; place: ProfilePlace }) {
  const { t, i18n } = useTranslation('areas');
  const words = useUnitWords();
  const location = useLocation();
  const from = `${location.pathname}${location.search}`;
  const note = figure.suppressed ? t(`profile.hidden.${figure.reason ?? 'small_group'}`) : figure.note;
  return (
    <FigureCard
      label={figure.label}
      value={formatFigure(figure.value, figure.unit, i18n.language, words)}
      note={
        <>
          {note}
          {figure.indicatorId && (
            <>
              {note && ' '}
              <Anchor
                component={Link}
                to={traceHref(figure.indicatorId, place, from)}
                size="xs"
                // Underlined: inside the note's text a link must not be told apart by colour alone.
                underline="always"
                aria-label={t('profile.traceOf', { label: figure.label })}
              >
                {t('profile.trace')}
              </Anchor>
            </>
          )}
        </>
      }
    />
  );
}

function FigureGrid({ figures, place }: { figures: ProfileFigure[]; place: ProfilePlace }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      {figures.map((figure) => (
        <ProfileFigureCard key={figure.label} figure={figure} place={place} />
      ))}
    </SimpleGrid>
  );
}

/** A point's value in words: a hidden one says why, a share in per cent, a grade by its name. */
function usePointText() {
  const { t, i18n } = useTranslation('areas');
  const words = useUnitWords();
  return (series: ProfileSeries, point: ProfilePoint) => {
    if (point.suppressed) return t(`profile.hidden.${point.reason ?? 'small_group'}`);
    if (series.kind === 'strip')
      return point.text ?? (point.value === null ? t('profile.noGrade') : String(point.value));
    return formatFigure(point.value, series.unit, i18n.language, words);
  };
}

type TrendRow = { period: string; value: string; interval: string };

/** A trend over the years: the values joined, the interval as a band (low and high), the same numbers as a table. */
function TrendChart({ series }: { series: ProfileSeries }) {
  const { t, i18n } = useTranslation('areas');
  const words = useUnitWords();
  const text = usePointText();
  const percent = series.unit === 'fraction';
  const option = useMemo<EChartsOption>(() => {
    const scale = (v: number | null | undefined) =>
      v === null || v === undefined ? null : percent ? sharePercent(v) : v;
    const periods = series.points.map((p) => p.period);
    const low = series.points.map((p) => scale(p.low));
    const band = series.points.map((p) =>
      p.low === null || p.low === undefined || p.high === null || p.high === undefined
        ? null
        : (scale(p.high) ?? 0) - (scale(p.low) ?? 0),
    );
    return {
      grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: periods },
      yAxis: percent
        ? {
            type: 'value',
            max: 100,
            min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 10) * 10 - 10),
            axisLabel: { formatter: '{value} %' },
          }
        : { type: 'value' },
      series: [
        {
          type: 'line',
          stack: 'band',
          data: low,
          lineStyle: { opacity: 0 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
        },
        {
          type: 'line',
          stack: 'band',
          data: band,
          lineStyle: { opacity: 0 },
          areaStyle: { color: '#a5c8ec', opacity: 0.6 },
          symbol: 'none',
          silent: true,
          tooltip: { show: false },
        },
        {
          type: 'line',
          name: series.label,
          data: series.points.map((p) => scale(p.value)),
          connectNulls: false,
          itemStyle: { color: '#1c5d99' },
          lineStyle: { width: 2 },
        },
      ],
    };
  }, [series, percent]);
  const interval = (p: ProfilePoint) =>
    p.low === null || p.low === undefined || p.high === null || p.high === undefined
      ? '–'
      : `${formatFigure(p.low, series.unit, i18n.language, words)} – ${formatFigure(p.high, series.unit, i18n.language, words)}`;
  const rows: TrendRow[] = series.points.map((p) => ({
    period: p.period,
    value: text(series, p),
    interval: interval(p),
  }));
  return (
    <EChart
      option={option}
      height={200}
      ariaLabel={t('profile.trendLabel', { label: series.label })}
      table={{
        caption: series.label,
        captionHidden: true,
        columns: [
          { key: 'period', header: t('profile.period'), render: (r) => r.period, rowHeader: true },
          { key: 'value', header: t('profile.value'), render: (r) => r.value, align: 'right' },
          { key: 'interval', header: t('profile.interval'), render: (r) => r.interval, align: 'right' },
        ],
        rows,
        rowKey: (r) => r.period,
      }}
    />
  );
}

/** Black or white text, whichever reads better on the cell's colour. */
function textOn(colour: string | undefined): string {
  const m = /^#([0-9a-f]{6})$/i.exec(colour ?? '');
  if (!m) return '#212529';
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** "2026-W07" → "v. 7" (sv) / "w. 7" (en). */
function weekLabel(period: string, prefix: string): string {
  const m = /-W(\d{2})$/.exec(period);
  return m ? `${prefix} ${Number(m[1])}` : period;
}

/** One coloured cell per week with its grade written in it; the week and grade name are read out. */
function GradeStrip({ series }: { series: ProfileSeries }) {
  const { t } = useTranslation('areas');
  const text = usePointText();
  const prefix = t('profile.weekShort');
  return (
    <Box>
      <Text size="sm" fw={600} mb={4}>
        {series.label}
      </Text>
      <Group component="ol" gap={2} className="gs-plain-list" aria-label={series.label} wrap="wrap">
        {series.points.map((p) => (
          <Box
            component="li"
            key={p.period}
            title={`${weekLabel(p.period, prefix)}: ${text(series, p)}`}
            style={{
              width: 22,
              height: 24,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              fontSize: 12,
              fontWeight: 700,
              background: p.colour ?? '#f1f3f5',
              color: textOn(p.colour ?? '#f1f3f5'),
              border: '1px solid #adb5bd',
            }}
          >
            <VisuallyHidden>{`${weekLabel(p.period, prefix)}: ${text(series, p)}`}</VisuallyHidden>
            <span aria-hidden>{p.value ?? '·'}</span>
          </Box>
        ))}
      </Group>
    </Box>
  );
}

function SeriesView({ series }: { series: ProfileSeries }) {
  return series.kind === 'line' ? (
    <Box>
      <Text size="sm" fw={600}>
        {series.label}
      </Text>
      <TrendChart series={series} />
    </Box>
  ) : (
    <GradeStrip series={series} />
  );
}

/**
 * The one-screen summary at the top of a profile: every section's summary figures, then its
 * summary charts (the safety index over the years, the EST grades over the weeks).
 */
export function ProfileSummary({ sections, place }: { sections: ProfileSection[]; place: ProfilePlace }) {
  const { t } = useTranslation('areas');
  const figures = sections.flatMap((s) => s.figures.filter((f) => f.summary));
  const charts = sections.flatMap((s) =>
    (s.series ?? []).filter((x) => x.summary).map((x) => ({ module: s.module, series: x })),
  );
  const lines = charts.filter((c) => c.series.kind === 'line');
  const strips = charts.filter((c) => c.series.kind === 'strip');
  return (
    <TitledSection id="profile-summary" order={2} title={t('profile.summary')}>
      <Stack gap="sm">
        <FigureGrid figures={figures} place={place} />
        {charts.length > 0 && (
          <SimpleGrid cols={{ base: 1, md: lines.length && strips.length ? 2 : 1 }} spacing="md">
            {lines.length > 0 && (
              <Stack gap="xs">
                {lines.map((c) => (
                  <SeriesView key={`${c.module}-${c.series.key}`} series={c.series} />
                ))}
              </Stack>
            )}
            {strips.length > 0 && (
              <Stack gap="xs">
                {strips.map((c) => (
                  <SeriesView key={`${c.module}-${c.series.key}`} series={c.series} />
                ))}
              </Stack>
            )}
          </SimpleGrid>
        )}
      </Stack>
    </TitledSection>
  );
}

/** Jump links to the sections: the details are long. */
export function ProfileContents({ sections }: { sections: ProfileSection[] }) {
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

/** The details: the section's figures, its series as tables (no second chart), and its tables. */
export function ProfileSectionView({ section, place }: { section: ProfileSection; place: ProfilePlace }) {
  const { t } = useTranslation('areas');
  const text = usePointText();
  const empty = section.figures.length === 0 && !section.tables?.length;
  return (
    <TitledSection id={headingId(section)} order={2} title={section.title}>
      <Stack gap="sm">
        {empty && <Text c="dimmed">{t('profile.empty')}</Text>}
        {section.figures.length > 0 && <FigureGrid figures={section.figures} place={place} />}
        {section.series
          ?.filter((s) => s.kind === 'line')
          .map((s) => (
            <SectionTable
              key={s.key}
              table={{
                caption: s.label,
                columns: [t('profile.period'), t('profile.value')],
                rows: s.points.map((p) => [p.period, text(s, p)]),
              }}
            />
          ))}
        {section.tables?.map((table) => (
          <SectionTable key={table.caption} table={table} />
        ))}
      </Stack>
    </TitledSection>
  );
}

type Row = { key: string; cells: (string | number | null)[] };

/** A module's table; the first column names the row, columns of figures align right. */
function SectionTable({ table }: { table: SectionTableData }) {
  const { i18n } = useTranslation('areas');
  const rows: Row[] = table.rows.map((cells, i) => ({ key: String(i), cells }));
  const numeric = figureColumns(table);
  return (
    <DataTable
      caption={table.caption}
      columns={table.columns.map((header, c) => ({
        key: String(c),
        header,
        rowHeader: c === 0,
        align: numeric[c] ? 'right' : 'left',
        render: (row: Row) => sectionCellText(table, c, row.cells[c] ?? null, i18n.language),
      }))}
      rows={rows}
      rowKey={(row) => row.key}
    />
  );
}

/** A facts list ("Stadsdel: Bäckby", "Hushåll: 1 234"); a value may be a link. */
export function Facts({ facts }: { facts: [string, ReactNode][] }) {
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
