import { Anchor, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { locale } from '../../../web/i18n';
import { PageLoader } from '../../../web/layout/PageLoader';
import { Changes } from './Changes';
import { type AuditRow, auditQueries } from './queries';

const filterNames = ['from', 'to', 'actor', 'entity', 'action'] as const;
type Filter = Record<(typeof filterNames)[number], string>;
const pageSize = 50;

/** What a change was about, in words: the name, code, address or e-mail it carries. */
function subjectOf(entry: AuditRow): string | null {
  for (const values of [entry.after, entry.before]) {
    if (typeof values !== 'object' || values === null) continue;
    const v = values as Record<string, unknown>;
    for (const key of ['name', 'title', 'address', 'email', 'code', 'fileName']) {
      if (typeof v[key] === 'string' && v[key]) return v[key] as string;
    }
  }
  return null;
}

/** The filter part of the address, as the API takes it: from, to, actor, entity, action. */
function filterQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of filterNames) {
    const value = params.get(name)?.trim();
    if (value) query.set(name, value);
  }
  return query;
}

/** Who changed what and when; filters live in the address so a view can be shared. */
export default function AuditLogPage() {
  const { t, i18n } = useTranslation('audit-log');
  const { t: tc } = useTranslation('common');
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const filter = filterQuery(params);
  const pageQuery = new URLSearchParams(filter);
  pageQuery.set('limit', String(pageSize));
  pageQuery.set('offset', String(offset));

  const entries = useQuery({ ...auditQueries.page(pageQuery), placeholderData: keepPreviousData });
  const facets = useQuery(auditQueries.facets());
  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale(i18n.language), { dateStyle: 'short', timeStyle: 'medium' });
  const goTo = (nextOffset: number) => {
    const next = new URLSearchParams(filter);
    if (nextOffset > 0) next.set('offset', String(nextOffset));
    setParams(next);
  };

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Anchor href={`/api/v1/audit/export?${filter}`} download>
            {t('export')}
          </Anchor>
        }
      />
      <Filters
        key={filter.toString()}
        initial={Object.fromEntries(filterNames.map((n) => [n, filter.get(n) ?? ''])) as Filter}
        onApply={(values) => {
          const next = new URLSearchParams();
          for (const name of filterNames) if (values[name].trim()) next.set(name, values[name].trim());
          setParams(next);
        }}
        entityOptions={(facets.data?.entities ?? []).map((e) => ({ value: e.code, label: e.label }))}
        actionOptions={(facets.data?.actions ?? []).map((a) => ({ value: a.code, label: a.label }))}
      />
      <ErrorAlert error={entries.error} />
      {entries.isPending ? (
        <PageLoader />
      ) : (
        entries.data && (
          <>
            <DataTable
              caption={t('caption', { from: offset + 1, to: offset + entries.data.length })}
              columns={[
                { key: 'at', header: t('fields.at'), render: (e) => time(e.at), rowHeader: true },
                { key: 'actor', header: t('fields.actor'), render: (e) => e.actorName },
                { key: 'action', header: t('fields.action'), render: (e) => e.actionLabel },
                {
                  key: 'entity',
                  header: t('fields.entity'),
                  render: (e) => {
                    const subject = subjectOf(e);
                    return (
                      <>
                        {e.entityLabel}
                        {subject && (
                          <Text size="sm" fw={600}>
                            {subject}
                          </Text>
                        )}
                      </>
                    );
                  },
                },
                {
                  key: 'changes',
                  header: t('fields.changes'),
                  render: (e) => <Changes before={e.before} after={e.after} />,
                },
              ]}
              rows={entries.data}
              rowKey={(e) => String(e.id)}
              empty={t('empty')}
            />
            <Group justify="space-between">
              <Button
                variant="default"
                disabled={offset === 0}
                onClick={() => goTo(Math.max(0, offset - pageSize))}
              >
                {tc('actions.previous')}
              </Button>
              <Button
                variant="default"
                disabled={entries.data.length < pageSize}
                onClick={() => goTo(offset + pageSize)}
              >
                {tc('actions.next')}
              </Button>
            </Group>
          </>
        )
      )}
    </Stack>
  );
}

type Option = { value: string; label: string };

/** A filter from a shared address may name a code the list has not loaded (yet): keep it choosable. */
function withCurrent(options: Option[], current: string): Option[] {
  return !current || options.some((o) => o.value === current)
    ? options
    : [...options, { value: current, label: current }];
}

function Filters({
  initial,
  onApply,
  entityOptions,
  actionOptions,
}: {
  initial: Filter;
  onApply: (filter: Filter) => void;
  entityOptions: Option[];
  actionOptions: Option[];
}) {
  const { t } = useTranslation('audit-log');
  const { t: tc } = useTranslation('common');
  const [values, setValues] = useState<Filter>(initial);
  const set = (name: keyof Filter) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const empty: Filter = { from: '', to: '', actor: '', entity: '', action: '' };
  /** The entity or action filter: a code from the log's list, or any when cleared. */
  const codeSelect = (name: 'entity' | 'action', options: Option[], anyLabel: string) => (
    <Select
      label={t(`fields.${name}`)}
      placeholder={anyLabel}
      data={withCurrent(options, values[name])}
      value={values[name] || null}
      onChange={(value) => set(name)(value ?? '')}
      searchable
      clearable
    />
  );

  return (
    <form
      aria-label={t('filters')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onApply(values);
      }}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        <TextInput
          type="date"
          label={t('fields.from')}
          value={values.from}
          onChange={(e) => set('from')(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('fields.to')}
          value={values.to}
          onChange={(e) => set('to')(e.currentTarget.value)}
        />
        <TextInput
          label={t('fields.actor')}
          value={values.actor}
          onChange={(e) => set('actor')(e.currentTarget.value)}
        />
        {codeSelect('entity', entityOptions, t('anyEntity'))}
        {codeSelect('action', actionOptions, t('anyAction'))}
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">{tc('actions.filter')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setValues(empty);
            onApply(empty);
          }}
        >
          {tc('actions.clear')}
        </Button>
      </Group>
    </form>
  );
}
