import {
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { CoordinatorSettings } from './CoordinatorSettings';
import { type Category, type Partner, situationQueries } from './queries';
import { ScaleSettings } from './ScaleSettings';

const partnerKinds = [
  'municipality_unit',
  'police',
  'security_firm',
  'other_landlord',
  'housing_company',
  'other',
];
type Settings = {
  retentionMonths: number;
  retentionMode: 'delete' | 'reduce';
  reportingWindowDays: number;
  gridMetres: number;
};

/** "EST-inställningar": partner organisations, categories and retention, for the admin. */
export default function SettingsPage() {
  const { t, i18n } = useTranslation('situation');
  const client = useQueryClient();
  const partners = useQuery(situationQueries.partners());
  const categories = useQuery(situationQueries.categories());
  const settings = useQuery({
    queryKey: ['situation', 'settings'],
    queryFn: () => api.get<Settings>('/situation/settings'),
  });
  const refresh = () => client.invalidateQueries({ queryKey: situationQueries.all() });

  const [partnerName, setPartnerName] = useState('');
  const [partnerKind, setPartnerKind] = useState<string | null>('municipality_unit');
  const [partnerEmail, setPartnerEmail] = useState('');
  const addPartner = useMutation({
    mutationFn: () =>
      api.post('/situation/partners', {
        name: partnerName,
        kind: partnerKind,
        contactEmail: partnerEmail || null,
      }),
    onSuccess: async () => {
      setPartnerName('');
      setPartnerEmail('');
      await refresh();
    },
  });
  const savePartner = useMutation({
    mutationFn: (p: Partner) =>
      api.put(`/situation/partners/${p.id}`, {
        name: p.name,
        kind: p.kind,
        contactEmail: p.contactEmail,
        active: p.active,
      }),
    onSuccess: refresh,
  });

  const [code, setCode] = useState('');
  const [nameSv, setNameSv] = useState('');
  const [nameEn, setNameEn] = useState('');
  const addCategory = useMutation({
    mutationFn: () => api.post('/situation/categories', { code, nameSv, nameEn }),
    onSuccess: async () => {
      setCode('');
      setNameSv('');
      setNameEn('');
      await refresh();
    },
  });
  const saveCategory = useMutation({
    mutationFn: (c: Category) =>
      api.put(`/situation/categories/${c.id}`, {
        code: c.code,
        nameSv: c.nameSv,
        nameEn: c.nameEn,
        positive: c.positive,
        active: c.active,
        sortOrder: c.sortOrder,
      }),
    onSuccess: refresh,
  });

  const [form, setForm] = useState<Settings | null>(null);
  useEffect(() => {
    if (settings.data) setForm(settings.data);
  }, [settings.data]);
  const saveSettings = useMutation({
    mutationFn: () => api.put('/situation/settings', form),
    onSuccess: () => client.invalidateQueries({ queryKey: ['situation', 'settings'] }),
  });

  if (partners.isPending || categories.isPending || settings.isPending) return <PageLoader />;
  const en = i18n.language === 'en';
  const error = partners.error ?? categories.error ?? settings.error;

  return (
    <Stack gap="lg">
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <ErrorAlert
        error={
          error ??
          addPartner.error ??
          savePartner.error ??
          addCategory.error ??
          saveCategory.error ??
          saveSettings.error
        }
      />

      <DataTable
        caption={t('settings.partners')}
        rows={partners.data ?? []}
        rowKey={(p) => p.id}
        columns={[
          { key: 'name', header: t('settings.name'), render: (p) => p.name, rowHeader: true },
          { key: 'kind', header: t('settings.kind'), render: (p) => t(`settings.kind_${p.kind}`) },
          { key: 'email', header: t('settings.contactEmail'), render: (p) => p.contactEmail ?? '–' },
          {
            key: 'active',
            header: t('settings.active'),
            render: (p) => (
              <Checkbox
                aria-label={`${t('settings.active')}: ${p.name}`}
                checked={p.active}
                onChange={(e) => savePartner.mutate({ ...p, active: e.currentTarget.checked })}
              />
            ),
          },
        ]}
      />
      <Paper
        withBorder
        p="md"
        component="form"
        aria-labelledby="new-partner"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          addPartner.mutate();
        }}
      >
        <Title order={2} size="h4" id="new-partner" mb="sm">
          {t('settings.newPartner')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('settings.name')}
            value={partnerName}
            onChange={(e) => setPartnerName(e.currentTarget.value)}
            required
            minLength={2}
          />
          <Select
            label={t('settings.kind')}
            data={partnerKinds.map((k) => ({ value: k, label: t(`settings.kind_${k}`) }))}
            value={partnerKind}
            onChange={setPartnerKind}
            allowDeselect={false}
            required
          />
          <TextInput
            type="email"
            label={t('settings.contactEmail')}
            value={partnerEmail}
            onChange={(e) => setPartnerEmail(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Button type="submit" mt="sm" loading={addPartner.isPending}>
          {t('settings.add')}
        </Button>
      </Paper>

      <DataTable
        caption={t('settings.categories')}
        rows={categories.data ?? []}
        rowKey={(c) => c.id}
        columns={[
          {
            key: 'name',
            header: t('settings.name'),
            render: (c) => (en ? c.nameEn : c.nameSv),
            rowHeader: true,
          },
          { key: 'code', header: t('settings.code'), render: (c) => c.code },
          { key: 'positive', header: t('settings.positive'), render: (c) => (c.positive ? '✓' : '') },
          {
            key: 'active',
            header: t('settings.active'),
            render: (c) => (
              <Checkbox
                aria-label={`${t('settings.active')}: ${en ? c.nameEn : c.nameSv}`}
                checked={c.active}
                onChange={(e) => saveCategory.mutate({ ...c, active: e.currentTarget.checked })}
              />
            ),
          },
        ]}
      />
      <Paper
        withBorder
        p="md"
        component="form"
        aria-labelledby="new-category"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          addCategory.mutate();
        }}
      >
        <Title order={2} size="h4" id="new-category" mb="sm">
          {t('settings.newCategory')}
        </Title>
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
        <Button type="submit" mt="sm" loading={addCategory.isPending}>
          {t('settings.add')}
        </Button>
      </Paper>

      {form && (
        <Paper
          withBorder
          p="md"
          component="form"
          aria-labelledby="retention"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            saveSettings.mutate();
          }}
        >
          <Title order={2} size="h4" id="retention" mb="sm">
            {t('settings.retention')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('settings.retentionMonths')}
              value={form.retentionMonths}
              onChange={(v) => setForm({ ...form, retentionMonths: Number(v) })}
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
              onChange={(v) => v && setForm({ ...form, retentionMode: v as Settings['retentionMode'] })}
              allowDeselect={false}
            />
            <NumberInput
              label={t('settings.windowDays')}
              value={form.reportingWindowDays}
              onChange={(v) => setForm({ ...form, reportingWindowDays: Number(v) })}
              min={0}
              max={28}
            />
            <NumberInput
              label={t('settings.gridMetres')}
              value={form.gridMetres}
              onChange={(v) => setForm({ ...form, gridMetres: Number(v) })}
              min={10}
              max={500}
            />
          </SimpleGrid>
          <Group mt="sm">
            <Button type="submit" loading={saveSettings.isPending}>
              {t('settings.save')}
            </Button>
          </Group>
        </Paper>
      )}
      <CoordinatorSettings />
      <ScaleSettings />
    </Stack>
  );
}
