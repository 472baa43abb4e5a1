import { Button, Group, Modal, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FormModal } from '../../../web/components/FormModal';
import { SectionHeader } from '../../../web/components/SectionHeader';
import { useFields } from '../../../web/hooks/useFields';
import { useCan } from '../../../web/session';
import { areaQueries } from '../../areas/web';
import { genders } from '../vocabulary';
import {
  outcomes,
  type Participant,
  programQueries,
  type RevealedIdentity,
  useEraseParticipant,
  useRevealIdentity,
  useSaveAndClose,
} from './queries';

/** A select's choices after an empty one ("–"): the item is not known or not given. */
const orNotGiven = (choices: { value: string; label: string }[]) => [{ value: '', label: '–' }, ...choices];

/** Participants of one program: enrol, record exits, reveal identity, erase. */
export function Participants({ programId, areaName }: { programId: string; areaName: Map<string, string> }) {
  const { t } = useTranslation('programs');
  const canWrite = useCan('programs.participants.write');
  const list = useQuery(programQueries.participants(programId));
  const [adding, setAdding] = useState(false);
  const [exiting, setExiting] = useState<Participant | null>(null);
  const [identity, setIdentity] = useState<RevealedIdentity | null>(null);
  const reveal = useRevealIdentity(setIdentity);
  const erase = useEraseParticipant();
  return (
    <Stack>
      <SectionHeader
        title={t('participants.title')}
        addLabel={t('participants.add')}
        onAdd={canWrite ? () => setAdding(true) : undefined}
      />
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
                <ParticipantActions
                  participant={p}
                  onExit={() => setExiting(p)}
                  onReveal={() => reveal.mutate(p)}
                  onErase={() => erase.mutate(p.id)}
                />
              ),
          },
        ]}
      />
    </Stack>
  );
}

/** Exit, show identity and erase, each for those allowed to. */
function ParticipantActions({
  participant: p,
  onExit,
  onReveal,
  onErase,
}: {
  participant: Participant;
  onExit: () => void;
  onReveal: () => void;
  onErase: () => void;
}) {
  const { t } = useTranslation('programs');
  const canWrite = useCan('programs.participants.write');
  const canErase = useCan('programs.erase');
  const canIdentify = useCan('programs.identity');
  return (
    <Group gap={4} wrap="nowrap">
      {canWrite && (
        <Button size="compact-sm" variant="subtle" onClick={onExit}>
          {t('exit.open', { ref: p.ref })}
        </Button>
      )}
      {canIdentify && p.hasIdentity && (
        <Button size="compact-sm" variant="subtle" onClick={onReveal}>
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
            if (window.confirm(t('participants.confirmErase', { ref: p.ref }))) onErase();
          }}
        >
          {t('participants.erase')}
        </Button>
      )}
    </Group>
  );
}

function ParticipantForm({ programId, onClose }: { programId: string; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const areas = useQuery(areaQueries.list());
  const today = swedishToday();
  const fields = useFields({
    ref: '',
    areaId: '',
    birthYear: '' as number | string,
    gender: '',
    consentOn: today,
    enrolledOn: today,
    name: '',
    personalNumber: '',
  });
  const identity = useQuery(programQueries.identityStorage());
  const save = useSaveAndClose(
    (body: Record<string, unknown>) => api.post(`/programs/${programId}/participants`, body),
    onClose,
  );
  function submit() {
    const { ref, areaId, birthYear, gender, consentOn, enrolledOn, name, personalNumber } = fields.values;
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
        {...fields.text('ref')}
      />
      <NativeSelect
        label={t('fields.area')}
        {...fields.text('areaId')}
        data={orNotGiven((areas.data ?? []).map((a) => ({ value: a.id, label: a.name })))}
      />
      <NumberInput label={t('participants.birthYear')} min={1900} max={2100} {...fields.input('birthYear')} />
      <NativeSelect
        label={t('participants.gender')}
        {...fields.text('gender')}
        data={orNotGiven(genders.map((g) => ({ value: g, label: t(`gender.${g}`) })))}
      />
      {identity.data?.enabled && (
        <>
          <TextInput
            label={t('participants.name')}
            description={t('participants.identityHint')}
            {...fields.text('name')}
          />
          <TextInput label={t('participants.personalNumber')} {...fields.text('personalNumber')} />
        </>
      )}
      <TextInput type="date" label={t('participants.consent')} required {...fields.text('consentOn')} />
      <TextInput type="date" label={t('participants.enrolled')} required {...fields.text('enrolledOn')} />
    </FormModal>
  );
}

/** Records an exit: date, completed or not, outcome now and after six months, satisfaction. */
function ExitForm({ participant, onClose }: { participant: Participant; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const today = swedishToday();
  const fields = useFields({
    exitedOn: participant.exitedOn ?? today,
    completed: participant.completed === null ? '' : String(participant.completed),
    outcome: participant.outcome ?? '',
    later: participant.outcomeAfter6Months ?? '',
    satisfaction: participant.satisfaction ? String(participant.satisfaction) : '',
  });
  const save = useSaveAndClose(
    (body: Record<string, unknown>) => api.patch(`/program-participants/${participant.id}`, body),
    onClose,
  );
  const outcomeOptions = orNotGiven(outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) })));
  function submit() {
    const { exitedOn, completed, outcome, later, satisfaction } = fields.values;
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
      <TextInput type="date" label={t('participants.exited')} required {...fields.text('exitedOn')} />
      <NativeSelect
        label={t('exit.completed')}
        {...fields.text('completed')}
        data={orNotGiven([
          { value: 'true', label: t('exit.yes') },
          { value: 'false', label: t('exit.no') },
        ])}
      />
      <NativeSelect label={t('outcome.atExit')} {...fields.text('outcome')} data={outcomeOptions} />
      <NativeSelect label={t('outcome.after6')} {...fields.text('later')} data={outcomeOptions} />
      <NativeSelect
        label={t('exit.satisfaction')}
        {...fields.text('satisfaction')}
        data={['', '1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v || '–' }))}
      />
    </FormModal>
  );
}
