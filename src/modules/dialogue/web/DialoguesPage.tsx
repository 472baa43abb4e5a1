import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FormModal } from '../../../web/components/FormModal';
import { PageHeader } from '../../../web/components/PageHeader';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan, useMe } from '../../../web/session';
import { areaQueries } from '../../areas/web';
import {
  type Dialogue,
  type DialogueDetail,
  type DialogueListFilter,
  dialogueMethods,
  dialogueQueries,
  participantGroups,
} from './queries';

/** Dialogues with tenants: filtered by area, year and method, and a form to record one. */
export default function DialoguesPage() {
  const { t } = useTranslation('dialogue');
  const [filter, setFilter] = useState<DialogueListFilter>({ areaId: '', year: '', method: '' });
  const list = useQuery(dialogueQueries.list(filter));
  const areas = useQuery(areaQueries.list());
  const [adding, setAdding] = useState(false);
  const canWrite = useCan('dialogue.write');
  const thisYear = new Date().getFullYear();
  const years = [0, 1, 2, 3].map((i) => String(thisYear - i));
  const total = (list.data ?? []).reduce((sum, d) => sum + d.participants, 0);
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('lead')}
        actions={canWrite && <Button onClick={() => setAdding(true)}>{t('new')}</Button>}
      />
      <Group align="flex-end">
        <NativeSelect
          label={t('field.area')}
          value={filter.areaId}
          onChange={(e) => setFilter({ ...filter, areaId: e.currentTarget.value })}
          data={[
            { value: '', label: t('all') },
            ...(areas.data ?? []).map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <NativeSelect
          label={t('field.year')}
          value={filter.year}
          onChange={(e) => setFilter({ ...filter, year: e.currentTarget.value })}
          data={[{ value: '', label: t('all') }, ...years]}
        />
        <NativeSelect
          label={t('field.method')}
          value={filter.method}
          onChange={(e) => setFilter({ ...filter, method: e.currentTarget.value })}
          data={[
            { value: '', label: t('all') },
            ...dialogueMethods.map((m) => ({ value: m, label: t(`methods.${m}`) })),
          ]}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <DataTable<Dialogue>
        caption={t('list')}
        columns={[
          {
            key: 'title',
            header: t('field.title'),
            rowHeader: true,
            render: (d) => (
              <Anchor component={Link} to={`/dialogues/${d.id}`}>
                {d.title}
              </Anchor>
            ),
          },
          { key: 'area', header: t('field.area'), render: (d) => d.areaName },
          { key: 'heldOn', header: t('field.heldOn'), render: (d) => d.heldOn },
          { key: 'method', header: t('field.method'), render: (d) => t(`methods.${d.method}`) },
          {
            key: 'participants',
            header: t('field.participants'),
            align: 'right',
            render: (d) => d.participants,
          },
          {
            key: 'points',
            header: t('points'),
            align: 'right',
            render: (d) => `${d.responded} / ${d.points}`,
          },
          { key: 'actions', header: t('actions'), align: 'right', render: (d) => d.actions },
        ]}
        rows={list.data ?? []}
        rowKey={(d) => d.id}
        empty={t('none')}
      />
      <Text size="sm">{t('totalShown', { count: total })}</Text>
      {adding && <DialogueForm onClose={() => setAdding(false)} />}
    </Stack>
  );
}

const noGroups = Object.fromEntries(participantGroups.map((g) => [g, 0])) as Record<string, number>;

/** Records a dialogue; the groups overlap, so the total is asked for on its own. */
function DialogueForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('dialogue');
  const navigate = useNavigate();
  const me = useMe();
  const areas = useQuery(areaQueries.list());
  const mine = (areas.data ?? []).filter((a) => me.areaIds === null || me.areaIds.includes(a.id));
  const [v, setV] = useState({
    areaId: '',
    heldOn: '',
    method: 'meeting',
    title: '',
    heldBy: '',
    staffNotes: '',
  });
  const [groups, setGroups] = useState(noGroups);
  const [participants, setParticipants] = useState(0);
  const save = useSaveAndRefetch<void, DialogueDetail>(
    dialogueQueries.all(),
    () =>
      api.post<DialogueDetail>('/dialogues', { ...v, areaId: v.areaId || mine[0]?.id, groups, participants }),
    (d) => navigate(`/dialogues/${d.id}`),
  );
  const text = (key: keyof typeof v) => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [key]: e.currentTarget.value }),
  });
  return (
    <FormModal
      title={t('new')}
      size="lg"
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={save.error}
      saving={save.isPending}
    >
      <NativeSelect
        label={t('field.area')}
        {...text('areaId')}
        data={mine.map((a) => ({ value: a.id, label: a.name }))}
      />
      <TextInput type="date" label={t('field.heldOn')} required {...text('heldOn')} />
      <NativeSelect
        label={t('field.method')}
        {...text('method')}
        data={dialogueMethods.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
      />
      <TextInput label={t('field.title')} description={t('publicHint')} required {...text('title')} />
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>{t('field.groups')}</legend>
        <Text size="sm" c="dimmed">
          {t('groupsHint')}
        </Text>
        <SimpleGrid cols={{ base: 2, xs: 3 }}>
          {participantGroups.map((g) => (
            <NumberInput
              key={g}
              label={t(`groups.${g}`)}
              min={0}
              value={groups[g]}
              onChange={(n) => setGroups({ ...groups, [g]: Number(n) || 0 })}
            />
          ))}
        </SimpleGrid>
      </fieldset>
      <NumberInput
        label={t('field.participants')}
        description={t('totalHint')}
        min={0}
        required
        value={participants}
        onChange={(n) => setParticipants(Number(n) || 0)}
      />
      <TextInput label={t('field.heldBy')} {...text('heldBy')} />
      <Textarea label={t('field.staffNotes')} description={t('staffNotesHint')} {...text('staffNotes')} />
    </FormModal>
  );
}
