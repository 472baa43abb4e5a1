import {
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../../web/api';
import { buttonColumn } from '../../../web/components/buttonColumn';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan } from '../../../web/session';
import { ActionPlanFields, actionPlan, planBody } from './ActionForm';
import { AreaSelect } from './AreaSelect';
import { OpenFindings } from './OpenFindings';
import { type Action, type ActionStatus, roundQueries } from './queries';

const statuses: ActionStatus[] = ['open', 'in_progress', 'done', 'wont_do'];

/** Actions from findings: overdue first for their owner and area manager, then the full list. */
export default function ActionsPage() {
  const { t } = useTranslation('rounds');
  const [params, setParams] = useSearchParams();
  const overdue = params.get('overdue') === 'true';
  const mine = params.get('mine') === 'true';
  const closedToo = params.get('closed') === 'true';
  const areaId = params.get('areaId') ?? '';
  const areas = useQuery(roundQueries.areas());
  const myOverdue = useQuery(roundQueries.myOverdue());
  const list = useQuery(
    roundQueries.actions({
      areaId: areaId || undefined,
      overdue: overdue ? 'true' : undefined,
      mine: mine ? 'true' : undefined,
      active: closedToo ? undefined : 'true',
    }),
  );
  const [editing, setEditing] = useState<Action | null>(null);
  const canEdit = useCan('rounds.actions');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns = [
    { key: 'title', header: t('actions.title'), rowHeader: true, render: (a: Action) => a.title },
    { key: 'area', header: t('field.area'), render: (a: Action) => a.areaName },
    { key: 'owner', header: t('actions.owner'), render: (a: Action) => a.ownerName ?? '–' },
    {
      key: 'due',
      header: t('actions.due'),
      render: (a: Action) =>
        a.overdue ? (
          <Text c="red.9" size="sm" fw={600}>
            {a.dueOn} ({t('actions.overdue')})
          </Text>
        ) : (
          (a.dueOn ?? '–')
        ),
    },
    {
      key: 'status',
      header: t('actions.status'),
      render: (a: Action) => <Badge variant="light">{t(`status.${a.status}`)}</Badge>,
    },
    ...buttonColumn<Action>(canEdit, {
      key: 'edit',
      header: t('actions.edit'),
      label: t('actions.edit'),
      ariaLabel: (a) => `${t('actions.edit')}: ${a.title}`,
      onClick: setEditing,
    }),
  ];

  return (
    <Stack>
      <PageHeader title={t('actions.pageTitle')} description={t('actions.lead')} />
      <ErrorAlert error={list.error ?? myOverdue.error} />
      {!!myOverdue.data?.length && (
        <DataTable
          caption={t('actions.myOverdue', { count: myOverdue.data.length })}
          columns={columns}
          rows={myOverdue.data}
          rowKey={(a) => a.id}
        />
      )}
      <Group align="flex-end">
        <AreaSelect
          areas={areas.data ?? []}
          value={areaId}
          onChange={(id) => set('areaId', id)}
          allLabel={t('common.allAreas')}
        />
        <Switch
          label={t('actions.onlyOverdue')}
          checked={overdue}
          onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : '')}
        />
        <Switch
          label={t('actions.onlyMine')}
          checked={mine}
          onChange={(e) => set('mine', e.currentTarget.checked ? 'true' : '')}
        />
        <Switch
          label={t('actions.closedToo')}
          checked={closedToo}
          onChange={(e) => set('closed', e.currentTarget.checked ? 'true' : '')}
        />
      </Group>
      <DataTable
        caption={t('actions.all')}
        columns={columns}
        rows={list.data ?? []}
        rowKey={(a) => a.id}
        empty={t('actions.none')}
      />
      <OpenFindings areaId={areaId || undefined} />
      <Modal
        opened={!!editing}
        onClose={() => setEditing(null)}
        title={editing?.title ?? ''}
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {editing && <EditAction action={editing} onDone={() => setEditing(null)} />}
      </Modal>
    </Stack>
  );
}

function EditAction({ action, onDone }: { action: Action; onDone: () => void }) {
  const { t } = useTranslation('rounds');
  const [status, setStatus] = useState(action.status);
  const [plan, setPlan] = useState(() => actionPlan(action));
  const [reason, setReason] = useState(action.wontDoReason ?? '');
  const [note, setNote] = useState('');
  const history = useQuery({
    queryKey: ['rounds', 'history', action.id],
    queryFn: () =>
      api.get<{ at: string; actorName: string; toStatus: ActionStatus; note: string }[]>(
        `/rounds/actions/${action.id}/history`,
      ),
  });
  const save = useSaveAndRefetch<void>(
    roundQueries.all(),
    () =>
      api.patch(`/rounds/actions/${action.id}`, {
        status,
        ...planBody(plan),
        wontDoReason: status === 'wont_do' ? reason : null,
        note,
      }),
    onDone,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      <ErrorAlert error={save.error} />
      <NativeSelect
        label={t('actions.status')}
        value={status}
        onChange={(e) => setStatus(e.currentTarget.value as ActionStatus)}
        data={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
      />
      {status === 'wont_do' && (
        <Textarea
          label={t('actions.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
        />
      )}
      <ActionPlanFields areaId={action.areaId} plan={plan} onChange={setPlan} publicText={!!action.walkId} />
      <TextInput label={t('actions.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Button type="submit" loading={save.isPending}>
        {t('actions.save')}
      </Button>
      <Text fw={500} size="sm">
        {t('actions.history')}
      </Text>
      {(history.data ?? []).map((h) => (
        <Text key={`${h.at}-${h.toStatus}`} size="xs">
          {new Date(h.at).toLocaleString()} · {h.actorName} · {t(`status.${h.toStatus}`)}
          {h.note ? ` · ${h.note}` : ''}
        </Text>
      ))}
    </Stack>
  );
}
