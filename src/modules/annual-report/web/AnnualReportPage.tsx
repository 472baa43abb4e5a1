import { Group, Loader, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishYear } from '../../../shared/time';
import { DownloadMenu } from '../../../web/components/DownloadMenu';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { YearSelect } from '../../../web/components/YearSelect';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useCan } from '../../../web/session';
import { reportFormats, reportLanguages } from '../annual-report.contract';
import { type MaterialArea, type ReportLanguage, reportFileUrl, reportQueries } from './queries';
import { type Draft, TextBlockEditor } from './TextBlockEditor';
import { useUnsavedWarning } from './useUnsavedWarning';

/**
 * "Årsrapport": the year's sustainability report — the text of each material area written here,
 * the report previewed as its HTML and downloaded in every format. Last year's by default: the
 * report is written after the year it is about.
 */
export default function AnnualReportPage() {
  const { t, i18n } = useTranslation('annual-report');
  const canWrite = useCan('report.write');
  const [year, setYear] = useState(swedishYear() - 1);
  const [language, setLanguage] = useState<ReportLanguage>(i18n.language === 'en' ? 'en' : 'sv');
  const [drafts, setDrafts] = useState<Partial<Record<MaterialArea, Draft>>>({});
  const dirty = Object.keys(drafts).length > 0;
  const leaveMessage = t('unsaved.confirm');
  useUnsavedWarning(dirty, leaveMessage);
  const texts = useQuery(reportQueries.texts(year, language));

  /** Another year or language shows other texts: what is typed is dropped only when the user agrees. */
  const switchTo = (change: () => void) => {
    if (dirty && !window.confirm(leaveMessage)) return;
    setDrafts({});
    change();
  };
  const setDraft = (area: MaterialArea) => (draft: Draft | undefined) =>
    setDrafts(({ [area]: _, ...others }) => (draft ? { ...others, [area]: draft } : others));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <DownloadMenu
            label={t('download.label', { year })}
            files={reportFormats.map((format) => ({
              label: t(`download.${format}`),
              href: `/api/v1${reportFileUrl(year, language, format)}`,
            }))}
          />
        }
      />
      <Group align="flex-end">
        <YearSelect label={t('year')} value={year} onChange={(y) => switchTo(() => setYear(y))} maw={160} />
        <NativeSelect
          label={t('language')}
          value={language}
          onChange={(event) => {
            const next = event.currentTarget.value as ReportLanguage;
            switchTo(() => setLanguage(next));
          }}
          data={reportLanguages.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          maw={200}
        />
      </Group>
      <ErrorAlert error={texts.error} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack component="section" aria-labelledby="report-texts" gap="md">
          <Title order={2} size="h3" id="report-texts">
            {t('texts.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('texts.hint')}
          </Text>
          {texts.isPending && <PageLoader />}
          {texts.data?.map((block) => (
            <TextBlockEditor
              key={`${year}-${language}-${block.material_area}`}
              block={block}
              year={year}
              language={language}
              canWrite={canWrite}
              draft={drafts[block.material_area]}
              onDraft={setDraft(block.material_area)}
            />
          ))}
        </Stack>
        <Preview year={year} language={language} />
      </SimpleGrid>
    </Stack>
  );
}

/**
 * The report as its HTML file shows it, in a frame of its own. Sandboxed without same-origin, so
 * nothing in it can reach the app; scripts are allowed only so that accessibility checkers (axe,
 * browser extensions) can look inside: the report has none, and the page's CSP, which the frame
 * inherits, forbids inline ones.
 */
function Preview({ year, language }: { year: number; language: ReportLanguage }) {
  const { t } = useTranslation('annual-report');
  const preview = useQuery(reportQueries.preview(year, language));
  return (
    <Stack component="section" aria-labelledby="report-preview" gap="md">
      <Group gap="sm">
        <Title order={2} size="h3" id="report-preview">
          {t('preview.heading')}
        </Title>
        {preview.isFetching && (
          <Group gap={6} role="status">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('preview.updating')}
            </Text>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('preview.hint')}
      </Text>
      <ErrorAlert error={preview.error} />
      {preview.data !== undefined && (
        <iframe
          title={t('preview.frame', { year })}
          srcDoc={preview.data}
          sandbox="allow-scripts"
          style={{
            width: '100%',
            height: '80vh',
            border: '1px solid var(--mantine-color-gray-4)',
            borderRadius: 'var(--mantine-radius-sm)',
            background: 'white',
          }}
        />
      )}
    </Stack>
  );
}
