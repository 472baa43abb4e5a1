import { Button, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format';
import { api } from '../../../web/api';
import { editColumn } from '../../../web/components/buttonColumn';
import { DataTable } from '../../../web/components/DataTable';
import { FormModal } from '../../../web/components/FormModal';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { TitledSection } from '../../../web/components/TitledSection';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { type PayAction, type PayActionInput, type PayActionPatch, payQueries } from './queries';

const statuses = ['planned', 'done', 'not_done'] as const;

/** A new action of the year, or an action to change (its status and follow-up too). */
function ActionForm({ year, action, onClose }: { year: number; action?: PayAction; onClose: () => void }) {
  const { t } = useTranslation('pay-survey');
  const fields = useFields(() => ({
    description: action?.description ?? '',
    owner: action?.owner ?? '',
    dueOn: action?.dueOn ?? '',
    status: action?.status ?? 'planned',
    followUp: action?.followUp ?? '',
  }));
  const save = useSaveAndRefetch(
    payQueries.all(),
    (body: PayActionInput | PayActionPatch) =>
      action ? api.patch(`/pay-survey/actions/${action.id}`, body) : api.post('/pay-survey/actions', body),
    onClose,
  );
  const { description, owner, dueOn, status, followUp } = fields.values;
  return (
    <FormModal
      title={action ? t('plan.editTitle') : t('plan.newTitle')}
      onClose={onClose}
      onSubmit={() =>
        save.mutate(
          action
            ? { description, owner, dueOn, status: status as PayAction['status'], followUp }
            : { year, description, owner, dueOn },
        )
      }
      error={save.error}
      saving={save.isPending}
      submitDisabled={!description.trim() || !owner.trim() || !dueOn}
    >
      <Textarea label={t('plan.description')} required autosize minRows={2} {...fields.text('description')} />
      <TextInput label={t('plan.owner')} required {...fields.text('owner')} />
      <TextInput label={t('plan.dueOn')} type="date" required {...fields.text('dueOn')} />
      {action && (
        <>
          <NativeSelect
            label={t('plan.status')}
            data={statuses.map((s) => ({ value: s, label: t(`plan.statuses.${s}`) }))}
            {...fields.text('status')}
          />
          <Textarea label={t('plan.followUp')} autosize minRows={2} {...fields.text('followUp')} />
        </>
      )}
    </FormModal>
  );
}

function ActionTable({
  caption,
  actions,
  onEdit,
}: {
  caption: string;
  actions: PayAction[];
  onEdit: (a: PayAction) => void;
}) {
  const { t, i18n } = useTranslation('pay-survey');
  return (
    <DataTable<PayAction>
      caption={caption}
      rows={actions}
      rowKey={(a) => a.id}
      empty={t('plan.empty')}
      columns={[
        { key: 'description', header: t('plan.description'), rowHeader: true, render: (a) => a.description },
        { key: 'owner', header: t('plan.owner'), render: (a) => a.owner },
        { key: 'due', header: t('plan.dueOn'), render: (a) => formatDate(a.dueOn, i18n.language) },
        { key: 'status', header: t('plan.status'), render: (a) => t(`plan.statuses.${a.status}`) },
        { key: 'followUp', header: t('plan.followUp'), render: (a) => a.followUp },
        editColumn<PayAction>(t('plan.edit'), (a) => a.description, onEdit),
      ]}
    />
  );
}

/** The year's action plan (add, edit) and last year's actions to follow up. */
export function ActionPlanPanel({ year }: { year: number }) {
  const { t } = useTranslation('pay-survey');
  const plan = useQuery(payQueries.actions(year));
  const [editing, setEditing] = useState<{ year: number; action?: PayAction } | null>(null);
  return (
    <PanelSection id="action-plan" title={t('plan.title', { year })} hint={t('plan.hint')}>
      <QueryState query={plan}>
        {(data) => (
          <Stack gap="lg">
            <ActionTable
              caption={t('plan.caption', { year })}
              actions={data.actions}
              onEdit={(action) => setEditing({ year, action })}
            />
            <div>
              <Button onClick={() => setEditing({ year })}>{t('plan.add')}</Button>
            </div>
            <TitledSection id="previous-plan" order={3} title={t('plan.previousTitle', { year: year - 1 })}>
              <ActionTable
                caption={t('plan.caption', { year: year - 1 })}
                actions={data.previous}
                onEdit={(action) => setEditing({ year: year - 1, action })}
              />
            </TitledSection>
          </Stack>
        )}
      </QueryState>
      {editing && <ActionForm year={editing.year} action={editing.action} onClose={() => setEditing(null)} />}
    </PanelSection>
  );
}
