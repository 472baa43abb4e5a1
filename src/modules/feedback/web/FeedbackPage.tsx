import { Badge, Group, Pagination, Select, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { areaQueries } from '../../areas/web';
import {
  type FeedbackFilter,
  type FeedbackReport,
  feedbackCategories,
  feedbackQueries,
  feedbackStatuses,
} from './queries';

const pageSize = 50;

/** Tenants' reports by area, status and category, newest first, a page at a time. */
export default function FeedbackPage() {
  const { t, i18n } = useTranslation('feedback');
  const [filter, setFilter] = useState<FeedbackFilter>({ page: 1, status: 'received' });
  const areas = useQuery(areaQueries.list());
  const list = useQuery(feedbackQueries.list(filter));
  const set = (key: keyof FeedbackFilter) => (value: string | null) =>
    setFilter((f) => ({ ...f, [key]: value ?? undefined, page: 1 }));
  const columns: Column<FeedbackReport>[] = [
    {
      key: 'received',
      header: t('columns.received'),
      render: (r) => <Link to={`/feedback/${r.id}`}>{formatDate(r.receivedOn, i18n.language)}</Link>,
      rowHeader: true,
    },
    { key: 'area', header: t('columns.area'), render: (r) => r.areaName },
    { key: 'category', header: t('columns.category'), render: (r) => t(`categories.${r.category}`) },
    { key: 'text', header: t('columns.text'), render: (r) => r.description.slice(0, 120) },
    {
      key: 'status',
      header: t('columns.status'),
      render: (r) => <Badge variant="light">{t(`statuses.${r.status}`)}</Badge>,
    },
  ];
  return (
    <Stack>
      <PageHeader title={t('title')} description={t('description')} />
      <Group>
        <Select
          label={t('filters.area')}
          clearable
          value={filter.areaId ?? null}
          onChange={set('areaId')}
          data={(areas.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
        />
        <Select
          label={t('filters.status')}
          clearable
          value={filter.status ?? null}
          onChange={set('status')}
          data={feedbackStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <Select
          label={t('filters.category')}
          clearable
          value={filter.category ?? null}
          onChange={set('category')}
          data={feedbackCategories.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        />
      </Group>
      <QueryState query={list}>
        {(page) => (
          <Stack>
            <DataTable
              caption={t('caption', { count: page.total })}
              columns={columns}
              rows={page.items}
              rowKey={(r) => r.id}
              empty={t('empty')}
            />
            {page.total > pageSize && (
              <Pagination
                total={Math.ceil(page.total / pageSize)}
                value={filter.page}
                onChange={(p) => setFilter((f) => ({ ...f, page: p }))}
              />
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
