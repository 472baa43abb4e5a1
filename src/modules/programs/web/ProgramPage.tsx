import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FigureCard } from '../../../web/components/FigureCard';
import { FormModal } from '../../../web/components/FormModal';
import { PageHeader } from '../../../web/components/PageHeader';
import { TitledSection } from '../../../web/components/TitledSection';
import { YearSelect } from '../../../web/components/YearSelect';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan } from '../../../web/session';
import { formatNumber, formatRate, todayInSweden } from './format';
import { QuestionnaireActions } from './Questionnaires';
import { type Comparison, outcomes, type Participant, type ProgramYear, programQueries } from './queries';

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
      <QuestionnaireActions programId={program.id} />
      {questionnaires.map((q) => (
        <QuestionnaireTable
          key={q.questionnaire.id}
          name={q.questionnaire.name}
          minimum={q.minimumPairs}
          rows={q.questions}
        />
      ))}
      <DataTable
        caption={t('trend.caption')}
        rows={trend.map((f) => ({ key: String(f.year), f }))}
        rowKey={(r) => r.key}
        columns={yearColumns(t('list.year'), (r) => r.key)}
      />
      <DataTable
        caption={t('trend.byArea', { year })}
        rows={byArea.map((a) => ({ key: a.areaId ?? '', f: a.figures }))}
        rowKey={(r) => r.key || 'none'}
        columns={yearColumns(t('fields.area'), (r) =>
          r.key ? (areaName.get(r.key) ?? r.key) : t('trend.noArea'),
        )}
      />
      {canSeeParticipants && <Participants programId={program.id} areaName={areaName} />}
    </Stack>
  );
}

function QuestionnaireTable({ name, minimum, rows }: { name: string; minimum: number; rows: Comparison[] }) {
  const { t, i18n } = useTranslation('programs');
  const n = (v: number | null, d = 2) => formatNumber(v, i18n.language, d);
  return (
    <section aria-label={name}>
      <DataTable
        caption={t('questionnaire.caption', { name })}
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          { key: 'q', header: t('questionnaire.question'), rowHeader: true, render: (r) => r.label },
          { key: 'n', header: t('questionnaire.pairs'), align: 'right', render: (r) => r.n },
          {
            key: 'b',
            header: t('questionnaire.before'),
            align: 'right',
            render: (r) => (r.suppressed ? '' : n(r.meanBefore)),
          },
          {
            key: 'a',
            header: t('questionnaire.after'),
            align: 'right',
            render: (r) => (r.suppressed ? '' : n(r.meanAfter)),
          },
          {
            key: 'c',
            header: t('questionnaire.change'),
            align: 'right',
            render: (r) =>
              r.suppressed
                ? t('questionnaire.suppressed', { minimum })
                : `${n(r.meanChange)} (${n(r.ciLow)} – ${n(r.ciHigh)})`,
          },
          {
            key: 'd',
            header: t('questionnaire.direction'),
            render: (r) =>
              r.higherIsBetter ? t('questionnaire.higherBetter') : t('questionnaire.lowerBetter'),
          },
        ]}
      />
      <Text size="sm" c="dimmed" mt="xs">
        {t('questionnaire.note', { minimum })}
      </Text>
    </section>
  );
}

function Participants({ programId, areaName }: { programId: string; areaName: Map<string, string> }) {
  const { t } = useTranslation('programs');
  const canWrite = useCan('programs.participants.write');
  const canErase = useCan('programs.erase');
  const client = useQueryClient();
  const list = useQuery(programQueries.participants(programId));
  const [adding, setAdding] = useState(false);
  const [exiting, setExiting] = useState<Participant | null>(null);
  const canIdentify = useCan('programs.identity');
  const [identity, setIdentity] = useState<{
    ref: string | null;
    name: string | null;
    personalNumber: string | null;
  } | null>(null);
  const reveal = useMutation({
    mutationFn: async (p: Participant) => ({
      ref: p.ref,
      ...(await api.get<{ name: string | null; personalNumber: string | null }>(
        `/program-participants/${p.id}/identity`,
      )),
    }),
    onSuccess: setIdentity,
  });
  const erase = useMutation({
    mutationFn: (id: string) => api.post(`/program-participants/${id}/erase`),
    onSuccess: () => client.invalidateQueries({ queryKey: programQueries.all() }),
  });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('participants.title')}
        </Title>
        {canWrite && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('participants.add')}
          </Button>
        )}
      </Group>
      {adding && <ParticipantForm programId={programId} onClose={() => setAdding(false)} />}
      {exiting && <ExitForm participant={exiting} onClose={() => setExiting(null)} />}
      {identity && (
        <Modal
          opened
          onClose={() => setIdentity(null)}
          title={t('participants.identityTitle', { ref: identity.ref })}
        >
          <Text>{identity.name ?? '–'}</Text>
          <Text>{identity.personalNumber ?? '–'}</Text>
        </Modal>
      )}
      <ErrorAlert error={list.error ?? erase.error ?? reveal.error} />
      <DataTable
        caption={t('participants.caption')}
        rows={list.data ?? []}
        rowKey={(p: Participant) => p.id}
        columns={[
          {
            key: 'r',
            header: t('participants.ref'),
            rowHeader: true,
            render: (p) => p.ref ?? t('participants.erased'),
          },
          {
            key: 'a',
            header: t('fields.area'),
            render: (p) => (p.areaId ? (areaName.get(p.areaId) ?? '') : ''),
          },
          { key: 'e', header: t('participants.enrolled'), render: (p) => p.enrolledOn },
          { key: 'x', header: t('participants.exited'), render: (p) => p.exitedOn ?? '' },
          {
            key: 'o',
            header: t('outcome.outcome'),
            render: (p) => (p.outcome ? t(`outcome.${p.outcome}`) : ''),
          },
          {
            key: 'actions',
            header: t('participants.actions'),
            render: (p) =>
              p.erased ? null : (
                <Group gap={4} wrap="nowrap">
                  {canWrite && (
                    <Button size="compact-sm" variant="subtle" onClick={() => setExiting(p)}>
                      {t('exit.open', { ref: p.ref })}
                    </Button>
                  )}
                  {canIdentify && p.hasIdentity && (
                    <Button size="compact-sm" variant="subtle" onClick={() => reveal.mutate(p)}>
                      {t('participants.showIdentity', { ref: p.ref })}
                    </Button>
                  )}
                  {canErase && (
                    <Button
                      size="compact-sm"
                      color="red"
                      variant="subtle"
                      aria-label={t('participants.eraseRef', { ref: p.ref })}
                      onClick={() => {
                        if (window.confirm(t('participants.confirmErase', { ref: p.ref })))
                          erase.mutate(p.id);
                      }}
                    >
                      {t('participants.erase')}
                    </Button>
                  )}
                </Group>
              ),
          },
        ]}
      />
    </Stack>
  );
}

function ParticipantForm({ programId, onClose }: { programId: string; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const client = useQueryClient();
  const areas = useQuery(programQueries.areas());
  const today = todayInSweden();
  const [ref, setRef] = useState('');
  const [areaId, setAreaId] = useState('');
  const [birthYear, setBirthYear] = useState<number | string>('');
  const [gender, setGender] = useState('');
  const [consentOn, setConsentOn] = useState(today);
  const [enrolledOn, setEnrolledOn] = useState(today);
  const [name, setName] = useState('');
  const [personalNumber, setPersonalNumber] = useState('');
  const identity = useQuery(programQueries.identityStorage());
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post(`/programs/${programId}/participants`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: programQueries.all() });
      onClose();
    },
  });
  function submit() {
    save.mutate({
      ref,
      areaId: areaId || null,
      birthYear: birthYear === '' ? null : Number(birthYear),
      gender: gender || null,
      consentOn,
      enrolledOn,
      ...(name ? { name } : {}),
      ...(personalNumber ? { personalNumber } : {}),
    });
  }
  return (
    <FormModal
      onClose={onClose}
      title={t('participants.add')}
      onSubmit={submit}
      error={save.error}
      saving={save.isPending}
    >
      <TextInput
        label={t('participants.ref')}
        description={t('participants.refHint')}
        required
        value={ref}
        onChange={(e) => setRef(e.currentTarget.value)}
      />
      <NativeSelect
        label={t('fields.area')}
        value={areaId}
        onChange={(e) => setAreaId(e.currentTarget.value)}
        data={[{ value: '', label: '–' }, ...(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))]}
      />
      <NumberInput
        label={t('participants.birthYear')}
        min={1900}
        max={2100}
        value={birthYear}
        onChange={setBirthYear}
      />
      <NativeSelect
        label={t('participants.gender')}
        value={gender}
        onChange={(e) => setGender(e.currentTarget.value)}
        data={[
          { value: '', label: '–' },
          { value: 'woman', label: t('gender.woman') },
          { value: 'man', label: t('gender.man') },
          { value: 'other', label: t('gender.other') },
        ]}
      />
      {identity.data?.enabled && (
        <>
          <TextInput
            label={t('participants.name')}
            description={t('participants.identityHint')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t('participants.personalNumber')}
            value={personalNumber}
            onChange={(e) => setPersonalNumber(e.currentTarget.value)}
          />
        </>
      )}
      <TextInput
        type="date"
        label={t('participants.consent')}
        required
        value={consentOn}
        onChange={(e) => setConsentOn(e.currentTarget.value)}
      />
      <TextInput
        type="date"
        label={t('participants.enrolled')}
        required
        value={enrolledOn}
        onChange={(e) => setEnrolledOn(e.currentTarget.value)}
      />
    </FormModal>
  );
}

/** Records an exit: date, completed or not, outcome now and after six months, satisfaction. */
function ExitForm({ participant, onClose }: { participant: Participant; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const client = useQueryClient();
  const today = todayInSweden();
  const [exitedOn, setExitedOn] = useState(participant.exitedOn ?? today);
  const [completed, setCompleted] = useState(
    participant.completed === null ? '' : String(participant.completed),
  );
  const [outcome, setOutcome] = useState<string>(participant.outcome ?? '');
  const [later, setLater] = useState<string>(participant.outcomeAfter6Months ?? '');
  const [satisfaction, setSatisfaction] = useState<string>(
    participant.satisfaction ? String(participant.satisfaction) : '',
  );
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch(`/program-participants/${participant.id}`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: programQueries.all() });
      onClose();
    },
  });
  const outcomeOptions = [
    { value: '', label: '–' },
    ...outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) })),
  ];
  function submit() {
    save.mutate({
      exitedOn,
      completed: completed === '' ? null : completed === 'true',
      outcome: outcome || null,
      outcomeAfter6Months: later || null,
      satisfaction: satisfaction ? Number(satisfaction) : null,
    });
  }
  return (
    <FormModal
      onClose={onClose}
      title={t('exit.title', { ref: participant.ref })}
      onSubmit={submit}
      error={save.error}
      saving={save.isPending}
    >
      <TextInput
        type="date"
        label={t('participants.exited')}
        required
        value={exitedOn}
        onChange={(e) => setExitedOn(e.currentTarget.value)}
      />
      <NativeSelect
        label={t('exit.completed')}
        value={completed}
        onChange={(e) => setCompleted(e.currentTarget.value)}
        data={[
          { value: '', label: '–' },
          { value: 'true', label: t('exit.yes') },
          { value: 'false', label: t('exit.no') },
        ]}
      />
      <NativeSelect
        label={t('outcome.atExit')}
        value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value)}
        data={outcomeOptions}
      />
      <NativeSelect
        label={t('outcome.after6')}
        value={later}
        onChange={(e) => setLater(e.currentTarget.value)}
        data={outcomeOptions}
      />
      <NativeSelect
        label={t('exit.satisfaction')}
        value={satisfaction}
        onChange={(e) => setSatisfaction(e.currentTarget.value)}
        data={['', '1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v || '–' }))}
      />
    </FormModal>
  );
}
