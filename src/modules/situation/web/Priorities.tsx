import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { type Picture, useSituationChange } from './queries';
import { SectionForm } from './SectionForm';

/** Priorities, hot-spots and open actions of the week's picture; the coordinator marks them done. */
export function PriorityList({
  title,
  items,
  coordinator,
}: {
  title: string;
  items: Picture['priorities'];
  coordinator: boolean;
}) {
  const { t } = useTranslation('situation');
  const done = useSituationChange((id: string) => api.patch(`/situation/priorities/${id}`, { done: true }));
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {items.length === 0 && <Text size="sm">{t('picture.none')}</Text>}
      <Stack gap="xs">
        {items.map((item) => (
          <div key={item.id}>
            <Text size="sm" fw={600}>
              {item.description}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                item.areaName,
                item.placeType ? t(`place.${item.placeType}`, { defaultValue: item.placeType }) : null,
              ]
                .filter(Boolean)
                .join(', ')}{' '}
              · {t('picture.owner')}: {item.owner} · {t('picture.forWeek')} {item.week}
            </Text>
            {coordinator && !item.done && (
              <Button size="compact-xs" variant="subtle" onClick={() => done.mutate(item.id)}>
                {t('picture.markDone')}
              </Button>
            )}
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** The coordinator adds a priority or hot-spot agreed at the meeting, with the organisation that owns it. */
export function PriorityForm({ picture, week }: { picture: Picture; week: string }) {
  const { t } = useTranslation('situation');
  const [kind, setKind] = useState<string | null>('priority');
  const [areaId, setAreaId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const save = useSituationChange(
    () => api.post(`/situation/weeks/${week}/priorities`, { kind, areaId, description, owner }),
    () => {
      setDescription('');
      setOwner('');
    },
  );
  return (
    <SectionForm
      id="priority-title"
      title={t('priority.title')}
      submitLabel={t('priority.save')}
      saving={save.isPending}
      error={save.error}
      onSubmit={() => save.mutate(undefined)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('priority.kind')}
          data={[
            { value: 'priority', label: t('priority.kind_priority') },
            { value: 'hotspot', label: t('priority.kind_hotspot') },
          ]}
          value={kind}
          onChange={setKind}
          required
          allowDeselect={false}
        />
        <Select
          label={t('priority.area')}
          data={picture.areas.map((a) => ({ value: a.id, label: a.name }))}
          value={areaId}
          onChange={setAreaId}
          clearable
          searchable
        />
      </SimpleGrid>
      <TextInput
        mt="sm"
        label={t('priority.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        required
        minLength={3}
        maxLength={300}
      />
      <TextInput
        mt="sm"
        label={t('priority.owner')}
        value={owner}
        onChange={(e) => setOwner(e.currentTarget.value)}
        required
        minLength={2}
        maxLength={100}
      />
    </SectionForm>
  );
}
