import { Checkbox, Group, NumberInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { percentFromShare, shareFromPercent } from '../../../shared/format';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { type WorkEnvironmentInput, type WorkEnvironmentYear, workingLifeQueries } from './queries';

type Typed = number | string;
type Fields = {
  year: Typed;
  sickLeave: Typed;
  promotive: Typed;
  certified: boolean;
  validUntil: string;
  sourceNote: string;
};

const share = (v: Typed) => (v === '' || v === null ? null : shareFromPercent(Number(v)));

/** Enters or changes a year's work environment: sick leave, the promotive share, ISO 45001, the source. */
export function WorkEnvironmentForm({
  entry,
  year,
  onClose,
}: {
  /** The stored year to change; none for a new one. */
  entry: WorkEnvironmentYear | null;
  year: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('working-life');
  const fields = useFields<Fields>(() => ({
    year: entry?.year ?? year,
    sickLeave: entry?.sickLeaveShare == null ? '' : percentFromShare(entry.sickLeaveShare),
    promotive: entry?.promotiveShare == null ? '' : percentFromShare(entry.promotiveShare),
    certified: entry?.iso45001Certified ?? false,
    validUntil: entry?.iso45001ValidUntil ?? '',
    sourceNote: entry?.sourceNote ?? '',
  }));
  const { values } = fields;
  const save = useSaveAndRefetch(
    workingLifeQueries.all(),
    (input: { year: number; body: WorkEnvironmentInput }) =>
      api.put(`/working-life/work-environment/${input.year}`, input.body),
    onClose,
  );
  const decimalSeparator = i18n.language === 'sv' ? ',' : '.';
  const percent = (key: 'sickLeave' | 'promotive') => (
    <NumberInput
      label={t(`workEnvironmentForm.${key}`)}
      description={t(`workEnvironmentForm.${key}Hint`)}
      min={0}
      max={100}
      decimalScale={2}
      decimalSeparator={decimalSeparator}
      suffix=" %"
      {...fields.input(key)}
    />
  );
  const complete = values.year !== '' && (!values.certified || values.validUntil !== '');
  return (
    <FormModal
      title={
        entry ? t('workEnvironmentForm.editTitle', { year: entry.year }) : t('workEnvironmentForm.newTitle')
      }
      onClose={onClose}
      onSubmit={() => {
        if (!complete) return;
        save.mutate({
          year: Number(values.year),
          body: {
            sickLeaveShare: share(values.sickLeave),
            promotiveShare: share(values.promotive),
            iso45001Certified: values.certified,
            iso45001ValidUntil: values.certified ? values.validUntil : null,
            sourceNote: values.sourceNote,
          },
        });
      }}
      error={save.error}
      saving={save.isPending}
      submitDisabled={!complete}
    >
      <NumberInput
        label={t('year')}
        min={2000}
        max={2100}
        allowDecimal={false}
        required
        disabled={entry !== null}
        w={160}
        {...fields.input('year')}
      />
      <Group grow align="flex-start">
        {percent('sickLeave')}
        {percent('promotive')}
      </Group>
      <Checkbox label={t('workEnvironmentForm.certified')} {...fields.checkbox('certified')} />
      {values.certified && (
        <TextInput
          type="date"
          label={t('workEnvironmentForm.validUntil')}
          required
          {...fields.text('validUntil')}
        />
      )}
      <Textarea
        label={t('workEnvironmentForm.sourceNote')}
        description={t('workEnvironmentForm.sourceNoteHint')}
        autosize
        minRows={2}
        maxLength={2000}
        {...fields.text('sourceNote')}
      />
    </FormModal>
  );
}
