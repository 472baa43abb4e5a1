import { Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { YearSelect } from '../../../web/components/YearSelect';
import { CurveSection } from './CurveSection';
import { LinkedWorkSection } from './LinkedWorkSection';
import { type Curve, curveQueries } from './queries';
import { StorySection } from './StorySection';

/** The year in the address (?year=), else the current one. */
function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= swedishYear() ? asked : swedishYear();
  return [
    year,
    (next) =>
      setParams((p) => {
        p.set('year', String(next));
        return p;
      }),
  ];
}

/** What kind of figure it is: unit, polarity, how often it comes in, who answers for it. */
function Facts({ curve }: { curve: Curve }) {
  const { t } = useTranslation('turn-the-curve');
  const { indicator } = curve;
  return (
    <Group gap="xs">
      <Badge variant="light">{t(`units.${indicator.unit}`)}</Badge>
      <Badge variant="light" color={indicator.higherIsBetter ? 'teal' : 'grape'}>
        {indicator.higherIsBetter ? t('polarity.higher') : t('polarity.lower')}
      </Badge>
      <Badge variant="outline">{t(`frequency.${indicator.frequency}`)}</Badge>
      <Badge variant="outline">{t('owner', { role: t(`roles.${indicator.owner}`) })}</Badge>
    </Group>
  );
}

/**
 * Turn the curve (Results-Based Accountability) for one indicator: where it has been and where it
 * is going if nothing changes, the goal, the story behind the curve and the work that moves it.
 */
export default function CurvePage() {
  const { indicatorId = '' } = useParams();
  const { t, i18n } = useTranslation('turn-the-curve');
  const [year, setYear] = useYear();
  const curve = useQuery(curveQueries.curve(indicatorId, year, i18n.language));
  return (
    <Stack gap="lg">
      <PageHeader
        title={curve.data ? t('title', { name: curve.data.indicator.name }) : t('titleLoading')}
        description={curve.data?.indicator.definition}
        actions={<YearSelect label={t('year')} value={year} onChange={setYear} w={120} />}
      />
      <QueryState query={curve}>
        {(data) => (
          <>
            <Facts curve={data} />
            <Text size="sm" c="dimmed">
              {t('intro')}
            </Text>
            <CurveSection curve={data} />
            <StorySection key={data.indicator.id} story={data.story} />
            <LinkedWorkSection work={data.linkedWork} year={data.year} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
