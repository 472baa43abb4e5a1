import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan } from '../../../web/session';
import { participantKinds } from '../vocabulary';
import { AreaSelect } from './AreaSelect';
import { newClientId } from './offline-queue';
import { type Participant, roundQueries, useMyAreas, type Walk, type WalkDetail } from './queries';

/** The walk's three meetings, each a date field; only the walk itself must have one. */
const meetings = ['introductionOn', 'walkOn', 'feedbackOn'] as const;

/** Safety walks: the list, and a form to plan a new one (or the repeat of an earlier one). */
export default function WalksPage() {
  const { t } = useTranslation('rounds');
  const walks = useQuery(roundQueries.walks());
  const canWrite = useCan('rounds.write');
  return (
    <Stack>
      <PageHeader title={t('walks.title')} description={t('walks.lead')} />
      <ErrorAlert error={walks.error} />
      <DataTable<Walk>
        caption={t('walks.list')}
        columns={[
          {
            key: 'title',
            header: t('walks.walkTitle'),
            rowHeader: true,
            render: (w) => (
              <Anchor component={Link} to={`/rounds/walks/${w.id}`}>
                {w.title}
              </Anchor>
            ),
          },
          { key: 'area', header: t('field.area'), render: (w) => w.areaName },
          { key: 'date', header: t('walks.walkOn'), render: (w) => w.walkOn },
          { key: 'findings', header: t('walks.findings'), align: 'right', render: (w) => w.findings },
          {
            key: 'done',
            header: t('walks.actionsDone'),
            align: 'right',
            render: (w) => `${w.actionsDone} / ${w.actionsTotal}`,
          },
        ]}
        rows={walks.data ?? []}
        rowKey={(w) => w.id}
        empty={t('walks.none')}
      />
      {canWrite && <WalkForm />}
    </Stack>
  );
}

/**
 * Plans a walk (or the repeat of an earlier one), or — with `editing` — changes a walk's details as
 * its meetings happen: the feedback meeting's date, the route walked, who came.
 */
export function WalkForm({
  repeatOf,
  editing,
  onDone,
}: {
  repeatOf?: WalkDetail;
  editing?: WalkDetail;
  onDone?: () => void;
}) {
  const { t } = useTranslation('rounds');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [areaId, setAreaId] = useState(editing?.areaId ?? repeatOf?.areaId ?? params.get('areaId') ?? '');
  const { myAreas } = useMyAreas(areaId, setAreaId);
  const f = useFields({
    title: editing?.title ?? (repeatOf ? `${t('walks.repeatPrefix')} ${repeatOf.title}` : ''),
    route: editing?.route ?? repeatOf?.route ?? '',
    introductionOn: editing?.introductionOn ?? '',
    walkOn: editing?.walkOn ?? '',
    feedbackOn: editing?.feedbackOn ?? '',
  });
  const [participants, setParticipants] = useState<Participant[]>(
    editing?.participants ?? repeatOf?.participants ?? [{ kind: 'tenants', organisation: null, count: 0 }],
  );
  const [clientId] = useState(newClientId);
  const details = {
    ...f.values,
    participants,
    introductionOn: f.values.introductionOn || null,
    feedbackOn: f.values.feedbackOn || null,
  };
  const create = useSaveAndRefetch<void, WalkDetail>(
    roundQueries.all(),
    () =>
      editing
        ? api.patch<WalkDetail>(`/rounds/walks/${editing.id}`, details)
        : api.post<WalkDetail>('/rounds/walks', {
            ...details,
            clientId,
            areaId,
            repeatOfId: repeatOf?.id ?? null,
          }),
    (walk) => {
      if (editing) onDone?.();
      else navigate(`/rounds/walks/${walk.id}`);
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const setPart = (i: number, patch: Partial<Participant>) =>
    setParticipants(participants.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb="sm">
        {editing ? t('walks.edit') : repeatOf ? t('walks.planRepeat') : t('walks.new')}
      </Title>
      <Stack gap="sm">
        <ErrorAlert error={create.error} />
        {!repeatOf && !editing && <AreaSelect areas={myAreas} value={areaId} onChange={setAreaId} />}
        <TextInput label={t('walks.walkTitle')} {...f.text('title')} required />
        <Textarea label={t('walks.route')} {...f.text('route')} />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          {meetings.map((meeting) => (
            <TextInput
              key={meeting}
              type="date"
              label={t(`walks.${meeting}`)}
              {...f.text(meeting)}
              required={meeting === 'walkOn'}
            />
          ))}
        </SimpleGrid>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>{t('walks.participants')}</legend>
          {participants.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
            <SimpleGrid key={i} cols={{ base: 2, xs: 3 }} mb="xs">
              <NativeSelect
                label={t('walks.kind')}
                value={p.kind}
                onChange={(e) =>
                  setPart(i, { kind: e.currentTarget.value as Participant['kind'], organisation: null })
                }
                data={participantKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              />
              {p.kind !== 'tenants' && (
                <TextInput
                  label={t('walks.organisation')}
                  value={p.organisation ?? ''}
                  onChange={(e) => setPart(i, { organisation: e.currentTarget.value })}
                />
              )}
              <NumberInput
                label={t('walks.count')}
                value={p.count}
                min={0}
                onChange={(v) => setPart(i, { count: Number(v) || 0 })}
              />
            </SimpleGrid>
          ))}
          <Button
            size="xs"
            variant="subtle"
            onClick={() =>
              setParticipants([...participants, { kind: 'municipality', organisation: '', count: 1 }])
            }
          >
            {t('walks.addParticipant')}
          </Button>
        </fieldset>
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!areaId}>
            {t('walks.save')}
          </Button>
          {editing && (
            <Button variant="subtle" onClick={onDone}>
              {t('walks.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
