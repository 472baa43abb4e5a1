import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { swedishYear } from '../../../shared/time';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FigureCard } from '../../../web/components/FigureCard';
import { PageHeader } from '../../../web/components/PageHeader';
import { TitledSection } from '../../../web/components/TitledSection';
import { YearSelect } from '../../../web/components/YearSelect';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan } from '../../../web/session';
import { areaQueries } from '../../areas/web';
import { formatCount, formatNumber, formatRate, hiddenText, rateOrReason } from './format';
import { Participants } from './Participants';
import { QuestionnaireActions, QuestionnaireTable } from './Questionnaires';
import { type HiddenReason, outcomes, type ProgramYear, programQueries, type Share } from './queries';

/** One program, RBA style: how much, how well, who is better off; trend, areas and before/after. */
export default function ProgramPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('programs');
  const lang = i18n.language;
  const [year, setYear] = useState(swedishYear() - 1);
  const followUp = useQuery(programQueries.followUp(id, year));
  const areas = useQuery(areaQueries.list());
  const canSeeParticipants = useCan('programs.participants.read');
  const areaName = useMemo(() => new Map((areas.data ?? []).map((a) => [a.id, a.name])), [areas.data]);
  if (followUp.isPending) return <PageLoader />;
  if (followUp.error) return <ErrorAlert error={followUp.error} />;
  const { program, current, trend, byArea, questionnaires, threshold } = followUp.data;
  const because = (reason: HiddenReason) => hiddenText(t, reason, threshold);
  const areaLabel = (areaId: string | null) =>
    areaId ? (areaName.get(areaId) ?? areaId) : t('trend.noArea');
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang);
  // Hidden areas are named below the table with their reason, without figures.
  const areaRows = byArea
    .filter((a) => a.reason === null)
    .map((a) => ({ key: a.areaId ?? '', f: a.figures, label: areaLabel(a.areaId) }))
    .sort(byLabel);
  const withheld = byArea
    .flatMap((a) => (a.reason ? [{ label: areaLabel(a.areaId), reason: a.reason }] : []))
    .sort(byLabel)
    .map((a) => `${a.label} (${because(a.reason).toLocaleLowerCase(lang)})`);
  const columns = yearColumns(t, lang);

  return (
    <Stack gap="lg">
      <PageHeader title={program.name} description={program.description} />
      <YearSelect label={t('list.year')} value={year} onChange={setYear} maw={160} />
      {current.reason && (
        <Alert color="gray" title={because(current.reason)}>
          {t('hidden.explain', { threshold })}
        </Alert>
      )}
      <CurrentYear year={year} current={current} threshold={threshold} />
      <TitledSection id="trend" order={2} title={t('trend.title')}>
        <Stack gap="md">
          <DataTable
            caption={t('trend.caption')}
            rows={trend.map((f) => ({ key: String(f.year), f }))}
            rowKey={(r) => r.key}
            columns={columns(t('list.year'), (r) =>
              r.f.reason ? `${r.key} (${because(r.f.reason).toLocaleLowerCase(lang)})` : r.key,
            )}
          />
          <DataTable
            caption={t('trend.byArea', { year })}
            rows={areaRows}
            rowKey={(r) => r.key || 'none'}
            empty={withheld.length ? t('trend.allWithheld', { threshold }) : t('trend.noAreas')}
            columns={columns(t('fields.area'), (r) => areaLabel(r.key || null))}
          />
          {withheld.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('trend.withheld', { areas: withheld.join(', ') })}
            </Text>
          )}
        </Stack>
      </TitledSection>
      <QuestionnaireActions programId={program.id} />
      {questionnaires.map((q) => (
        <QuestionnaireTable
          key={q.questionnaire.id}
          name={t('questionnaire.ofYear', { name: q.questionnaire.name, year })}
          threshold={q.threshold}
          rows={q.questions}
        />
      ))}
      {canSeeParticipants && <Participants programId={program.id} areaName={areaName} />}
    </Stack>
  );
}

/** Columns of a table of years or areas: enrolled, exits, satisfied and to work, as published. */
function yearColumns(t: TFunction, lang: string) {
  return (header: string, name: (r: { key: string; f: ProgramYear }) => ReactNode) => [
    { key: 'k', header, rowHeader: true, render: name },
    {
      key: 'e',
      header: t('figures.enrolled'),
      align: 'right' as const,
      render: (r: { f: ProgramYear }) => formatCount(r.f.howMuch.enrolled),
    },
    {
      key: 'x',
      header: t('figures.exited'),
      align: 'right' as const,
      render: (r: { f: ProgramYear }) => formatCount(r.f.howMuch.exited),
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
}

/** This year's how much, how well and better off, with the exits that lack an item said out loud. */
function CurrentYear({
  year,
  current,
  threshold,
}: {
  year: number;
  current: ProgramYear;
  threshold: number;
}) {
  const { t, i18n } = useTranslation('programs');
  const lang = i18n.language;
  const rate = (share: Share | null) => (share ? rateOrReason(share, lang, t, threshold) : '–');
  const { missing } = current;
  const exits = current.howMuch.exited;
  const later = current.betterOff.after6Months;
  /** How many exits lack an item, said out loud under its figure (nothing while nobody has left). */
  const missingNote = (item: keyof typeof missing, key: string, params: Record<string, number> = {}) =>
    exits !== null && missing[item] !== null
      ? t(`missing.${key}`, { exits, missing: missing[item], ...params })
      : undefined;
  return (
    <>
      <TitledSection id="how-much" order={2} title={t('rba.howMuch')}>
        <SimpleGrid cols={{ base: 3 }} spacing="sm">
          <FigureCard size="lg" label={t('figures.enrolled')} value={formatCount(current.howMuch.enrolled)} />
          <FigureCard size="lg" label={t('figures.active')} value={formatCount(current.howMuch.active)} />
          <FigureCard size="lg" label={t('figures.exited')} value={formatCount(exits)} />
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
            value={rate(current.howWell.satisfied)}
            note={missingNote('satisfaction', 'satisfaction')}
          />
          <FigureCard
            size="lg"
            label={t('figures.completed')}
            value={rate(current.howWell.completed)}
            note={missingNote('completion', 'completion')}
          />
        </SimpleGrid>
      </TitledSection>
      <TitledSection id="better-off" order={2} title={t('rba.betterOff')}>
        <DataTable
          caption={t('outcome.caption', { year })}
          rows={outcomes.map((o) => ({ o, exit: current.betterOff.atExit[o], later: later?.[o] ?? null }))}
          rowKey={(r) => r.o}
          columns={[
            { key: 'o', header: t('outcome.outcome'), rowHeader: true, render: (r) => t(`outcome.${r.o}`) },
            { key: 'e', header: t('outcome.atExit'), align: 'right', render: (r) => rate(r.exit) },
            { key: 'l', header: t('outcome.after6'), align: 'right', render: (r) => rate(r.later) },
          ]}
        />
        <Text size="sm" c="dimmed" mt="xs">
          {t('outcome.note', { threshold })}{' '}
          {missingNote('outcome', 'outcome', { base: current.betterOff.atExit.work.n ?? 0 }) ?? ''}{' '}
          {missingNote('outcomeAfter6Months', 'after6') ?? ''}
        </Text>
      </TitledSection>
    </>
  );
}
