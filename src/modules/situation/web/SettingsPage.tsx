import { Checkbox, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { CoordinatorSettings } from './CoordinatorSettings';
import {
  type Category,
  type Partner,
  type SituationSettings,
  situationQueries,
  useSituationChange,
} from './queries';
import { ScaleSettings } from './ScaleSettings';
import { SectionForm } from './SectionForm';

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

/** A row's "active" box: ticking it saves the row at once. */
function ActiveBox({
  name,
  checked,
  onChange,
}: {
  name: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const { t } = useTranslation('situation');
  return (
    <Checkbox
      aria-label={`${t('settings.active')}: ${name}`}
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}

function Partners({ rows }: { rows: Partner[] }) {
  const { t } = useTranslation('situation');
  const save = useSituationChange(({ id, name, kind, contactEmail, active }: Partner) =>
    api.put(`/situation/partners/${id}`, { name, kind, contactEmail, active }),
  );
  return (
    <>
      <ErrorAlert error={save.error} />
      <DataTable
        caption={t('settings.partners')}
        rows={rows}
        rowKey={(p) => p.id}
        columns={[
          { key: 'name', header: t('settings.name'), render: (p) => p.name, rowHeader: true },
          { key: 'kind', header: t('settings.kind'), render: (p) => t(`settings.kind_${p.kind}`) },
          { key: 'email', header: t('settings.contactEmail'), render: (p) => p.contactEmail ?? '–' },
          {
            key: 'active',
            header: t('settings.active'),
            render: (p) => (
              <ActiveBox
                name={p.name}
                checked={p.active}
                onChange={(active) => save.mutate({ ...p, active })}
              />
            ),
          },
        ]}
      />
    </>
  );
}

function NewPartner() {
  const { t } = useTranslation('situation');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string | null>('municipality_unit');
  const [email, setEmail] = useState('');
  const add = useSituationChange(
    () => api.post('/situation/partners', { name, kind, contactEmail: email || null }),
    () => {
      setName('');
      setEmail('');
    },
  );
  return (
    <SectionForm
      id="new-partner"
      title={t('settings.newPartner')}
      submitLabel={t('settings.add')}
      saving={add.isPending}
      error={add.error}
      onSubmit={() => add.mutate(undefined)}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('settings.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
          minLength={2}
        />
        <Select
          label={t('settings.kind')}
          data={partnerKinds.map((k) => ({ value: k, label: t(`settings.kind_${k}`) }))}
          value={kind}
          onChange={setKind}
          allowDeselect={false}
          required
        />
        <TextInput
          type="email"
          label={t('settings.contactEmail')}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
      </SimpleGrid>
    </SectionForm>
  );
}

function Categories({ rows }: { rows: Category[] }) {
  const { t, i18n } = useTranslation('situation');
  const name = (c: Category) => (i18n.language === 'en' ? c.nameEn : c.nameSv);
  const save = useSituationChange(({ id, ...category }: Category) =>
    api.put(`/situation/categories/${id}`, category),
  );
  return (
    <>
      <ErrorAlert error={save.error} />
      <DataTable
        caption={t('settings.categories')}
        rows={rows}
        rowKey={(c) => c.id}
        columns={[
          { key: 'name', header: t('settings.name'), render: name, rowHeader: true },
          { key: 'code', header: t('settings.code'), render: (c) => c.code },
          { key: 'positive', header: t('settings.positive'), render: (c) => (c.positive ? '✓' : '') },
          {
            key: 'active',
            header: t('settings.active'),
            render: (c) => (
              <ActiveBox
                name={name(c)}
                checked={c.active}
                onChange={(active) => save.mutate({ ...c, active })}
              />
            ),
          },
        ]}
      />
    </>
  );
}

function NewCategory() {
  const { t } = useTranslation('situation');
  const [code, setCode] = useState('');
  const [nameSv, setNameSv] = useState('');
  const [nameEn, setNameEn] = useState('');
  const add = useSituationChange(
    () => api.post('/situation/categories', { code, nameSv, nameEn }),
    () => {
      setCode('');
      setNameSv('');
      setNameEn('');
    },
  );
  return (
    <SectionForm
      id="new-category"
      title={t('settings.newCategory')}
      submitLabel={t('settings.add')}
      saving={add.isPending}
      error={add.error}
      onSubmit={() => add.mutate(undefined)}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t('settings.code')}
          description={t('settings.codeHint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          required
          pattern="[a-z0-9_]+"
        />
        <TextInput
          label={t('settings.nameSv')}
          value={nameSv}
          onChange={(e) => setNameSv(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t('settings.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          required
        />
      </SimpleGrid>
    </SectionForm>
  );
}

function RetentionForm({ initial }: { initial: SituationSettings }) {
  const { t } = useTranslation('situation');
  const [form, setForm] = useState(initial);
  const save = useSituationChange(() => api.put('/situation/settings', form));
  const set = (change: Partial<SituationSettings>) => setForm({ ...form, ...change });
  return (
    <SectionForm
      id="retention"
      title={t('settings.retention')}
      submitLabel={t('settings.save')}
      saving={save.isPending}
      error={save.error}
      onSubmit={() => save.mutate(undefined)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('settings.retentionMonths')}
          value={form.retentionMonths}
          onChange={(v) => set({ retentionMonths: Number(v) })}
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
          value={form.retentionMode}
          onChange={(v) => v && set({ retentionMode: v as SituationSettings['retentionMode'] })}
          allowDeselect={false}
        />
        <NumberInput
          label={t('settings.windowDays')}
          value={form.reportingWindowDays}
          onChange={(v) => set({ reportingWindowDays: Number(v) })}
          min={0}
          max={28}
        />
        <NumberInput
          label={t('settings.gridMetres')}
          value={form.gridMetres}
          onChange={(v) => set({ gridMetres: Number(v) })}
          min={10}
          max={500}
        />
      </SimpleGrid>
    </SectionForm>
  );
}
