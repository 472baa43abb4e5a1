import {
  Anchor,
  Badge,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { YearSelect } from '../../../web/components/YearSelect';
import { Fact } from './Fact';
import { ManualSection } from './ManualSection';
import { type FrameworkIndicator, indicatorQueries, type MaterialAreaNode, traceHref } from './queries';

/** The year the indicators' "how this figure was computed" links are for. */
const TraceYear = createContext(swedishYear() - 1);

/** An indicator: its facts, what it counts, and the UN goals and targets it serves. */
function IndicatorCard({ indicator }: { indicator: FrameworkIndicator }) {
  const { t } = useTranslation('indicators');
  const { t: common } = useTranslation('common');
  const headingId = useId();
  const year = useContext(TraceYear);
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={4} id={headingId}>
            {indicator.name}
          </Title>
          <Group gap="xs">
            <Text size="xs" c="dimmed" ff="monospace">
              {indicator.id}
            </Text>
            {indicator.manual && (
              <Badge variant="light" size="sm">
                {t('manualBadge')}
              </Badge>
            )}
          </Group>
        </div>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" m={0}>
          <Fact label={t('facts.unit')}>{t(`units.${indicator.unit}`)}</Fact>
          <Fact label={t('facts.polarity')}>
            {indicator.higherIsBetter ? t('polarity.higher') : t('polarity.lower')}
          </Fact>
          <Fact label={t('facts.frequency')}>{t(`frequency.${indicator.frequency}`)}</Fact>
          <Fact label={t('facts.owner')}>{common(`roles.${indicator.owner}`)}</Fact>
        </SimpleGrid>
        <Text size="sm">{indicator.definition}</Text>
        <div>
          <Text size="sm" fw={500} id={`${headingId}-goals`}>
            {t('goals')}
          </Text>
          <Group gap="xs" mt={4} role="list" aria-labelledby={`${headingId}-goals`}>
            {indicator.sdgGoals.map((goal) => (
              <Badge key={goal.number} role="listitem" variant="light" tt="none" size="lg">
                {t('goal', { number: goal.number, title: goal.title })}
              </Badge>
            ))}
          </Group>
        </div>
        {indicator.sdgTargets.length > 0 && (
          <div>
            <Text size="sm" fw={500} id={`${headingId}-targets`}>
              {t('targets')}
            </Text>
            <List size="sm" spacing={4} mt={4} aria-labelledby={`${headingId}-targets`}>
              {indicator.sdgTargets.map((target) => (
                <List.Item key={target.code}>
                  {/* Read out as "Delmål 11.7", shown as the code alone. */}
                  <Badge variant="outline" tt="none" mr="xs">
                    <VisuallyHidden>{t('targetWord')} </VisuallyHidden>
                    {target.code}
                  </Badge>
                  {target.text}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Anchor
          component={Link}
          to={traceHref(indicator.id, year, { from: '/indicators' })}
          size="sm"
          aria-label={t('traceLinkLabel', { name: indicator.name, year })}
        >
          {t('traceLink')} ({year})
        </Anchor>
      </Stack>
    </Paper>
  );
}

function Indicators({ list }: { list: FrameworkIndicator[] }) {
  const { t } = useTranslation('indicators');
  if (!list.length)
    return (
      <Text size="sm" c="dimmed">
        {t('none')}
      </Text>
    );
  return (
    <Stack gap="sm">
      {list.map((indicator) => (
        <IndicatorCard key={indicator.id} indicator={indicator} />
      ))}
    </Stack>
  );
}

/** A material area: its focus areas (h3) with their indicators, then those across its focus areas. */
function MaterialArea({ area }: { area: MaterialAreaNode }) {
  const { t } = useTranslation('indicators');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} id={headingId} mb="sm">
        {area.name}
      </Title>
      <Stack gap="lg">
        {area.focusAreas.map((focus) => (
          <section key={focus.code} aria-labelledby={`${headingId}-${focus.code}`}>
            <Title order={3} size="h4" id={`${headingId}-${focus.code}`} mb="xs">
              {focus.name}
            </Title>
            <Indicators list={focus.indicators} />
          </section>
        ))}
        {area.indicators.length > 0 && (
          <section aria-labelledby={`${headingId}-across`}>
            <Title order={3} size="h4" id={`${headingId}-across`} mb="xs">
              {t('acrossFocusAreas')}
            </Title>
            <Indicators list={area.indicators} />
          </section>
        )}
      </Stack>
    </section>
  );
}

/** The framework, read-only: material areas → focus areas → indicators with their UN goals. */
export default function FrameworkPage() {
  const { t, i18n } = useTranslation('indicators');
  const query = useQuery(indicatorQueries.framework(i18n.language));
  // Last year by default: the year the annual report is written for.
  const [year, setYear] = useState(() => swedishYear() - 1);
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<YearSelect label={t('yearLabel')} value={year} onChange={setYear} />}
      />
      <QueryState query={query}>
        {(data) => (
          <TraceYear.Provider value={year}>
            <Stack gap="xl" lang={data.language}>
              {data.materialAreas.map((area) => (
                <MaterialArea key={area.code} area={area} />
              ))}
              <ManualSection framework={data} />
            </Stack>
          </TraceYear.Provider>
        )}
      </QueryState>
    </Stack>
  );
}
