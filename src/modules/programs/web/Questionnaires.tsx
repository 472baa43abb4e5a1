import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import { type Column, DataTable } from '../../../web/components/DataTable';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useCan } from '../../../web/session';
import { formatNumber, hiddenText } from './format';
import {
  type Comparison,
  programQueries,
  type Question,
  type Questionnaire,
  useSaveAndClose,
} from './queries';

/** Buttons to set up a before/after questionnaire and to record a participant's answers. */
export function QuestionnaireActions({ programId }: { programId: string }) {
  const { t } = useTranslation('programs');
  const canCreate = useCan('programs.write');
  const canAnswer = useCan('programs.participants.write');
  const list = useQuery(programQueries.questionnaires(programId));
  const [creating, setCreating] = useState(false);
  const [answering, setAnswering] = useState(false);
  if (!canCreate && !canAnswer) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('questionnaire.title')}
      </Title>
      <Group>
        {canCreate && (
          <Button variant="light" onClick={() => setCreating(true)}>
            {t('questionnaire.new')}
          </Button>
        )}
        {canAnswer && (list.data?.length ?? 0) > 0 && (
          <Button variant="light" onClick={() => setAnswering(true)}>
            {t('questionnaire.answer')}
          </Button>
        )}
      </Group>
      {creating && <QuestionnaireForm programId={programId} onClose={() => setCreating(false)} />}
      {answering && list.data && (
        <AnswerForm programId={programId} questionnaires={list.data} onClose={() => setAnswering(false)} />
      )}
    </Stack>
  );
}

type Row = Question & { id: number };

function QuestionnaireForm({ programId, onClose }: { programId: string; onClose: () => void }) {
  const { t } = useTranslation('programs');
  const [name, setName] = useState('');
  const blank = (id: number): Row => ({ id, code: '', label: '', min: 1, max: 5, higherIsBetter: true });
  const [rows, setRows] = useState<Row[]>([blank(0)]);
  const update = (id: number, patch: Partial<Row>) =>
    setRows((old) => old.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const save = useSaveAndClose(
    (body: Record<string, unknown>) => api.post(`/programs/${programId}/questionnaires`, body),
    onClose,
  );
  function submit() {
    save.mutate({ name, questions: rows.map(({ id: _id, ...q }) => q) });
  }
  return (
    <FormModal
      onClose={onClose}
      size="lg"
      title={t('questionnaire.new')}
      onSubmit={submit}
      error={save.error}
      saving={save.isPending}
    >
      <TextInput
        label={t('questionnaire.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      {rows.map((r, i) => (
        <QuestionFields key={r.id} row={r} n={i + 1} onChange={(patch) => update(r.id, patch)} />
      ))}
      <Button variant="subtle" onClick={() => setRows((old) => [...old, blank(old.length)])} w="fit-content">
        {t('questionnaire.addQuestion')}
      </Button>
    </FormModal>
  );
}

/** One question of a new questionnaire: its code, wording, scale and direction. */
function QuestionFields({
  row: r,
  n,
  onChange,
}: {
  row: Row;
  n: number;
  onChange: (patch: Partial<Row>) => void;
}) {
  const { t } = useTranslation('programs');
  return (
    <Stack gap={4}>
      <Group grow>
        <TextInput
          label={t('questionnaire.code', { n })}
          description={t('questionnaire.codeHint')}
          required
          value={r.code}
          onChange={(e) => onChange({ code: e.currentTarget.value })}
        />
        <TextInput
          label={t('questionnaire.label', { n })}
          required
          value={r.label}
          onChange={(e) => onChange({ label: e.currentTarget.value })}
        />
      </Group>
      <Group grow align="flex-end">
        <NumberInput
          label={t('questionnaire.min', { n })}
          value={r.min}
          onChange={(v) => onChange({ min: Number(v) })}
        />
        <NumberInput
          label={t('questionnaire.max', { n })}
          value={r.max}
          onChange={(v) => onChange({ max: Number(v) })}
        />
        <Checkbox
          label={t('questionnaire.higherIsBetter', { n })}
          checked={r.higherIsBetter}
          onChange={(e) => onChange({ higherIsBetter: e.currentTarget.checked })}
        />
      </Group>
    </Stack>
  );
}

function AnswerForm({
  programId,
  questionnaires,
  onClose,
}: {
  programId: string;
  questionnaires: Questionnaire[];
  onClose: () => void;
}) {
  const { t } = useTranslation('programs');
  const participants = useQuery(programQueries.participants(programId));
  const fields = useFields({
    questionnaireId: questionnaires[0].id,
    participantId: '',
    phase: 'start',
    answeredOn: swedishToday(),
  });
  const { questionnaireId, participantId } = fields.values;
  const [values, setValues] = useState<Record<string, number | string>>({});
  const questionnaire = questionnaires.find((q) => q.id === questionnaireId) ?? questionnaires[0];
  const save = useSaveAndClose(
    (body: Record<string, unknown>) => api.put(`/program-questionnaires/${questionnaireId}/answers`, body),
    onClose,
  );
  function submit() {
    save.mutate({
      participantId,
      phase: fields.values.phase,
      answeredOn: fields.values.answeredOn,
      values: Object.fromEntries(
        Object.entries(values)
          .filter(([, v]) => v !== '')
          .map(([k, v]) => [k, Number(v)]),
      ),
    });
  }
  return (
    <FormModal
      onClose={onClose}
      title={t('questionnaire.answer')}
      onSubmit={submit}
      error={save.error ?? participants.error}
      saving={save.isPending}
      submitDisabled={!participantId}
    >
      <NativeSelect
        label={t('questionnaire.which')}
        {...fields.text('questionnaireId')}
        data={questionnaires.map((q) => ({ value: q.id, label: q.name }))}
      />
      <NativeSelect
        label={t('participants.ref')}
        required
        {...fields.text('participantId')}
        data={[
          { value: '', label: '–' },
          ...(participants.data ?? [])
            .filter((p) => !p.erased)
            .map((p) => ({ value: p.id, label: p.ref ?? '' })),
        ]}
      />
      <NativeSelect
        label={t('questionnaire.phase')}
        {...fields.text('phase')}
        data={[
          { value: 'start', label: t('questionnaire.start') },
          { value: 'end', label: t('questionnaire.end') },
        ]}
      />
      <TextInput type="date" label={t('questionnaire.answeredOn')} required {...fields.text('answeredOn')} />
      {questionnaire.questions.map((q) => (
        <NumberInput
          key={q.code}
          label={`${q.label} (${q.min}–${q.max})`}
          min={q.min}
          max={q.max}
          value={values[q.code] ?? ''}
          onChange={(v) => setValues((old) => ({ ...old, [q.code]: v }))}
        />
      ))}
    </FormModal>
  );
}

/**
 * Before/after of one questionnaire's questions: the means and their change as a description, who
 * went up, stayed or went down, the share at the top of the scale, and the tests' p as printed by
 * the server (never 0). Hidden questions say why, with no count.
 */
export function QuestionnaireTable({
  name,
  threshold,
  rows,
}: {
  name: string;
  threshold: number;
  rows: Comparison[];
}) {
  const { t, i18n } = useTranslation('programs');
  const n = (v: number | null, d = 2) => formatNumber(v, i18n.language, d);
  const hidden = (r: Comparison) => (r.reason ? hiddenText(t, r.reason, threshold) : null);
  // A suppressed question shows none of its figures.
  const figure = (key: string, header: string, value: (r: Comparison) => string): Column<Comparison> => ({
    key,
    header,
    align: 'right',
    render: (r) => (r.suppressed ? '' : value(r)),
  });
  const pct = (v: number | null) => (v === null ? '–' : `${n(v * 100, 0)} %`);
  return (
    <section aria-label={name}>
      <DataTable
        caption={t('questionnaire.caption', { name })}
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          { key: 'q', header: t('questionnaire.question'), rowHeader: true, render: (r) => r.label },
          {
            key: 'n',
            header: t('questionnaire.pairs'),
            align: 'right',
            render: (r) => hidden(r) ?? String(r.n ?? 0),
          },
          figure('b', t('questionnaire.before'), (r) => n(r.meanBefore)),
          figure('a', t('questionnaire.after'), (r) => n(r.meanAfter)),
          figure('c', t('questionnaire.change'), (r) => n(r.meanChange)),
          figure(
            'ud',
            t('questionnaire.upSameDown'),
            (r) => `${r.up ?? 0} / ${r.same ?? 0} / ${r.down ?? 0}`,
          ),
          figure(
            'top',
            t('questionnaire.top'),
            (r) => `${r.top.from}–${r.top.to}: ${pct(r.topBefore)} → ${pct(r.topAfter)}`,
          ),
          figure('pw', t('questionnaire.wilcoxon'), (r) => r.wilcoxon?.text ?? '–'),
          figure('ps', t('questionnaire.sign'), (r) => r.sign?.text ?? '–'),
          figure('pm', t('questionnaire.mcNemar'), (r) => r.mcNemar?.text ?? '–'),
          {
            key: 'd',
            header: t('questionnaire.direction'),
            render: (r) =>
              r.higherIsBetter ? t('questionnaire.higherBetter') : t('questionnaire.lowerBetter'),
          },
        ]}
      />
      <Text size="sm" c="dimmed" mt="xs">
        {t('questionnaire.note', { threshold })}
      </Text>
    </section>
  );
}
