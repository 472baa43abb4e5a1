import { Alert, Button, FileInput, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type i18next from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportKindList, ImportStarted } from '../../core/import/import.contract';
import { api } from '../api';
import { DataTable } from './DataTable';
import { ErrorAlert } from './ErrorAlert';

type ImportPanelProps = {
  /** The import kind registered on the server, e.g. "properties". */
  kind: string;
  /** Labels for the kind's summary counters, e.g. { propertiesCreated: t('…') }; others show their key. */
  summaryLabels?: Record<string, string>;
  /** Called once when a job finishes with status done (e.g. to refetch lists). */
  onDone?: (job: ImportJob) => void;
};

const shownErrors = 200;

// The progress line's words, added to the shell's `common` namespace here so the panel carries
// them with it (the shell's translation files belong to the whole app).
const progressMessages = {
  sv: {
    phaseReading: 'Läser och kontrollerar filen',
    phasePublishing: 'Sparar {{rows}} rader',
    counts: '{{read}} lästa · {{validated}} godkända · {{written}} skrivna',
    errorsSoFar_one: '{{count}} fel hittills: ingenting sparas',
    errorsSoFar_other: '{{count}} fel hittills: ingenting sparas',
    secondsLeft: 'cirka {{seconds}} s kvar',
    minutesLeft: 'cirka {{minutes}} min kvar',
  },
  en: {
    phaseReading: 'Reading and checking the file',
    phasePublishing: 'Saving {{rows}} rows',
    counts: '{{read}} read · {{validated}} valid · {{written}} written',
    errorsSoFar_one: '{{count}} error so far: nothing will be saved',
    errorsSoFar_other: '{{count}} errors so far: nothing will be saved',
    secondsLeft: 'about {{seconds}} s left',
    minutesLeft: 'about {{minutes}} min left',
  },
};
function ensureProgressMessages(i18n: typeof i18next) {
  if (i18n.exists('import.live.counts', { ns: 'common' })) return;
  for (const [lng, messages] of Object.entries(progressMessages)) {
    i18n.addResourceBundle(lng, 'common', { import: { live: messages } }, true, false);
  }
}

/**
 * Upload a CSV/XLSX file to the core import pipeline and follow it: a progress bar while it
 * runs, then the summary, or the per-row errors of a refused file (nothing is imported then).
 */
export function ImportPanel({ kind, summaryLabels = {}, onDone }: ImportPanelProps) {
  const { t } = useTranslation('common');
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const reported = useRef<string | null>(null);

  const kinds = useQuery({
    queryKey: ['imports', 'kinds'],
    queryFn: () => api.get<ImportKindList>('/imports/kinds'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const columns = kinds.data?.find((k) => k.kind === kind)?.columns;

  const start = useMutation({
    mutationFn: (chosen: File) => api.upload<ImportStarted>(`/imports/${kind}`, chosen),
    onSuccess: ({ jobId }) => setJobId(jobId),
  });

  const job = useQuery({
    queryKey: ['imports', 'jobs', jobId],
    queryFn: () => api.get<ImportJob>(`/imports/jobs/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 400 : false),
  });

  useEffect(() => {
    if (job.data?.status === 'done' && reported.current !== job.data.id) {
      reported.current = job.data.id;
      onDone?.(job.data);
    }
  }, [job.data, onDone]);

  const running = start.isPending || job.data?.status === 'running' || (jobId !== null && !job.data);
  const status = job.data?.status;

  return (
    <Stack gap="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return;
          setJobId(null);
          start.mutate(file);
        }}
      >
        <Group align="flex-end" gap="sm">
          <FileInput
            label={t('import.file')}
            description={columns ? t('import.fileDescription', { columns: columns.join(', ') }) : undefined}
            placeholder={t('import.placeholder')}
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
            style={{ flex: '1 1 18rem' }}
          />
          <Button type="submit" disabled={!file || running} loading={running}>
            {t('import.submit')}
          </Button>
        </Group>
      </form>

      <ErrorAlert error={start.error ?? job.error} />

      {running && !job.data && (
        // Uploading, or waiting for the first report (an embedded database answers only between steps).
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">{t('import.running')}</Text>
        </Group>
      )}

      {job.data && (
        <div aria-live="polite">
          {status === 'running' && <LiveProgress job={job.data} />}
          {status === 'done' && (
            <Alert color="green" variant="light" title={t('import.done', { count: job.data.totalRows })}>
              <Summary summary={job.data.summary} labels={summaryLabels} />
            </Alert>
          )}
          {status === 'refused' && (
            <Alert
              color="red"
              variant="light"
              title={t('import.refused', { count: refusedRows(job.data) })}
            />
          )}
          {status === 'failed' && <Alert color="red" variant="light" title={t('import.failed')} />}
        </div>
      )}

      {job.data && job.data.errors.length > 0 && (
        <>
          <DataTable
            caption={t('import.errorsCaption')}
            columns={[
              { key: 'row', header: t('import.row'), render: (e) => e.row, align: 'right', rowHeader: true },
              { key: 'column', header: t('import.column'), render: (e) => e.column ?? '–' },
              { key: 'message', header: t('import.message'), render: (e) => e.message },
            ]}
            rows={job.data.errors.slice(0, shownErrors)}
            rowKey={(e) => `${e.row}:${e.column}:${e.code}`}
          />
          {job.data.errors.length > shownErrors && (
            <Text size="sm" c="dimmed">
              … +{job.data.errors.length - shownErrors}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

/** The bar, the phase, rows read / valid / written and the time left while a job runs. */
function LiveProgress({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation('common');
  ensureProgressMessages(i18n);
  const number = (n: number) => n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE');
  const left = job.secondsLeft;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {job.phase === 'publishing'
          ? t('import.live.phasePublishing', { rows: number(job.rowsRead) })
          : t('import.live.phaseReading')}
        {left !== null && job.phase !== 'done' && (
          <>
            {' · '}
            {left >= 120
              ? t('import.live.minutesLeft', { minutes: Math.round(left / 60) })
              : t('import.live.secondsLeft', { seconds: left })}
          </>
        )}
      </Text>
      <Progress.Root size="lg">
        <Progress.Section value={Math.round(job.progress * 100)} aria-label={t('import.progress')} animated />
      </Progress.Root>
      <Text size="sm" c="dimmed">
        {t('import.live.counts', {
          read: number(job.rowsRead),
          validated: number(job.rowsValidated),
          written: number(job.rowsWritten),
        })}
      </Text>
      {job.errorCount > 0 && (
        <Text size="sm" c="red">
          {t('import.live.errorsSoFar', { count: job.errorCount })}
        </Text>
      )}
    </Stack>
  );
}

function refusedRows(job: ImportJob): number {
  return job.summary?.errorCount ?? new Set(job.errors.map((e) => e.row)).size;
}

function Summary({
  summary,
  labels,
}: {
  summary: Record<string, number> | null;
  labels: Record<string, string>;
}) {
  const { t } = useTranslation('common');
  const entries = Object.entries(summary ?? {}).filter(([key]) => key !== 'errorCount');
  if (entries.length === 0) return null;
  return (
    <dl className="gs-summary">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{labels[key] ?? t(`import.summary.${key}`, { defaultValue: key })}</dt>
          <dd>{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}
