import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { type FrameworkIndicator, indicatorQueries, type MaterialAreaNode } from './queries';

/** One label and its value in an indicator's facts (a description list, so it reads as pairs). */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** An indicator: its facts, what it counts, and the UN goals and targets it serves. */
function IndicatorCard({ indicator }: { indicator: FrameworkIndicator }) {
  const { t } = useTranslation('indicators');
  const { t: common } = useTranslation('common');
  const headingId = useId();
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={4} id={headingId}>
            {indicator.name}
          </Title>
          <Text size="xs" c="dimmed" ff="monospace">
            {indicator.id}
          </Text>
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
  return (
    <Stack>
      <PageHeader title={t('title')} description={t('description')} />
      <QueryState query={query}>
        {(data) => (
          <Stack gap="xl" lang={data.language}>
            {data.materialAreas.map((area) => (
              <MaterialArea key={area.code} area={area} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
