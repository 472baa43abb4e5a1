import { Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { percentFromShare, shareFromPercent } from '../../../shared/format';
import { api } from '../../../web/api';
import { Dialog } from '../../../web/components/Dialog';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import {
  socialValueQueries,
  type Valuation,
  type ValuationInput,
  type ValuedOutcome,
  valuedOutcomes,
} from './queries';

type Fields = {
  outcome: string | null;
  programCode: string | null;
  label: string;
  valuePerPersonYear: number | string;
  /** The shares as typed, in per cent. */
  deadweight: number | string;
  attribution: number | string;
  dropOff: number | string;
  durationYears: number | string;
  source: string;
  validFromYear: number | string;
};

/** Per cent as typed (25) to the API's 0–1 (0.25); rounded so that 0.1 × 3 stays 0.3. */

/**
 * Adds or changes a valuation: outcome, programme (none: every programme without its own), what it
 * stands for, the value per person and year, deadweight, attribution, duration, drop-off, source and
 * the first year it applies to.
 */
export function ValuationForm({
  valuation,
  year,
  onClose,
}: {
  /** The valuation to change; none for a new one. */
  valuation: Valuation | null;
  year: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('social-value');
  const programmes = useQuery(socialValueQueries.programmes());
  const fields = useFields<Fields>(() => ({
    outcome: valuation?.outcome ?? null,
    programCode: valuation?.programCode ?? null,
    label: valuation?.label ?? '',
    valuePerPersonYear: valuation?.valuePerPersonYear ?? '',
    deadweight: valuation ? percentFromShare(valuation.deadweight) : '',
    attribution: valuation ? percentFromShare(valuation.attribution) : '',
    dropOff: valuation ? percentFromShare(valuation.dropOff) : 0,
    durationYears: valuation?.durationYears ?? 1,
    source: valuation?.source ?? '',
    validFromYear: valuation?.validFromYear ?? year,
  }));
  const { values } = fields;
  const save = useSaveAndRefetch(
    socialValueQueries.all(),
    (body: ValuationInput) =>
      valuation
        ? api.put(`/social-value/valuations/${valuation.id}`, body)
        : api.post('/social-value/valuations', body),
    onClose,
  );
  const number = (v: number | string) => (v === '' || v === null ? null : Number(v));
  const numbers = {
    value: number(values.valuePerPersonYear),
    deadweight: number(values.deadweight),
    attribution: number(values.attribution),
    dropOff: number(values.dropOff) ?? 0,
    duration: number(values.durationYears),
    from: number(values.validFromYear),
  };
  const complete =
    values.outcome !== null &&
    values.label.trim() !== '' &&
    values.source.trim() !== '' &&
    numbers.value !== null &&
    numbers.deadweight !== null &&
    numbers.attribution !== null &&
    numbers.duration !== null &&
    numbers.from !== null;
  const decimalSeparator = i18n.language === 'sv' ? ',' : '.';
  const percent = (key: 'deadweight' | 'attribution' | 'dropOff', required = true) => (
    <NumberInput
      label={t(`form.${key}`)}
      description={t(`form.${key}Hint`)}
      min={0}
      max={100}
      decimalScale={1}
      decimalSeparator={decimalSeparator}
      suffix=" %"
      required={required}
      {...fields.input(key)}
    />
  );
  return (
    <FormModal
      title={valuation ? t('form.editTitle', { label: valuation.label }) : t('form.newTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={() => {
        if (!complete || values.outcome === null) return;
        save.mutate({
          outcome: values.outcome as ValuedOutcome,
          programCode: values.programCode,
          label: values.label,
          valuePerPersonYear: numbers.value as number,
          deadweight: shareFromPercent(numbers.deadweight as number),
          attribution: shareFromPercent(numbers.attribution as number),
          dropOff: shareFromPercent(numbers.dropOff),
          durationYears: numbers.duration as number,
          source: values.source,
          validFromYear: numbers.from as number,
        });
      }}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!complete}
    >
      <Group grow align="flex-start">
        <Select
          label={t('form.outcome')}
          data={valuedOutcomes.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
          required
          {...fields.input('outcome')}
        />
        <Select
          label={t('form.programme')}
          description={t('form.programmeHint')}
          placeholder={t('allProgrammes')}
          data={(programmes.data ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
          clearable
          searchable
          {...fields.input('programCode')}
        />
      </Group>
      <TextInput label={t('form.label')} required maxLength={160} {...fields.text('label')} />
      <Group grow align="flex-start">
        <NumberInput
          label={t('form.valuePerPersonYear')}
          description={t('form.valueHint')}
          min={0}
          decimalScale={2}
          decimalSeparator={decimalSeparator}
          thousandSeparator={i18n.language === 'sv' ? ' ' : ','}
          required
          {...fields.input('valuePerPersonYear')}
        />
        <NumberInput
          label={t('form.validFromYear')}
          description={t('form.validFromHint')}
          min={2000}
          max={2100}
          allowDecimal={false}
          required
          {...fields.input('validFromYear')}
        />
      </Group>
      <Group grow align="flex-start">
        {percent('deadweight')}
        {percent('attribution')}
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          label={t('form.durationYears')}
          description={t('form.durationHint')}
          min={1}
          max={50}
          allowDecimal={false}
          required
          {...fields.input('durationYears')}
        />
        {percent('dropOff', false)}
      </Group>
      <Textarea
        label={t('form.source')}
        description={t('form.sourceHint')}
        required
        autosize
        minRows={2}
        maxLength={2000}
        {...fields.text('source')}
      />
    </FormModal>
  );
}

/** Asks before a valuation is deleted, naming it; the audit log keeps what it was. */
export function DeleteValuationDialog({ valuation, onClose }: { valuation: Valuation; onClose: () => void }) {
  const { t } = useTranslation('social-value');
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.delete(`/social-value/valuations/${valuation.id}`),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: socialValueQueries.all() });
      onClose();
    },
  });
  return (
    <Dialog opened onClose={onClose} title={t('deleteTitle')} size="md">
      <Stack>
        <ErrorAlert error={remove.error} />
        <Text>{t('deleteQuestion', { label: valuation.label, year: valuation.validFromYear })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
            {t('delete')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
