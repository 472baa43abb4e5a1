import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FigureCard } from '../../../web/components/FigureCard';
import { PageHeader } from '../../../web/components/PageHeader';
import { TitledSection } from '../../../web/components/TitledSection';
import { YearSelect } from '../../../web/components/YearSelect';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan } from '../../../web/session';
import { formatNumber, formatRate } from './format';
import { Participants } from './Participants';
import { QuestionnaireActions, QuestionnaireTable } from './Questionnaires';
import { outcomes, type ProgramYear, programQueries } from './queries';

/** One program, RBA style: how much, how well, who is better off; trend, areas and before/after. */
export default function ProgramPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('programs');
  const lang = i18n.language;
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const followUp = useQuery(programQueries.followUp(id, year));
  const areas = useQuery(programQueries.areas());
  const canSeeParticipants = useCan('programs.participants.read');
  const areaName = useMemo(() => new Map((areas.data ?? []).map((a) => [a.id, a.name])), [areas.data]);
  if (followUp.isPending) return <PageLoader />;
  if (followUp.error) return <ErrorAlert error={followUp.error} />;
  const { program, current, trend, byArea, questionnaires } = followUp.data;
  const yearColumns = (header: string, name: (r: { key: string; f: ProgramYear }) => ReactNode) => [
    { key: 'k', header, rowHeader: true, render: name },
    {
      key: 'e',
      header: t('figures.enrolled'),
      align: 'right' as const,
      render: (r: { f: ProgramYear }) => r.f.howMuch.enrolled,
    },
    {
      key: 'x',
      header: t('figures.exited'),
      align: 'right' as const,
      render: (r: { f: ProgramYear }) => r.f.howMuch.exited,
    },
    {
      key: 's',
      header: t('figures.satisfied'),
      align: 'right' as const,
      render: (r: { f: ProgramYear }) => formatRate(r.f.howWell.satisfied, lang),
    },
    {
      key: 'w',
      header: t('figures.toWork'),
      align: 'right' as const,
      render: (r: { f: ProgramYear }) => formatRate(r.f.betterOff.atExit.work, lang),
    },
  ];
  const areaLabel = (areaId: string | null) =>
    areaId ? (areaName.get(areaId) ?? areaId) : t('trend.noArea');
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang);
  // Areas with fewer than 10 are named below the table, without figures.
  const areaRows = byArea
    .flatMap((a) => (a.figures ? [{ key: a.areaId ?? '', f: a.figures, label: areaLabel(a.areaId) }] : []))
    .sort(byLabel);
  const withheld = byArea
    .filter((a) => a.suppressed)
    .map((a) => ({ label: areaLabel(a.areaId) }))
    .sort(byLabel)
    .map((a) => a.label);

  return (
    <Stack gap="lg">
      <PageHeader title={program.name} description={program.description} />
      <YearSelect label={t('list.year')} value={year} onChange={setYear} maw={160} />
      <TitledSection id="how-much" order={2} title={t('rba.howMuch')}>
        <SimpleGrid cols={{ base: 3 }} spacing="sm">
          <FigureCard size="lg" label={t('figures.enrolled')} value={current.howMuch.enrolled} />
          <FigureCard size="lg" label={t('figures.active')} value={current.howMuch.active} />
          <FigureCard size="lg" label={t('figures.exited')} value={current.howMuch.exited} />
        </SimpleGrid>
      </TitledSection>
      <TitledSection id="how-well" order={2} title={t('rba.howWell')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <FigureCard
            size="lg"
            label={t('figures.satisfactionMean')}
            value={formatNumber(current.howWell.satisfactionMean, lang)}
          />
          <FigureCard
            size="lg"
            label={t('figures.satisfied')}
            value={formatRate(current.howWell.satisfied, lang)}
          />
          <FigureCard
            size="lg"
            label={t('figures.completed')}
            value={formatRate(current.howWell.completed, lang)}
          />
        </SimpleGrid>
      </TitledSection>
      <TitledSection id="better-off" order={2} title={t('rba.betterOff')}>
        <DataTable
          caption={t('outcome.caption', { year })}
          rows={outcomes.map((o) => ({
            o,
            exit: current.betterOff.atExit[o],
            later: current.betterOff.after6Months[o],
          }))}
          rowKey={(r) => r.o}
          columns={[
            { key: 'o', header: t('outcome.outcome'), rowHeader: true, render: (r) => t(`outcome.${r.o}`) },
            {
              key: 'e',
              header: t('outcome.atExit'),
              align: 'right',
              render: (r) => `${r.exit.count} / ${r.exit.n} · ${formatRate(r.exit, lang)}`,
            },
            {
              key: 'l',
              header: t('outcome.after6'),
              align: 'right',
              render: (r) => `${r.later.count} / ${r.later.n} · ${formatRate(r.later, lang)}`,
            },
          ]}
        />
        <Text size="sm" c="dimmed" mt="xs">
          {t('outcome.note')}
        </Text>
      </TitledSection>
      <TitledSection id="trend" order={2} title={t('trend.title')}>
        <Stack gap="md">
          <DataTable
            caption={t('trend.caption')}
            rows={trend.map((f) => ({ key: String(f.year), f }))}
            rowKey={(r) => r.key}
            columns={yearColumns(t('list.year'), (r) => r.key)}
          />
          <DataTable
            caption={t('trend.byArea', { year })}
            rows={areaRows}
            rowKey={(r) => r.key || 'none'}
            empty={withheld.length ? t('trend.allWithheld', { minimum: 10 }) : t('trend.noAreas')}
            columns={yearColumns(t('fields.area'), (r) => areaLabel(r.key || null))}
          />
          {withheld.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('trend.withheld', { minimum: 10, areas: withheld.join(', ') })}
            </Text>
          )}
        </Stack>
      </TitledSection>
      <QuestionnaireActions programId={program.id} />
      {questionnaires.map((q) => (
        <QuestionnaireTable
          key={q.questionnaire.id}
          name={t('questionnaire.ofYear', { name: q.questionnaire.name, year })}
          minimum={q.minimumPairs}
          rows={q.questions}
        />
      ))}
      {canSeeParticipants && <Participants programId={program.id} areaName={areaName} />}
    </Stack>
  );
}
