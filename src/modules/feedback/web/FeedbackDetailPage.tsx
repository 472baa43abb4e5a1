import {
  Badge,
  Button,
  Image,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../../shared/format';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { QueryState } from '../../../web/components/QueryState';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan } from '../../../web/session';
import { type FeedbackReport, feedbackQueries, type TriageInput } from './queries';

type Kind = TriageInput['kind'];

/** Triage: an answer to the tenant, an action (rounds) or an EST report, each with an optional answer. */
function TriageForm({ report }: { report: FeedbackReport }) {
  const { t, i18n } = useTranslation('feedback');
  const [kind, setKind] = useState<Kind>('answer');
  const [answer, setAnswer] = useState('');
  const [title, setTitle] = useState('');
  const [publicText, setPublicText] = useState('');
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const est = useQuery({ ...feedbackQueries.estCategories(), enabled: kind === 'est' });
  const save = useSaveAndRefetch(
    feedbackQueries.all(),
    (body: TriageInput) => api.post<FeedbackReport>(`/feedback/${report.id}/triage`, body),
    () => setAnswer(''),
  );
  const body = (): TriageInput => {
    const withAnswer = answer.trim() ? { answer } : {};
    if (kind === 'action') return { kind, title, publicText: publicText || null, ...withAnswer };
    if (kind === 'est') return { kind, categoryId: categoryId ?? '', ...withAnswer };
    return { kind, answer };
  };
  const kinds: Kind[] = [
    'answer',
    ...(report.action ? [] : ['action' as const]),
    ...(report.estReportId ? [] : ['est' as const]),
  ];
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(body());
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            {t('triage.title')}
          </Title>
          <SegmentedControl
            value={kind}
            onChange={(v) => setKind(v as Kind)}
            data={kinds.map((k) => ({ value: k, label: t(`triage.kinds.${k}`) }))}
          />
          {kind === 'action' && (
            <>
              <TextInput
                label={t('triage.actionTitle')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                required
              />
              <Textarea
                label={t('triage.publicText')}
                description={t('triage.publicTextHint')}
                value={publicText}
                onChange={(e) => setPublicText(e.currentTarget.value)}
              />
            </>
          )}
          {kind === 'est' && (
            <Select
              label={t('triage.estCategory')}
              required
              value={categoryId}
              onChange={setCategoryId}
              data={(est.data ?? [])
                .filter((c) => c.active)
                .map((c) => ({ value: c.id, label: i18n.language === 'en' ? c.nameEn : c.nameSv }))}
            />
          )}
          <Textarea
            label={kind === 'answer' ? t('triage.answer') : t('triage.answerOptional')}
            description={t('triage.answerHint')}
            value={answer}
            onChange={(e) => setAnswer(e.currentTarget.value)}
            required={kind === 'answer'}
            autosize
            minRows={3}
          />
          {save.error && <ErrorAlert error={save.error} />}
          <Button type="submit" loading={save.isPending}>
            {t(`triage.submit.${kind}`)}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function Details({ report }: { report: FeedbackReport }) {
  const { t, i18n } = useTranslation('feedback');
  const canTriage = useCan('feedback.triage');
  const publish = useSaveAndRefetch(
    feedbackQueries.all(),
    (publishable: boolean) => api.put(`/feedback/${report.id}/photo-publishable`, { publishable }),
    () => {},
  );
  const line = (label: string, value: string | null | undefined) =>
    value ? (
      <Text>
        <strong>{label}:</strong> {value}
      </Text>
    ) : null;
  return (
    <Stack>
      <PageHeader title={`${t(`categories.${report.category}`)} – ${report.areaName}`} />
      <Badge variant="light">{t(`statuses.${report.status}`)}</Badge>
      {line(t('detail.received'), formatDateTime(report.receivedAt, i18n.language))}
      {line(t('detail.place'), report.place)}
      {report.lat !== null && line(t('detail.point'), `${report.lat.toFixed(5)}, ${report.lon?.toFixed(5)}`)}
      <Paper withBorder p="md">
        <Text style={{ whiteSpace: 'pre-line' }}>{report.description}</Text>
      </Paper>
      {report.hasPhoto && (
        <Stack gap="xs">
          <Image src={`/api/v1/feedback/${report.id}/photo`} alt={t('detail.photo')} maw={480} radius="sm" />
          {canTriage && (
            <Switch
              checked={report.photoPublishable}
              onChange={(e) => publish.mutate(e.currentTarget.checked)}
              label={t('detail.photoPublishable')}
            />
          )}
        </Stack>
      )}
      {line(t('detail.email'), report.contactEmail)}
      {line(t('detail.phone'), report.contactPhone)}
      {report.contactErased && <Text c="dimmed">{t('detail.contactErased')}</Text>}
      {line(t('detail.answer'), report.answer)}
      {report.action &&
        line(t('detail.action'), `${report.action.title} (${t(`actionStatuses.${report.action.status}`)})`)}
      {report.estReportId && <Text>{t('detail.est')}</Text>}
      {canTriage && <TriageForm report={report} />}
    </Stack>
  );
}

/** One report: its text, place, photo and contact, and its triage. */
export default function FeedbackDetailPage() {
  const { id = '' } = useParams();
  const query = useQuery(feedbackQueries.detail(id));
  return <QueryState query={query}>{(report) => <Details report={report} />}</QueryState>;
}
