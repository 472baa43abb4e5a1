import { Alert, Badge, Button, Checkbox, Group, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { addWeeks, isoWeekOf, type Report, situationQueries, useSituationChange } from './queries';
import { ReportBadges } from './ReportBadges';
import { useWeek, WeekPicker } from './WeekPicker';

/** "EST-samordning": review, merge duplicates, correct categories, compile, who has reported. */
export default function ReviewPage() {
  const { t, i18n } = useTranslation('situation');
  const who = useQuery(situationQueries.me());
  const [week, setWeek] = useWeek(addWeeks(isoWeekOf(new Date()), 0));
  const reports = useQuery({ ...situationQueries.reports(week), enabled: who.data?.coordinator === true });
  const status = useQuery({ ...situationQueries.status(week), enabled: who.data?.coordinator === true });
  const categories = useQuery(situationQueries.categories());
  const [keep, setKeep] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<string[]>([]);
  const patch = useSituationChange(({ id, body }: { id: string; body: Record<string, unknown> }) =>
    api.patch(`/situation/reports/${id}`, body),
  );
  const merge = useSituationChange(
    () => api.post('/situation/reports/merge', { keepId: keep, duplicateIds: duplicates }),
    () => {
      setKeep(null);
      setDuplicates([]);
    },
  );
  const compile = useSituationChange(() => api.post(`/situation/weeks/${week}/compile`));
  const remind = useSituationChange(() =>
    api.post<{ sent: number; unreachable: string[] }>(`/situation/weeks/${week}/reminders`),
  );

  const header = (
    <PageHeader
      title={t('review.title')}
      description={t('review.description')}
      actions={<WeekPicker week={week} onChange={setWeek} />}
    />
  );
  if (who.isPending || categories.isPending) return <PageLoader />;
  if (!who.data?.coordinator) {
    return (
      <Stack>
        {header}
        <Alert color="gray">{t('review.notCoordinator')}</Alert>
      </Stack>
    );
  }
  const en = i18n.language === 'en';
  const categoryOptions = (categories.data ?? []).map((c) => ({
    value: c.id,
    label: en ? c.nameEn : c.nameSv,
  }));
  const rows = reports.data ?? [];
  const open = rows.filter((r) => !r.mergedInto);

  return (
    <Stack gap="lg">
      {header}
      <ErrorAlert error={reports.error ?? patch.error ?? merge.error ?? compile.error ?? remind.error} />
      {compile.isSuccess && (
        <Alert color="green" role="status">
          {t('review.compiled')}
        </Alert>
      )}
      <Text size="sm">{t('review.mergeHint')}</Text>
      <DataTable<Report>
        caption={t('review.reports', { week })}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          {
            key: 'keep',
            header: t('review.keep'),
            render: (r) =>
              r.mergedInto ? null : (
                <Radio
                  aria-label={`${t('review.keep')}: ${r.areaName}, ${r.categoryName}, ${r.sourceName}`}
                  checked={keep === r.id}
                  onChange={() => setKeep(r.id)}
                  name="keep"
                />
              ),
          },
          {
            key: 'dup',
            header: t('review.select'),
            render: (r) =>
              r.mergedInto ? null : (
                <Checkbox
                  aria-label={`${t('review.select')}: ${r.areaName}, ${r.categoryName}, ${r.sourceName}`}
                  checked={duplicates.includes(r.id)}
                  onChange={(e) => {
                    // Read now: React clears currentTarget once the handler returns.
                    const checked = e.currentTarget.checked;
                    setDuplicates((d) => (checked ? [...d, r.id] : d.filter((x) => x !== r.id)));
                  }}
                />
              ),
          },
          { key: 'date', header: t('review.date'), render: (r) => r.date, rowHeader: true },
          { key: 'area', header: t('review.area'), render: (r) => r.areaName },
          {
            key: 'cat',
            header: t('review.category'),
            render: (r) => (
              <Select
                aria-label={t('review.changeCategory', { id: `${r.areaName} ${r.date} ${r.sourceName}` })}
                data={categoryOptions}
                value={r.categoryId}
                onChange={(v) =>
                  v && v !== r.categoryId && patch.mutate({ id: r.id, body: { categoryId: v } })
                }
                size="xs"
                disabled={Boolean(r.mergedInto)}
                allowDeselect={false}
              />
            ),
          },
          { key: 'n', header: t('review.count'), render: (r) => r.count, align: 'right' },
          { key: 'text', header: t('review.text'), render: (r) => r.description },
          { key: 'source', header: t('review.source'), render: (r) => r.sourceName },
          {
            key: 'status',
            header: t('review.status'),
            render: (r) => (
              <ReportBadges report={r}>
                {r.status === 'submitted' && !r.mergedInto && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => patch.mutate({ id: r.id, body: { status: 'reviewed' } })}
                  >
                    {t('review.markReviewed')}
                  </Button>
                )}
              </ReportBadges>
            ),
          },
        ]}
      />
      <Group>
        <Button
          variant="default"
          disabled={!keep || duplicates.length === 0 || duplicates.includes(keep)}
          onClick={() => merge.mutate()}
          loading={merge.isPending}
        >
          {t('review.merge')}
        </Button>
        <Button
          onClick={() => compile.mutate()}
          loading={compile.isPending}
          disabled={open.length === 0 && !status.data}
        >
          {t('review.compile')}
        </Button>
      </Group>

      <section aria-labelledby="who-title">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h3" id="who-title">
            {t('review.who')}
          </Title>
          <Button variant="light" onClick={() => remind.mutate()} loading={remind.isPending}>
            {t('review.remind')}
          </Button>
        </Group>
        {remind.data && (
          <Alert color="green" role="status" mb="sm">
            {t('review.reminded', { sent: remind.data.sent })}
          </Alert>
        )}
        {remind.data && remind.data.unreachable.length > 0 && (
          <Alert color="orange" mb="sm">
            {t('review.unreachable', { names: remind.data.unreachable.join(', ') })}
          </Alert>
        )}
        {status.data && (
          <>
            <Text size="sm" mb="xs">
              {t('review.deadline', { date: status.data.deadline.slice(0, 10) })}
              {status.data.remindersSentAt &&
                ` · ${t('review.remindersSent', { date: status.data.remindersSentAt.slice(0, 10) })}`}
            </Text>
            <DataTable
              caption={t('review.who')}
              captionHidden
              rows={status.data.partners}
              rowKey={(p) => p.id}
              columns={[
                { key: 'name', header: t('review.partner'), render: (p) => p.name, rowHeader: true },
                { key: 'n', header: t('review.count'), render: (p) => p.reports, align: 'right' },
                {
                  key: 'state',
                  header: t('review.status'),
                  render: (p) =>
                    p.reports > 0 ? (
                      <Badge color="teal" variant="light">
                        {t('review.reported')}
                      </Badge>
                    ) : p.nothingToReport ? (
                      <Badge color="teal" variant="light">
                        {t('review.nothing')}
                      </Badge>
                    ) : (
                      <Badge color="red" variant="light">
                        {t('review.missing')}
                      </Badge>
                    ),
                },
              ]}
            />
          </>
        )}
      </section>
    </Stack>
  );
}
