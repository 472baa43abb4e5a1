import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { formatEntered } from './format';
import type { EntryJson, FrameworkIndicator } from './queries';

/**
 * The values entered by hand for an indicator: year, area, value and n as entered, the source note,
 * the attachment to download, who entered it and when. `extra` adds columns (a remove button).
 */
export function EntriesTable({
  caption,
  entries,
  unit,
  empty,
  extra = [],
}: {
  caption: string;
  entries: readonly EntryJson[];
  unit: FrameworkIndicator['unit'];
  empty: string;
  extra?: Column<EntryJson>[];
}) {
  const { t, i18n } = useTranslation('indicators');
  const language = i18n.language;
  const columns: Column<EntryJson>[] = [
    { key: 'year', header: t('fields.year'), render: (e) => e.year, rowHeader: true },
    { key: 'area', header: t('fields.area'), render: (e) => e.areaName ?? t('fields.wholeOrganisation') },
    {
      key: 'value',
      header: t('fields.value'),
      render: (e) => formatEntered(e.value, unit, language),
      align: 'right',
    },
    {
      key: 'n',
      header: 'n',
      render: (e) => (e.n === null ? '–' : e.n.toLocaleString(language)),
      align: 'right',
    },
    { key: 'source', header: t('fields.sourceNote'), render: (e) => e.sourceNote },
    {
      key: 'attachment',
      header: t('fields.attachmentColumn'),
      render: (e) =>
        e.attachment ? (
          <Anchor
            href={`/api/v1${e.attachment.href}`}
            download={e.attachment.name}
            aria-label={t('trace.download', { name: e.attachment.name })}
          >
            {e.attachment.name}
          </Anchor>
        ) : (
          '–'
        ),
    },
    {
      key: 'by',
      header: t('fields.enteredBy'),
      render: (e) => e.changedBy?.name ?? t('trace.unknownPerson'),
    },
    { key: 'at', header: t('fields.enteredAt'), render: (e) => formatDateTime(e.changedAt, language) },
    ...extra,
  ];
  return <DataTable caption={caption} columns={columns} rows={entries} rowKey={(e) => e.id} empty={empty} />;
}
