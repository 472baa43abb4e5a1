import { Checkbox, MultiSelect, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { type Activity, activityQueries, focusAreas, targetGroups } from './queries';

const sdgOptions = Array.from({ length: 17 }, (_, i) => String(i + 1));

/** Creates an activity, or edits one when `activity` is given. */
export function ActivityForm({
  opened,
  onClose,
  activity,
}: {
  opened: boolean;
  onClose: (saved?: Activity) => void;
  activity?: Activity;
}) {
  const { t } = useTranslation('activities');
  const areas = useQuery(activityQueries.areas());
  const client = useQueryClient();
  const [name, setName] = useState(activity?.name ?? '');
  const [focusArea, setFocusArea] = useState<string | null>(activity?.focusArea ?? null);
  const [areaIds, setAreaIds] = useState<string[]>(activity?.areaIds ?? []);
  const [partners, setPartners] = useState<string[]>(activity?.partners ?? []);
  const [groups, setGroups] = useState<string[]>(activity?.targetGroups ?? []);
  const [sdgs, setSdgs] = useState<string[]>((activity?.sdgs ?? []).map(String));
  const [responsible, setResponsible] = useState(activity?.responsiblePerson ?? '');
  const [active, setActive] = useState(activity?.active ?? true);
  const [isPublic, setPublic] = useState(activity?.public ?? false);
  const [place, setPlace] = useState(activity?.defaultPlace ?? '');
  const [description, setDescription] = useState(activity?.description ?? '');

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      activity
        ? api.patch<Activity>(`/activities/${activity.id}`, body)
        : api.post<Activity>('/activities', body),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: activityQueries.all() });
      onClose(saved);
    },
  });

  function submit() {
    save.mutate({
      name,
      focusArea,
      areaIds,
      partners,
      targetGroups: groups,
      sdgs: sdgs.map(Number),
      responsiblePerson: responsible,
      public: isPublic,
      defaultPlace: place,
      description,
      active,
    });
  }

  return (
    <FormModal
      opened={opened}
      onClose={() => onClose()}
      title={activity ? t('form.editTitle') : t('form.newTitle')}
      size="lg"
      onSubmit={submit}
      error={save.error}
      saving={save.isPending}
    >
      <TextInput
        label={t('fields.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <Select
        label={t('fields.focusArea')}
        required
        data={focusAreas.map((f) => ({ value: f, label: t(`focus.${f}`) }))}
        value={focusArea}
        onChange={setFocusArea}
      />
      <MultiSelect
        label={t('fields.areas')}
        required
        searchable
        data={(areas.data ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }))}
        value={areaIds}
        onChange={setAreaIds}
      />
      <TagsInput
        label={t('fields.partners')}
        description={t('fields.partnersHint')}
        value={partners}
        onChange={setPartners}
      />
      <MultiSelect
        label={t('fields.targetGroups')}
        data={targetGroups.map((g) => ({ value: g, label: t(`target.${g}`) }))}
        value={groups}
        onChange={setGroups}
      />
      <MultiSelect label={t('fields.sdgs')} data={sdgOptions} value={sdgs} onChange={setSdgs} />
      <TextInput
        label={t('fields.responsible')}
        value={responsible}
        onChange={(e) => setResponsible(e.currentTarget.value)}
      />
      <TextInput label={t('fields.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
      <Textarea
        label={t('fields.description')}
        autosize
        minRows={2}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <Checkbox
        label={t('fields.public')}
        description={t('fields.publicHint')}
        checked={isPublic}
        onChange={(e) => setPublic(e.currentTarget.checked)}
      />
      {activity && (
        <Checkbox
          label={t('fields.active')}
          description={t('fields.activeHint')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
      )}
    </FormModal>
  );
}
