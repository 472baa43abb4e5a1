import { Group, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../web/components/DataTable';
import { formatNumber } from '../../../web/components/format';
import type { Picture } from './queries';

type PictureArea = Picture['areas'][number];

export const levelOf = (p: Picture, level: number | null) => p.levels.find((l) => l.level === level);

/** "2 Förhöjd oro", or the fallback when not graded. */
export function levelLabel(p: Picture, level: number | null, en: boolean, fallback: string) {
  const l = levelOf(p, level);
  return l ? `${l.level} ${en ? l.nameEn : l.nameSv}` : fallback;
}

/** The last weeks' grades as small squares in the grade colours, with the same in words for screen readers. */
function GradeHistory({ picture, area }: { picture: Picture; area: PictureArea }) {
  const { t } = useTranslation('situation');
  // The seven weeks before and this week, so the squares end where the grade column stands.
  const recent = [...area.history.slice(-7), { week: picture.week, level: area.level }];
  const words = recent.map((h) => `${h.week.slice(5)}: ${h.level ?? t('picture.notGradedShort')}`).join(', ');
  return (
    <Group gap={2} wrap="nowrap" title={words}>
      {recent.map((h) => (
        <span
          key={h.week}
          aria-hidden
          style={{
            width: 8,
            height: 12,
            display: 'inline-block',
            background: levelOf(picture, h.level)?.colour ?? '#dee2e6',
            border: '1px solid #868e96',
          }}
        />
      ))}
      <VisuallyHidden>{t('picture.history', { weeks: recent.length, list: words })}</VisuallyHidden>
    </Group>
  );
}

/** Grade, trend, incidents against the baseline, presence hours and Grannskap's proposal per area. */
export function AreaTable({ picture: p }: { picture: Picture }) {
  const { t, i18n } = useTranslation('situation');
  const en = i18n.language === 'en';
  const n = (x: number) => formatNumber(x, i18n.language);
  const levelName = (level: number | null) => levelLabel(p, level, en, t('picture.notGraded'));
  return (
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
                {levelName(a.level)}
              </Text>
              {a.rationale && (
                <Text size="xs" c="dimmed">
                  {a.rationale}
                </Text>
              )}
            </Stack>
          ),
        },
        {
          key: 'trend',
          header: t('picture.trend'),
          render: (a) => (
            <Stack gap={2}>
              <Text size="sm">{a.trend ? t(`picture.trend_${a.trend}`) : '–'}</Text>
              <GradeHistory picture={p} area={a} />
            </Stack>
          ),
        },
        { key: 'total', header: t('picture.incidents'), render: (a) => a.total, align: 'right' },
        {
          key: 'base',
          header: t('picture.baseline'),
          render: (a) => n(a.proposal.baselineMean),
          align: 'right',
        },
        {
          key: 'presence',
          header: t('picture.presence'),
          render: (a) => (
            <Stack gap={0} align="flex-end">
              <Text size="sm">{n(a.presence.hours)}</Text>
              <Text size="xs" c="dimmed">
                {t('picture.presenceCompared', {
                  previous: n(a.presence.previousHours),
                  mean: n(a.presence.baselineMean),
                })}
              </Text>
            </Stack>
          ),
          align: 'right',
        },
        {
          key: 'proposal',
          header: t('picture.proposal'),
          render: (a) => (
            <Text size="sm">
              {levelName(a.proposal.level)}
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
  );
}

/** Counts by category against the 12-week baseline, for all areas together or one chosen area. */
export function CategoryTable({ picture: p }: { picture: Picture }) {
  const { t, i18n } = useTranslation('situation');
  const en = i18n.language === 'en';
  const [areaId, setAreaId] = useState<string>('all');
  const chosen = areaId === 'all' ? p.areas : p.areas.filter((a) => a.id === areaId);
  const sums = new Map<string, { count: number; baselineMean: number }>();
  for (const a of chosen) {
    for (const c of a.byCategory) {
      const s = sums.get(c.categoryId) ?? { count: 0, baselineMean: 0 };
      s.count += c.count;
      s.baselineMean += c.baselineMean;
      sums.set(c.categoryId, s);
    }
  }
  const rows = p.categories
    .filter((c) => sums.has(c.id))
    .map((c) => ({ id: c.id, name: en ? c.nameEn : c.nameSv, positive: c.positive, ...sums.get(c.id)! }));
  const where = areaId === 'all' ? t('picture.allAreas') : (chosen[0]?.name ?? '');
  return (
    <Stack gap="xs">
      <Select
        label={t('picture.categoryArea')}
        data={[
          { value: 'all', label: t('picture.allAreas') },
          ...p.areas.map((a) => ({ value: a.id, label: a.name })),
        ]}
        value={areaId}
        onChange={(v) => setAreaId(v ?? 'all')}
        allowDeselect={false}
        searchable
        maw={360}
      />
      <DataTable
        caption={t('picture.byCategoryIn', { where })}
        rows={rows}
        rowKey={(r) => r.id}
        empty={t('picture.none')}
        columns={[
          {
            key: 'cat',
            header: t('picture.category'),
            render: (r) => (r.positive ? `${r.name} (${t('picture.positive')})` : r.name),
            rowHeader: true,
          },
          { key: 'n', header: t('picture.count'), render: (r) => r.count, align: 'right' },
          {
            key: 'base',
            header: t('picture.baseline'),
            render: (r) => formatNumber(r.baselineMean, i18n.language),
            align: 'right',
          },
          {
            key: 'diff',
            header: t('picture.difference'),
            render: (r) => {
              const d = r.count - r.baselineMean;
              return `${d > 0 ? '+' : ''}${formatNumber(d, i18n.language)}`;
            },
            align: 'right',
          },
        ]}
      />
    </Stack>
  );
}
