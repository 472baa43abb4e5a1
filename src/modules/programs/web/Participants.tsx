import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FormModal } from '../../../web/components/FormModal';
import { useCan } from '../../../web/session';
import { outcomes, type Participant, programQueries, useSaveAndClose } from './queries';

/** Participants of one program: enrol, record exits, reveal identity, erase. */
export function Participants({ programId, areaName }: { programId: string; areaName: Map<string, string> }) {
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
  const areas = useQuery(programQueries.areas());
  const today = swedishToday();
  const [ref, setRef] = useState('');
  const [areaId, setAreaId] = useState('');
  const [birthYear, setBirthYear] = useState<number | string>('');
  const [gender, setGender] = useState('');
  const [consentOn, setConsentOn] = useState(today);
  const [enrolledOn, setEnrolledOn] = useState(today);
  const [name, setName] = useState('');
  const [personalNumber, setPersonalNumber] = useState('');
  const identity = useQuery(programQueries.identityStorage());
  const save = useSaveAndClose(
    (body: Record<string, unknown>) => api.post(`/programs/${programId}/participants`, body),
    onClose,
  );
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
  const today = swedishToday();
  const [exitedOn, setExitedOn] = useState(participant.exitedOn ?? today);
  const [completed, setCompleted] = useState(
    participant.completed === null ? '' : String(participant.completed),
  );
  const [outcome, setOutcome] = useState<string>(participant.outcome ?? '');
  const [later, setLater] = useState<string>(participant.outcomeAfter6Months ?? '');
  const [satisfaction, setSatisfaction] = useState<string>(
    participant.satisfaction ? String(participant.satisfaction) : '',
  );
  const save = useSaveAndClose(
    (body: Record<string, unknown>) => api.patch(`/program-participants/${participant.id}`, body),
    onClose,
  );
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
