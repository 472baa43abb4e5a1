import { Anchor, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { useCan } from '../../../web/session';
import { ActionPlanPanel } from './ActionPlanPanel';
import { FindingsPanel } from './FindingsPanel';
import { payQueries } from './queries';
import { AdjustedGapSection, EqualValueSection, EqualWorkSection, EuMetricsSection } from './SurveyTables';

/**
 * "Lönekartläggning": the year's survey for HR — equal work, equal value, the EU metrics, the
 * adjusted gap — then the analysis of what is flagged and the action plan. Opens on this year, or on
 * the latest year with salary data when this year has none.
 */
export default function PaySurveyPage() {
  const { t } = useTranslation('pay-survey');
  const canImport = useCan('pay-survey.write');
  const thisYear = swedishYear();
  const [chosen, setChosen] = useState<number | null>(null);
  const first = useQuery({ ...payQueries.survey(thisYear), enabled: chosen === null });
  const fallback = first.data && !first.data.imported ? first.data.years[0] : undefined;
  const year = chosen ?? fallback ?? thisYear;
  const survey = useQuery(payQueries.survey(year));
  const years = [...new Set([thisYear, ...(survey.data?.years ?? first.data?.years ?? [])])].sort(
    (a, b) => b - a,
  );
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Group>
            <NativeSelect
              label={t('year')}
              value={String(year)}
              onChange={(e) => setChosen(Number(e.currentTarget.value))}
              data={years.map(String)}
            />
            {canImport && (
              <Anchor component={Link} to="/pay-survey/import">
                {t('importLink')}
              </Anchor>
            )}
            <Anchor component={Link} to={`/pay-survey/salaries?year=${year}`}>
              {t('salariesLink')}
            </Anchor>
          </Group>
        }
      />
      <QueryState query={survey}>
        {(data) =>
          data.imported ? (
            <>
              <Text size="sm" c="dimmed">
                {t('thresholdHint', { threshold: data.threshold })}
              </Text>
              <EqualWorkSection survey={data} />
              <EqualValueSection survey={data} />
              <EuMetricsSection survey={data} />
              <AdjustedGapSection survey={data} />
              <FindingsPanel survey={data} />
            </>
          ) : (
            <Text>{t('notImported', { year })}</Text>
          )
        }
      </QueryState>
      <ActionPlanPanel year={year} />
    </Stack>
  );
}
