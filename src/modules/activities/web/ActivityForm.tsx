import { Checkbox, MultiSelect, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sdgs } from '../../../shared/enums';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { areaQueries } from '../../areas/web';
import { type Activity, activityQueries, focusAreas, targetGroups } from './queries';

const sdgOptions = sdgs.map(String);

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
  const areas = useQuery(areaQueries.list());
  const fields = useFields({
    name: activity?.name ?? '',
    focusArea: activity?.focusArea ?? (null as string | null),
    areaIds: activity?.areaIds ?? [],
    partners: activity?.partners ?? [],
    targetGroups: (activity?.targetGroups ?? []) as string[],
    sdgs: (activity?.sdgs ?? []).map(String),
    responsiblePerson: activity?.responsiblePerson ?? '',
    active: activity?.active ?? true,
    public: activity?.public ?? false,
    defaultPlace: activity?.defaultPlace ?? '',
    description: activity?.description ?? '',
  });
  const save = useSaveAndRefetch(
    activityQueries.all(),
    (body: Record<string, unknown>) =>
      activity
        ? api.patch<Activity>(`/activities/${activity.id}`, body)
        : api.post<Activity>('/activities', body),
    onClose,
  );

  function submit() {
    save.mutate({ ...fields.values, sdgs: fields.values.sdgs.map(Number) });
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
      <TextInput label={t('fields.name')} required {...fields.text('name')} />
      <Select
        label={t('fields.focusArea')}
        required
        data={focusAreas.map((f) => ({ value: f, label: t(`focus.${f}`) }))}
        {...fields.input('focusArea')}
      />
      <MultiSelect
        label={t('fields.areas')}
        required
        searchable
        data={(areas.data ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.code})` }))}
        {...fields.input('areaIds')}
      />
      <TagsInput
        label={t('fields.partners')}
        description={t('fields.partnersHint')}
        {...fields.input('partners')}
      />
      <MultiSelect
        label={t('fields.targetGroups')}
        data={targetGroups.map((g) => ({ value: g, label: t(`target.${g}`) }))}
        {...fields.input('targetGroups')}
      />
      <MultiSelect label={t('fields.sdgs')} data={sdgOptions} {...fields.input('sdgs')} />
      <TextInput label={t('fields.responsible')} {...fields.text('responsiblePerson')} />
      <TextInput label={t('fields.place')} {...fields.text('defaultPlace')} />
      <Textarea label={t('fields.description')} autosize minRows={2} {...fields.text('description')} />
      <Checkbox
        label={t('fields.public')}
        description={t('fields.publicHint')}
        {...fields.checkbox('public')}
      />
      {activity && (
        <Checkbox
          label={t('fields.active')}
          description={t('fields.activeHint')}
          {...fields.checkbox('active')}
        />
      )}
    </FormModal>
  );
}
