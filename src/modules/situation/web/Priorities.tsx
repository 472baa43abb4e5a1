import { Button, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { type Picture, useSituationChange, useSituationForm } from './queries';
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

/** The free-text fields of a priority with their lengths, as the contract bounds them. */
const textFields = [
  { key: 'description', min: 3, max: 300 },
  { key: 'owner', min: 2, max: 100 },
] as const;

/** The coordinator adds a priority or hot-spot agreed at the meeting, with the organisation that owns it. */
export function PriorityForm({ picture, week }: { picture: Picture; week: string }) {
  const { t } = useTranslation('situation');
  const { fields, save } = useSituationForm(
    { kind: 'priority' as string | null, areaId: null as string | null, description: '', owner: '' },
    (priority) => api.post(`/situation/weeks/${week}/priorities`, priority),
    ['description', 'owner'],
  );
  return (
    <SectionForm id="priority-title" title={t('priority.title')} submitLabel={t('priority.save')} save={save}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('priority.kind')}
          data={[
            { value: 'priority', label: t('priority.kind_priority') },
            { value: 'hotspot', label: t('priority.kind_hotspot') },
          ]}
          {...fields.input('kind')}
          required
          allowDeselect={false}
        />
        <Select
          label={t('priority.area')}
          data={picture.areas.map((a) => ({ value: a.id, label: a.name }))}
          {...fields.input('areaId')}
          clearable
          searchable
        />
      </SimpleGrid>
      {textFields.map(({ key, min, max }) => (
        <TextInput
          key={key}
          mt="sm"
          label={t(`priority.${key}`)}
          {...fields.text(key)}
          required
          minLength={min}
          maxLength={max}
        />
      ))}
    </SectionForm>
  );
}
