import { MultiSelect, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roles } from '../../../shared/enums';
import { sdgGoals, sdgTargets } from '../../../shared/sdg';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { units } from '../indicators.contract';
import {
  type FrameworkResponse,
  indicatorQueries,
  type ManualIndicator,
  type ManualIndicatorInput,
} from './queries';

const frequencies = ['yearly', 'monthly', 'weekly', 'continuous'] as const;

const blank = (): ManualIndicatorInput => ({
  code: 'manual_',
  nameSv: '',
  nameEn: '',
  unit: 'count',
  materialArea: 'sustainable_neighbourhoods',
  focusArea: null,
  sdg: [],
  sdgTargets: [],
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'analyst',
  definitionSv: '',
  definitionEn: '',
});

/** Defines a new indicator kept by hand, or changes one (its code stays: entries and goals refer to it). */
export function ManualIndicatorForm({
  framework,
  indicator,
  onClose,
}: {
  framework: FrameworkResponse;
  indicator: ManualIndicator | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('indicators');
  const { t: common } = useTranslation('common');
  const language = i18n.language === 'en' ? 'en' : 'sv';
  const fields = useFields<ManualIndicatorInput>(() => {
    if (!indicator) return blank();
    const { id: _id, ...values } = indicator;
    return values;
  });
  const v = fields.values;
  const save = useSaveAndRefetch(
    indicatorQueries.all(),
    (body: ManualIndicatorInput) => {
      if (!indicator) return api.post('/indicators/manual', body);
      const { code: _code, ...change } = body;
      return api.put(`/indicators/manual/${indicator.id}`, change);
    },
    onClose,
  );
  const material = framework.materialAreas.find((m) => m.code === v.materialArea);
  const goalOptions = sdgGoals.map((g) => ({
    value: String(g.number),
    label: `${g.number}. ${g.title[language]}`,
  }));
  const targetOptions = sdgTargets
    .filter((s) => v.sdg.includes(s.goal))
    .map((s) => ({ value: s.code, label: `${s.code} ${s.text[language].slice(0, 80)}…` }));
  return (
    <FormModal
      size="xl"
      title={
        indicator
          ? t('manual.editTitle', { name: language === 'en' ? indicator.nameEn : indicator.nameSv })
          : t('manual.newTitle')
      }
      onClose={onClose}
      onSubmit={() => save.mutate(v)}
      error={save.error}
      saving={save.isPending}
    >
      <TextInput
        label={t('fields.code')}
        description={t('fields.codeHint')}
        required
        disabled={!!indicator}
        ff="monospace"
        {...fields.text('code')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fields.nameSv')} required lang="sv" {...fields.text('nameSv')} />
        <TextInput label={t('fields.nameEn')} required lang="en" {...fields.text('nameEn')} />
        <NativeSelect
          label={t('fields.materialArea')}
          value={v.materialArea}
          onChange={(e) => {
            fields.set('materialArea', e.currentTarget.value as ManualIndicatorInput['materialArea']);
            fields.set('focusArea', null);
          }}
          data={framework.materialAreas.map((m) => ({ value: m.code, label: m.name }))}
        />
        <NativeSelect
          label={t('fields.focusArea')}
          value={v.focusArea ?? ''}
          onChange={(e) => fields.set('focusArea', e.currentTarget.value || null)}
          data={[
            { value: '', label: t('fields.acrossFocusAreas') },
            ...(material?.focusAreas ?? []).map((f) => ({ value: f.code, label: f.name })),
          ]}
        />
        <NativeSelect
          label={t('fields.unit')}
          value={v.unit}
          onChange={(e) => fields.set('unit', e.currentTarget.value as ManualIndicatorInput['unit'])}
          data={units.map((u) => ({ value: u, label: t(`units.${u}`) }))}
        />
        <NativeSelect
          label={t('fields.polarity')}
          value={v.higherIsBetter ? 'higher' : 'lower'}
          onChange={(e) => fields.set('higherIsBetter', e.currentTarget.value === 'higher')}
          data={[
            { value: 'higher', label: t('polarity.higher') },
            { value: 'lower', label: t('polarity.lower') },
          ]}
        />
        <NativeSelect
          label={t('fields.frequency')}
          value={v.frequency}
          onChange={(e) =>
            fields.set('frequency', e.currentTarget.value as ManualIndicatorInput['frequency'])
          }
          data={frequencies.map((f) => ({ value: f, label: t(`frequency.${f}`) }))}
        />
        <NativeSelect
          label={t('fields.owner')}
          value={v.owner}
          onChange={(e) => fields.set('owner', e.currentTarget.value as ManualIndicatorInput['owner'])}
          data={roles.filter((r) => r !== 'partner').map((r) => ({ value: r, label: common(`roles.${r}`) }))}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('fields.sdg')}
        data={goalOptions}
        value={v.sdg.map(String)}
        onChange={(values) => {
          const goals = values.map(Number);
          fields.set('sdg', goals);
          fields.set(
            'sdgTargets',
            v.sdgTargets.filter((code) => goals.includes(Number(code.split('.')[0]))),
          );
        }}
      />
      <MultiSelect label={t('fields.sdgTargets')} data={targetOptions} {...fields.input('sdgTargets')} />
      <Textarea
        label={t('fields.definitionSv')}
        required
        autosize
        minRows={2}
        lang="sv"
        {...fields.text('definitionSv')}
      />
      <Textarea
        label={t('fields.definitionEn')}
        required
        autosize
        minRows={2}
        lang="en"
        {...fields.text('definitionEn')}
      />
    </FormModal>
  );
}
