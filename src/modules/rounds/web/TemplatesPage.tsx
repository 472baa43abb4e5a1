import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import type { Language } from '../../../web/i18n';
import { keyFromLabel } from '../templates';
import { OwnerSelect } from './ActionForm';
import type { TemplateItem } from './offline-queue';
import { roundQueries, type Template } from './queries';

/** A checklist's name and its items' labels are written in both languages, a field each. */
const languages = ['sv', 'en'] as const satisfies readonly Language[];
const nameLabels = { sv: 'templates.nameSv', en: 'templates.nameEn' } as const;
const itemLabels = { sv: 'templates.labelSv', en: 'templates.labelEn' } as const;

/** Admin: edit checklists (each save is a new version) and name area managers. */
export default function TemplatesPage() {
  const { t, i18n } = useTranslation('rounds');
  const lang = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  const templates = useQuery({
    queryKey: ['rounds', 'templates', 'all'],
    queryFn: () => api.get<Template[]>('/rounds/templates?archived=true'),
  });
  const [editing, setEditing] = useState<Template | null>(null);
  return (
    <Stack>
      <PageHeader title={t('templates.title')} description={t('templates.lead')} />
      <ErrorAlert error={templates.error} />
      <Group gap="xs">
        {(templates.data ?? []).map((x) => (
          <Button
            key={x.id}
            variant={editing?.key === x.key ? 'filled' : 'light'}
            onClick={() => setEditing(x)}
          >
            {x.name[lang]} (v{x.version})
          </Button>
        ))}
        <Button
          variant="subtle"
          onClick={() =>
            setEditing({ id: '', key: '', version: 0, name: { sv: '', en: '' }, items: [], archived: false })
          }
        >
          {t('templates.new')}
        </Button>
      </Group>
      {editing && (
        <TemplateEditor key={`${editing.key}-${editing.version}`} template={editing} onSaved={setEditing} />
      )}
      <AreaManagers />
    </Stack>
  );
}

function TemplateEditor({ template, onSaved }: { template: Template; onSaved: (t: Template) => void }) {
  const { t } = useTranslation('rounds');
  const [key, setKey] = useState(template.key);
  const [name, setName] = useState(template.name);
  const [items, setItems] = useState<TemplateItem[]>(template.items);
  const [archived, setArchived] = useState(template.archived);
  const savedKeys = new Set(template.items.map((it) => it.key));
  const save = useSaveAndRefetch<void, Template>(
    ['rounds', 'templates'],
    // Keys left empty are made from the Swedish text; the version guards against overwriting.
    () =>
      api.post<Template>('/rounds/templates', {
        key: key || keyFromLabel(name.sv),
        baseVersion: template.version,
        name,
        items: items.map((it) => ({ ...it, key: it.key || keyFromLabel(it.label.sv) })),
        archived,
      }),
    onSaved,
  );
  const setItem = (i: number, patch: Partial<TemplateItem>) =>
    setItems(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        <Group grow>
          <TextInput
            label={t('templates.key')}
            description={template.id ? undefined : t('templates.keyHelp')}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            disabled={!!template.id}
          />
          {languages.map((l) => (
            <TextInput
              key={l}
              label={t(nameLabels[l])}
              value={name[l]}
              onChange={(e) => setName({ ...name, [l]: e.currentTarget.value })}
              required
            />
          ))}
        </Group>
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Caption>{t('templates.items')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('templates.key')}</Table.Th>
                {languages.map((l) => (
                  <Table.Th key={l}>{t(itemLabels[l])}</Table.Th>
                ))}
                <Table.Th>{t('templates.required')}</Table.Th>
                <Table.Th>{t('templates.remove')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((it, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a new row has no key until typed
                <Table.Tr key={i}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('templates.key')}
                      placeholder={keyFromLabel(it.label.sv)}
                      value={it.key}
                      onChange={(e) => setItem(i, { key: e.currentTarget.value })}
                      // Findings are compared over the years by key: a stored item keeps its key.
                      disabled={savedKeys.has(it.key)}
                    />
                  </Table.Td>
                  {languages.map((l) => (
                    <Table.Td key={l}>
                      <TextInput
                        aria-label={t(itemLabels[l])}
                        value={it.label[l]}
                        onChange={(e) => setItem(i, { label: { ...it.label, [l]: e.currentTarget.value } })}
                        required
                      />
                    </Table.Td>
                  ))}
                  <Table.Td>
                    <Checkbox
                      aria-label={t('templates.required')}
                      checked={it.required}
                      onChange={(e) => setItem(i, { required: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`${t('templates.remove')} ${it.key}`}
                      onClick={() => setItems(items.filter((_, j) => j !== i))}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group>
          <Button
            variant="light"
            onClick={() => setItems([...items, { key: '', label: { sv: '', en: '' }, required: true }])}
          >
            {t('templates.addItem')}
          </Button>
          <Switch
            label={t('templates.archived')}
            checked={archived}
            onChange={(e) => setArchived(e.currentTarget.checked)}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {t('templates.versionNote')}
        </Text>
        <Button type="submit" loading={save.isPending}>
          {t('templates.save')}
        </Button>
      </Stack>
    </Card>
  );
}

function AreaManagers() {
  const { t } = useTranslation('rounds');
  const client = useQueryClient();
  const areas = useQuery(roundQueries.areas());
  const managers = useQuery({
    queryKey: ['rounds', 'area-managers'],
    queryFn: () => api.get<{ areaId: string; userId: string; name: string }[]>('/rounds/area-managers'),
  });
  const change = useMutation({
    mutationFn: async ({ areaId, userId }: { areaId: string; userId: string }) => {
      for (const m of (managers.data ?? []).filter((x) => x.areaId === areaId)) {
        await api.put('/rounds/area-managers', { areaId, userId: m.userId, manager: false });
      }
      if (userId) await api.put('/rounds/area-managers', { areaId, userId, manager: true });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['rounds', 'area-managers'] }),
  });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('templates.managers')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('templates.managersLead')}
      </Text>
      <ErrorAlert error={change.error} />
      <Stack gap="xs">
        {(areas.data ?? []).map((a) => (
          <OwnerSelect
            key={a.id}
            areaId={a.id}
            label={a.name}
            value={managers.data?.find((m) => m.areaId === a.id)?.userId ?? ''}
            onChange={(userId) => change.mutate({ areaId: a.id, userId })}
          />
        ))}
      </Stack>
    </Card>
  );
}
