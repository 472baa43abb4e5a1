import { NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { ActiveTable } from './ActiveTable';
import { CoordinatorSettings } from './CoordinatorSettings';
import {
  type Category,
  type Partner,
  type SituationSettings,
  situationQueries,
  useSituationForm,
} from './queries';
import { ScaleSettings } from './ScaleSettings';
import { type FormSave, SectionForm } from './SectionForm';

const partnerKinds = [
  'municipality_unit',
  'police',
  'security_firm',
  'other_landlord',
  'housing_company',
  'other',
];

/** "EST-inställningar": partner organisations, categories and retention, for the admin. */
export default function SettingsPage() {
  const { t } = useTranslation('situation');
  const partners = useQuery(situationQueries.partners());
  const categories = useQuery(situationQueries.categories());
  const settings = useQuery(situationQueries.settings());

  if (partners.isPending || categories.isPending || settings.isPending) return <PageLoader />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <ErrorAlert error={partners.error ?? categories.error ?? settings.error} />
      <Partners rows={partners.data ?? []} />
      <NewPartner />
      <Categories rows={categories.data ?? []} />
      <NewCategory />
      {settings.data && <RetentionForm initial={settings.data} />}
      <CoordinatorSettings />
      <ScaleSettings />
    </Stack>
  );
}

/** A settings form that adds one row (a partner, a category): its fields side by side. */
function AddForm({
  id,
  title,
  save,
  children,
}: {
  id: string;
  title: string;
  save: FormSave;
  children: ReactNode;
}) {
  const { t } = useTranslation('situation');
  return (
    <SectionForm id={id} title={title} submitLabel={t('settings.add')} save={save}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>{children}</SimpleGrid>
    </SectionForm>
  );
}

function Partners({ rows }: { rows: Partner[] }) {
  const { t } = useTranslation('situation');
  return (
    <ActiveTable
      caption={t('settings.partners')}
      path="/situation/partners"
      rows={rows}
      nameOf={(p) => p.name}
      columns={[
        { key: 'name', header: t('settings.name'), render: (p) => p.name, rowHeader: true },
        { key: 'kind', header: t('settings.kind'), render: (p) => t(`settings.kind_${p.kind}`) },
        { key: 'email', header: t('settings.contactEmail'), render: (p) => p.contactEmail ?? '–' },
      ]}
    />
  );
}

function NewPartner() {
  const { t } = useTranslation('situation');
  const { fields, save } = useSituationForm(
    { name: '', kind: 'municipality_unit' as string | null, email: '' },
    ({ name, kind, email }) => api.post('/situation/partners', { name, kind, contactEmail: email || null }),
    ['name', 'email'],
  );
  return (
    <AddForm id="new-partner" title={t('settings.newPartner')} save={save}>
      <TextInput label={t('settings.name')} {...fields.text('name')} required minLength={2} />
      <Select
        label={t('settings.kind')}
        data={partnerKinds.map((k) => ({ value: k, label: t(`settings.kind_${k}`) }))}
        {...fields.input('kind')}
        allowDeselect={false}
        required
      />
      <TextInput type="email" label={t('settings.contactEmail')} {...fields.text('email')} />
    </AddForm>
  );
}

function Categories({ rows }: { rows: Category[] }) {
  const { t, i18n } = useTranslation('situation');
  const name = (c: Category) => (i18n.language === 'en' ? c.nameEn : c.nameSv);
  return (
    <ActiveTable
      caption={t('settings.categories')}
      path="/situation/categories"
      rows={rows}
      nameOf={name}
      columns={[
        { key: 'name', header: t('settings.name'), render: name, rowHeader: true },
        { key: 'code', header: t('settings.code'), render: (c) => c.code },
        { key: 'positive', header: t('settings.positive'), render: (c) => (c.positive ? '✓' : '') },
      ]}
    />
  );
}

function NewCategory() {
  const { t } = useTranslation('situation');
  const { fields, save } = useSituationForm(
    { code: '', nameSv: '', nameEn: '' },
    (category) => api.post('/situation/categories', category),
    ['code', 'nameSv', 'nameEn'],
  );
  return (
    <AddForm id="new-category" title={t('settings.newCategory')} save={save}>
      <TextInput
        label={t('settings.code')}
        description={t('settings.codeHint')}
        {...fields.text('code')}
        required
        pattern="[a-z0-9_]+"
      />
      <TextInput label={t('settings.nameSv')} {...fields.text('nameSv')} required />
      <TextInput label={t('settings.nameEn')} {...fields.text('nameEn')} required />
    </AddForm>
  );
}

function RetentionForm({ initial }: { initial: SituationSettings }) {
  const { t } = useTranslation('situation');
  const { fields, save } = useSituationForm(initial, (form) => api.put('/situation/settings', form));
  const number = (key: 'retentionMonths' | 'reportingWindowDays' | 'gridMetres') => ({
    value: fields.values[key],
    onChange: (v: number | string) => fields.set(key, Number(v)),
  });
  return (
    <SectionForm id="retention" title={t('settings.retention')} submitLabel={t('settings.save')} save={save}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('settings.retentionMonths')}
          {...number('retentionMonths')}
          min={1}
          max={120}
          required
        />
        <Select
          label={t('settings.retentionMode')}
          data={[
            { value: 'reduce', label: t('settings.mode_reduce') },
            { value: 'delete', label: t('settings.mode_delete') },
          ]}
          value={fields.values.retentionMode}
          onChange={(v) => v && fields.set('retentionMode', v as SituationSettings['retentionMode'])}
          allowDeselect={false}
        />
        <NumberInput label={t('settings.windowDays')} {...number('reportingWindowDays')} min={0} max={28} />
        <NumberInput label={t('settings.gridMetres')} {...number('gridMetres')} min={10} max={500} />
      </SimpleGrid>
    </SectionForm>
  );
}
