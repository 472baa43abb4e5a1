import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatFigureCell, formatPercent } from '../../../shared/format';
import { DataTable } from '../../../web/components/DataTable';
import { PanelSection } from '../../../web/components/PanelSection';
import { TitledSection } from '../../../web/components/TitledSection';
import type { PaySurveyView } from './queries';

type Survey = PaySurveyView;
type Category = Survey['overall'];
type Flag = Category['flag'];

/** The page's number formats: SEK as published, shares as the layer rounded them. */
function useFormats() {
  const { t, i18n } = useTranslation('pay-survey');
  const lang = i18n.language;
  return {
    t,
    lang,
    sek: (v: number | null) => formatFigureCell(v, 'sek', lang),
    share: (v: number | null) => formatFigureCell(v, 'fraction', lang),
  };
}

/** The 5 % flag: a joint pay assessment due, explained, or under 5 %. */
export function FlagBadge({ flag }: { flag: Flag }) {
  const { t } = useTranslation('pay-survey');
  if (flag.assessment) return <Badge color="red.8">{t('flag.assessment')}</Badge>;
  if (flag.basic || flag.variable) return <Badge color="teal.8">{t('flag.explained')}</Badge>;
  return (
    <Badge color="gray.7" variant="light">
      {t('flag.none')}
    </Badge>
  );
}

/** A category's name, and under it why its figures are hidden when they are. */
function CategoryName({
  name,
  reason,
  threshold,
}: {
  name: string;
  reason: string | null;
  threshold: number;
}) {
  const { t } = useTranslation('pay-survey');
  return (
    <>
      {name}
      {reason && (
        <Text size="xs" c="dimmed" fw={400}>
          {t(`hidden.${reason}`, { threshold })}
        </Text>
      )}
    </>
  );
}

function comparisonColumns<T extends Category>(f: ReturnType<typeof useFormats>) {
  const { t } = f;
  return [
    {
      key: 'wMean',
      header: t('columns.womenMean'),
      align: 'right' as const,
      render: (c: T) => f.sek(c.basic.women.mean),
    },
    {
      key: 'wMedian',
      header: t('columns.womenMedian'),
      align: 'right' as const,
      render: (c: T) => f.sek(c.basic.women.median),
    },
    {
      key: 'mMean',
      header: t('columns.menMean'),
      align: 'right' as const,
      render: (c: T) => f.sek(c.basic.men.mean),
    },
    {
      key: 'mMedian',
      header: t('columns.menMedian'),
      align: 'right' as const,
      render: (c: T) => f.sek(c.basic.men.median),
    },
    {
      key: 'meanGap',
      header: t('columns.meanGap'),
      align: 'right' as const,
      render: (c: T) => f.share(c.basic.meanGap),
    },
    {
      key: 'medianGap',
      header: t('columns.medianGap'),
      align: 'right' as const,
      render: (c: T) => f.share(c.basic.medianGap),
    },
    { key: 'flag', header: t('columns.flag'), render: (c: T) => <FlagBadge flag={c.flag} /> },
  ];
}

/** Equal work: women's and men's pay level per work group, and the gaps. */
export function EqualWorkSection({ survey }: { survey: Survey }) {
  const f = useFormats();
  type Row = Survey['workGroups'][number];
  return (
    <PanelSection id="equal-work" title={f.t('equalWork.title')} hint={f.t('equalWork.hint')}>
      <DataTable<Row>
        caption={f.t('equalWork.caption', { year: survey.year })}
        rows={survey.workGroups}
        rowKey={(g) => g.key}
        columns={[
          {
            key: 'group',
            header: f.t('columns.group'),
            rowHeader: true,
            render: (g) => (
              <CategoryName name={g.workGroup} reason={g.basic.reason} threshold={survey.threshold} />
            ),
          },
          { key: 'level', header: f.t('columns.level'), align: 'right', render: (g) => g.level },
          ...comparisonColumns<Row>(f),
        ]}
      />
    </PanelSection>
  );
}

/** Work of equal value: per level, and women-dominated groups against those valued the same or lower. */
export function EqualValueSection({ survey }: { survey: Survey }) {
  const f = useFormats();
  type Level = Survey['levels'][number];
  type Pair = Survey['equalValue'][number];
  return (
    <PanelSection id="equal-value" title={f.t('equalValue.title')} hint={f.t('equalValue.hint')}>
      <Stack>
        <DataTable<Level>
          caption={f.t('equalValue.levelCaption', { year: survey.year })}
          rows={survey.levels}
          rowKey={(l) => l.key}
          columns={[
            {
              key: 'level',
              header: f.t('columns.level'),
              rowHeader: true,
              render: (l) => (
                <CategoryName name={String(l.level)} reason={l.basic.reason} threshold={survey.threshold} />
              ),
            },
            ...comparisonColumns<Level>(f),
          ]}
        />
        <DataTable<Pair>
          caption={f.t('equalValue.comparisonCaption')}
          rows={survey.equalValue}
          rowKey={(c) => `${c.womenGroup}|${c.otherGroup}`}
          empty={f.t('equalValue.noComparisons')}
          columns={[
            {
              key: 'women',
              header: f.t('columns.womenGroup'),
              rowHeader: true,
              render: (c) => `${c.womenGroup} (${c.womenGroupLevel})`,
            },
            {
              key: 'wMean',
              header: f.t('columns.womenMean'),
              align: 'right',
              render: (c) => f.sek(c.womenGroupMean),
            },
            {
              key: 'other',
              header: f.t('columns.otherGroup'),
              render: (c) => `${c.otherGroup} (${c.otherGroupLevel})`,
            },
            {
              key: 'oMean',
              header: f.t('columns.menMean'),
              align: 'right',
              render: (c) => f.sek(c.otherGroupMean),
            },
            {
              key: 'flag',
              header: f.t('columns.flag'),
              render: (c) =>
                c.lowerPaid ? (
                  <Badge color="red.8">{f.t('equalValue.lowerPaid')}</Badge>
                ) : (
                  <Text size="sm">{f.t('equalValue.notLowerPaid')}</Text>
                ),
            },
          ]}
        />
      </Stack>
    </PanelSection>
  );
}

/** The EU metrics a–g: the organisation's gaps and shares, the pay quartiles, the gap per category. */
export function EuMetricsSection({ survey }: { survey: Survey }) {
  const f = useFormats();
  const { overall } = survey;
  const metrics: [string, number | null][] = [
    ['a', overall.basic.meanGap],
    ['b', overall.variable.meanGap],
    ['c', overall.basic.medianGap],
    ['d', overall.variable.medianGap],
    ['eWomen', overall.receivingVariable.women],
    ['eMen', overall.receivingVariable.men],
  ];
  type Quartile = Survey['quartiles'][number];
  const categories = [
    { ...overall, name: f.t('eu.organisation') },
    ...survey.workGroups.map((g) => ({ ...g, name: f.t('eu.workGroup', { name: g.workGroup }) })),
    ...survey.levels.map((l) => ({ ...l, name: f.t('eu.level', { level: l.level }) })),
  ];
  type Row = (typeof categories)[number];
  return (
    <PanelSection id="eu-metrics" title={f.t('eu.title')} hint={f.t('eu.hint')}>
      <Stack>
        <DataTable<[string, number | null]>
          caption={f.t('eu.caption', { year: survey.year })}
          rows={metrics}
          rowKey={([key]) => key}
          columns={[
            { key: 'metric', header: f.t('eu.metric'), rowHeader: true, render: ([key]) => f.t(`eu.${key}`) },
            { key: 'value', header: f.t('eu.value'), align: 'right', render: ([, value]) => f.share(value) },
          ]}
        />
        <DataTable<Quartile>
          caption={f.t('eu.quartileCaption')}
          rows={survey.quartiles}
          rowKey={(q) => String(q.quartile)}
          columns={[
            {
              key: 'quartile',
              header: f.t('columns.quartile'),
              rowHeader: true,
              render: (q) => (
                <CategoryName name={`Q${q.quartile}`} reason={q.reason} threshold={survey.threshold} />
              ),
            },
            {
              key: 'w',
              header: f.t('columns.womenShare'),
              align: 'right',
              render: (q) => f.share(q.womenShare),
            },
            { key: 'm', header: f.t('columns.menShare'), align: 'right', render: (q) => f.share(q.menShare) },
            {
              key: 'aw',
              header: f.t('columns.ofAllWomen'),
              align: 'right',
              render: (q) => f.share(q.ofAllWomen),
            },
            {
              key: 'am',
              header: f.t('columns.ofAllMen'),
              align: 'right',
              render: (q) => f.share(q.ofAllMen),
            },
          ]}
        />
        <DataTable<Row>
          caption={f.t('eu.categoryCaption')}
          rows={categories}
          rowKey={(c) => c.key}
          columns={[
            {
              key: 'category',
              header: f.t('columns.category'),
              rowHeader: true,
              render: (c) => (
                <CategoryName name={c.name} reason={c.basic.reason} threshold={survey.threshold} />
              ),
            },
            {
              key: 'basic',
              header: f.t('columns.meanGap'),
              align: 'right',
              render: (c) => f.share(c.basic.meanGap),
            },
            {
              key: 'variable',
              header: f.t('columns.variableGap'),
              align: 'right',
              render: (c) => f.share(c.variable.meanGap),
            },
            { key: 'flag', header: f.t('columns.flag'), render: (c) => <FlagBadge flag={c.flag} /> },
          ]}
        />
      </Stack>
    </PanelSection>
  );
}

/** The adjusted gap with its interval, and what it means in plain words. */
export function AdjustedGapSection({ survey }: { survey: Survey }) {
  const f = useFormats();
  const { adjusted } = survey;
  // The interval's bounds are published to the same step as the value: as many decimals as it has.
  const digits = adjusted.n !== null && adjusted.n >= 100 ? 1 : 0;
  const pct = (v: number | null) => formatPercent(v, f.lang, digits);
  return (
    <PanelSection id="adjusted-gap" title={f.t('adjusted.title')}>
      {adjusted.reason ? (
        <Text>{f.t(`hidden.${adjusted.reason}`, { threshold: survey.threshold })}</Text>
      ) : adjusted.value === null ? (
        <Text>{f.t('adjusted.none')}</Text>
      ) : (
        <TitledSection
          id="adjusted-value"
          order={3}
          title={f.t('adjusted.value', { value: pct(adjusted.value) })}
        >
          <Text>{f.t('adjusted.interval', { low: pct(adjusted.low), high: pct(adjusted.high) })}</Text>
          <Text size="sm" c="dimmed" mt="xs">
            {f.t('adjusted.explain', { value: pct(adjusted.value) })}
          </Text>
        </TitledSection>
      )}
    </PanelSection>
  );
}
