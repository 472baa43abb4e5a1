import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/time';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { isoWeekOf, isoWeekOfDay, situationQueries, weekDays } from './queries';
import { ReportBadges } from './ReportBadges';
import { ReportForm, today, useReportForm } from './ReportForm';
import { useWeek, WeekPicker } from './WeekPicker';

/** The last day partners may report the week of a date: its Sunday plus the window's days. */
function deadlineOf(date: string, windowDays: number): string {
  return addDays(weekDays(isoWeekOfDay(date || today())).last, windowDays);
}

/** "Rapportera händelse": the report form, "nothing to report", and the week's own reports. */
export default function ReportPage() {
  const { t } = useTranslation('situation');
  const who = useQuery(situationQueries.me());
  const areas = useQuery(situationQueries.areas());
  const categories = useQuery(situationQueries.categories());
  const partners = useQuery(situationQueries.partners());
  const [week, setWeek] = useWeek(isoWeekOf(new Date()));
  const { fields, save } = useReportForm();
  const { date, sourceId } = fields.values;
  const nothing = useMutation({
    mutationFn: () => api.post('/situation/nothing-to-report', { week, ...(sourceId ? { sourceId } : {}) }),
  });

  if (who.isPending || areas.isPending || categories.isPending) return <PageLoader />;
  if (who.error || areas.error || categories.error)
    return <ErrorAlert error={who.error ?? areas.error ?? categories.error} />;
  const partner = who.data.partner;

  return (
    <Stack gap="lg">
      <PageHeader title={t('report.title')} description={t('report.description')} />
      <Alert color="orange" variant="light" title={t('report.noNames')} />
      {partner && (
        <Alert color="blue" variant="light">
          {t('report.reportingFor', { name: partner.name })}
        </Alert>
      )}
      {!who.data.coordinator && (
        <Text size="sm">
          {t('report.window', {
            week: isoWeekOfDay(date || today()),
            date: deadlineOf(date, who.data.reportingWindowDays),
          })}
        </Text>
      )}
      <ReportForm
        fields={fields}
        save={save}
        areas={areas.data}
        categories={categories.data}
        partners={who.data.coordinator && !partner ? partners.data : undefined}
      />

      <Group justify="space-between">
        <WeekPicker week={week} onChange={setWeek} />
        <Button variant="default" onClick={() => nothing.mutate()} loading={nothing.isPending}>
          {t('report.nothing', { week })}
        </Button>
      </Group>
      <ErrorAlert error={nothing.error} />
      {nothing.isSuccess && (
        <Alert color="green" role="status">
          {t('report.nothingSaved', { week })}
        </Alert>
      )}
      <MyReports week={week} />
    </Stack>
  );
}

/** The week's reports the reporter may see, with their state. */
function MyReports({ week }: { week: string }) {
  const { t } = useTranslation('situation');
  const reports = useQuery(situationQueries.reports(week));
  return (
    <section aria-labelledby="mine-title">
      <Title order={2} size="h3" id="mine-title" mb="xs">
        {t('report.mine', { week })}
      </Title>
      <ErrorAlert error={reports.error} />
      <DataTable
        caption={t('report.mine', { week })}
        captionHidden
        rows={reports.data ?? []}
        rowKey={(r) => r.id}
        columns={[
          { key: 'date', header: t('report.date'), render: (r) => r.date, rowHeader: true },
          { key: 'area', header: t('report.area'), render: (r) => r.areaName },
          { key: 'cat', header: t('report.category'), render: (r) => r.categoryName },
          { key: 'n', header: t('report.count'), render: (r) => r.count, align: 'right' },
          { key: 'text', header: t('report.text'), render: (r) => r.description },
          { key: 'source', header: t('report.source'), render: (r) => r.sourceName },
          { key: 'status', header: '', render: (r) => <ReportBadges report={r} /> },
        ]}
      />
    </section>
  );
}
