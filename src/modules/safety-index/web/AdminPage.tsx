import { Anchor, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { ImportPanel } from '../../../web/components/ImportPanel';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { useMe } from '../../../web/session';
import { EmailsSection } from './EmailsSection';
import { count, percent } from './format';
import { PublicationSection } from './PublicationSection';
import { type Instrument, safetyQueries } from './queries';

/** "Trygghetsenkät": import of vendor files, the sampling plan, the question set and letters (targets: the goals page). */
export default function AdminPage() {
  const { t } = useTranslation('safety-index');
  const me = useMe();
  const client = useQueryClient();
  const can = (p: string) => me.permissions.includes(p);
  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      {can('safety-index.import') && (
        <PanelSection id="si-import" title={t('admin.import')} hint={t('admin.importHint')}>
          <ImportPanel
            kind="survey-responses"
            onDone={() => client.invalidateQueries({ queryKey: safetyQueries.all() })}
          />
        </PanelSection>
      )}
      <PlanSection />
      {can('goals.read') && <TargetsSection />}
      {can('safety-index.admin') && <PublicationSection />}
      {can('safety-index.admin') && <InstrumentSection />}
      {can('safety-index.admin') && <LettersSection />}
      {can('safety-index.admin') && <EmailsSection />}
    </Stack>
  );
}

function PlanSection() {
  const { t, i18n } = useTranslation('safety-index');
  const plan = useQuery(safetyQueries.plan());
  const n = (v: number) => count(Math.round(v), i18n.language);
  return (
    <PanelSection id="si-plan" title={t('admin.plan')}>
      <ErrorAlert error={plan.error} />
      <DataTable
        caption={t('admin.planTable')}
        rows={plan.data?.areas ?? []}
        rowKey={(r) => r.areaId}
        columns={[
          {
            key: 'area',
            header: t('admin.area'),
            render: (r) => `${r.areaName} (${r.areaCode})`,
            rowHeader: true,
          },
          {
            key: 'households',
            header: t('admin.households'),
            render: (r) => n(r.households),
            align: 'right',
          },
          {
            key: 'invited',
            header: t('admin.invitations'),
            render: (r) => n(r.expectedInvitationsPerYear),
            align: 'right',
          },
          {
            key: 'rate',
            header: t('admin.responseRate'),
            render: (r) => percent(r.responseRate, i18n.language, 0),
            align: 'right',
          },
          {
            key: 'answers',
            header: t('admin.answers'),
            render: (r) => n(r.expectedAnswersPerYear),
            align: 'right',
          },
          {
            key: 'margin',
            header: t('admin.margin'),
            render: (r) => percent(r.marginOfError, i18n.language),
            align: 'right',
          },
        ]}
      />
      {plan.data && (
        <Text size="sm" c="dimmed" mt="xs">
          {t(plan.data.marginBasis === 'observed' ? 'admin.marginObserved' : 'admin.marginAssumed')}
        </Text>
      )}
    </PanelSection>
  );
}

/** The targets are goals now, set with every other indicator's on the goals page: a pointer there. */
function TargetsSection() {
  const { t } = useTranslation('safety-index');
  return (
    <PanelSection id="si-targets" title={t('admin.targets')}>
      <Text size="sm" mb="xs">
        {t('admin.targetsMoved')}
      </Text>
      <Anchor component={Link} to="/goals#safety_index">
        {t('admin.goalsLink')}
      </Anchor>
    </PanelSection>
  );
}

function InstrumentSection() {
  const { t, i18n } = useTranslation('safety-index');
  const client = useQueryClient();
  const instrument = useQuery(safetyQueries.instrument());
  const [chosen, setChosen] = useState<string[] | null>(null);
  const save = useMutation({
    mutationFn: (indexCodes: string[]) =>
      api.post('/safety-index/instrument', {
        questions: instrument.data!.questions,
        indexCodes,
        comment: instrument.data!.comment,
      }),
    onSuccess: () => {
      setChosen(null);
      void client.invalidateQueries({ queryKey: safetyQueries.all() });
    },
  });
  if (!instrument.data) return <ErrorAlert error={instrument.error} />;
  const selected = chosen ?? instrument.data.indexCodes;
  return (
    <PanelSection
      id="si-instrument"
      title={t('admin.instrument', { version: instrument.data.version })}
      hint={t('admin.indexHint')}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(selected);
        }}
      >
        <Checkbox.Group value={selected} onChange={setChosen} label={t('dashboard.indexQuestion')}>
          <Stack gap={6} mt="xs">
            {instrument.data.questions.map((q) => (
              <Checkbox
                key={q.code}
                value={q.code}
                label={`${q.code}: ${q.text[i18n.language] ?? q.text.sv}`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <ErrorAlert error={save.error} />
        <Button
          type="submit"
          mt="sm"
          disabled={chosen === null || selected.length === 0}
          loading={save.isPending}
        >
          {t('admin.saveInstrument')}
        </Button>
      </form>
      <QuestionTextsEditor
        key={instrument.data.id}
        initial={instrument.data.questions}
        onSave={(questions) =>
          api.post('/safety-index/instrument', {
            questions,
            indexCodes: instrument.data!.indexCodes.filter((c) => questions.some((q) => q.code === c)),
            comment: instrument.data!.comment,
          })
        }
        onSaved={() => void client.invalidateQueries({ queryKey: safetyQueries.all() })}
      />
    </PanelSection>
  );
}

type Question = Instrument['questions'][number];

/** The questions and their texts in every language as JSON: add a question or a language, fix a text. */
function QuestionTextsEditor({
  initial,
  onSave,
  onSaved,
}: {
  initial: Question[];
  onSave: (questions: Question[]) => Promise<unknown>;
  onSaved: () => void;
}) {
  const { t } = useTranslation('safety-index');
  const [text, setText] = useState(() => JSON.stringify(initial, null, 2));
  const [invalid, setInvalid] = useState(false);
  const save = useMutation({ mutationFn: onSave, onSuccess: onSaved });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        try {
          const parsed = JSON.parse(text) as Question[];
          setInvalid(false);
          save.mutate(parsed);
        } catch {
          setInvalid(true);
        }
      }}
    >
      <Textarea
        mt="lg"
        label={t('admin.texts')}
        description={t('admin.textsHint')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={6}
        maxRows={20}
        error={invalid ? t('admin.textsInvalid') : undefined}
        styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
      />
      <ErrorAlert error={save.error} />
      <Button type="submit" mt="sm" variant="light" loading={save.isPending}>
        {t('admin.saveInstrument')}
      </Button>
    </form>
  );
}

function LettersSection() {
  const { t } = useTranslation('safety-index');
  const client = useQueryClient();
  const letters = useQuery(safetyQueries.letters());
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/safety-index/letters/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: safetyQueries.letters().queryKey }),
  });
  return (
    <PanelSection id="si-letters" title={t('admin.letters')} hint={t('admin.lettersHint')}>
      <ErrorAlert error={letters.error ?? remove.error} />
      <DataTable
        caption={t('admin.lettersTable')}
        rows={letters.data ?? []}
        rowKey={(r) => r.id}
        columns={[
          { key: 'month', header: t('dashboard.month'), render: (r) => r.month, rowHeader: true },
          { key: 'kind', header: t('admin.kind'), render: (r) => t(`admin.${r.kind}`) },
          { key: 'count', header: t('admin.count'), render: (r) => r.letters, align: 'right' },
          {
            key: 'actions',
            header: '',
            render: (r) =>
              r.available ? (
                <Group gap="xs" wrap="nowrap">
                  <Anchor href={`/api/v1/safety-index/letters/${r.id}`} download>
                    {t('admin.download')}
                  </Anchor>
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => remove.mutate(r.id)}>
                    {t('admin.remove')}
                  </Button>
                </Group>
              ) : (
                t('admin.removed')
              ),
          },
        ]}
      />
    </PanelSection>
  );
}
