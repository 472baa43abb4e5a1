import { Button, Checkbox, Stack, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonColumn } from '../../../web/components/buttonColumn';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { FormModal } from '../../../web/components/FormModal';
import { QueryState } from '../../../web/components/QueryState';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan } from '../../../web/session';
import {
  type ExceptionCodeInput,
  type ExceptionCodeRow,
  rentalQueueQueries,
  saveExceptionCode,
} from './queries';

const blank: ExceptionCodeInput = { code: '', nameSv: '', nameEn: '', basis: '', active: true };

function ExceptionCodeForm({ code, onClose }: { code: ExceptionCodeRow | null; onClose: () => void }) {
  const { t } = useTranslation('rental-queue');
  const fields = useFields<ExceptionCodeInput>(code ?? blank);
  const save = useSaveAndRefetch(
    rentalQueueQueries.all(),
    (body: ExceptionCodeInput) => saveExceptionCode(code?.id ?? null, body),
    onClose,
  );
  return (
    <FormModal
      title={code ? t('codes.edit', { code: code.code }) : t('codes.new')}
      onClose={onClose}
      onSubmit={() => save.mutate(fields.values)}
      error={save.error}
      saving={save.isPending}
    >
      <Stack>
        <TextInput label={t('codes.code')} name="code" required {...fields.text('code')} />
        <TextInput label={t('codes.nameSv')} name="nameSv" required {...fields.text('nameSv')} />
        <TextInput label={t('codes.nameEn')} name="nameEn" required {...fields.text('nameEn')} />
        <Textarea label={t('codes.basis')} name="basis" autosize minRows={2} {...fields.text('basis')} />
        <Checkbox label={t('codes.active')} name="active" {...fields.checkbox('active')} />
      </Stack>
    </FormModal>
  );
}

/** The organisation's exception codes; admins add and edit them. */
export function ExceptionCodes() {
  const { t, i18n } = useTranslation('rental-queue');
  const query = useQuery(rentalQueueQueries.exceptionCodes());
  const canEdit = useCan('rental-queue.exceptions');
  const [editing, setEditing] = useState<ExceptionCodeRow | 'new' | null>(null);
  const columns: Column<ExceptionCodeRow>[] = [
    { key: 'code', header: t('codes.code'), rowHeader: true, render: (c) => c.code },
    { key: 'name', header: t('codes.name'), render: (c) => (i18n.language === 'sv' ? c.nameSv : c.nameEn) },
    { key: 'basis', header: t('codes.basis'), render: (c) => c.basis },
    { key: 'active', header: t('codes.active'), render: (c) => (c.active ? t('yes') : t('no')) },
    ...buttonColumn<ExceptionCodeRow>(canEdit, {
      key: 'edit',
      header: t('codes.editColumn'),
      label: t('codes.editColumn'),
      ariaLabel: (c) => t('codes.edit', { code: c.code }),
      onClick: setEditing,
    }),
  ];
  return (
    <Stack>
      {canEdit && (
        <Button variant="light" onClick={() => setEditing('new')} style={{ alignSelf: 'flex-start' }}>
          {t('codes.new')}
        </Button>
      )}
      <QueryState query={query}>
        {(codes) => (
          <DataTable caption={t('codes.caption')} columns={columns} rows={codes} rowKey={(c) => c.id} />
        )}
      </QueryState>
      {editing && (
        <ExceptionCodeForm code={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
