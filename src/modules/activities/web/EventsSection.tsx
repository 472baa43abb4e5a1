import { Anchor, Group, NumberInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import { buttonColumn } from '../../../web/components/buttonColumn';
import { DataTable } from '../../../web/components/DataTable';
import { FormModal } from '../../../web/components/FormModal';
import { SectionHeader } from '../../../web/components/SectionHeader';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { useCan } from '../../../web/session';
import { type Activity, type ActivityEvent, activityQueries } from './queries';

/** The activity's events of the year, each with its free counters, and a way to add one. */
export function EventsSection({
  activity,
  events,
  year,
}: {
  activity: Activity;
  events: ActivityEvent[];
  year: number;
}) {
  const { t } = useTranslation('activities');
  const canWrite = useCan('activities.write');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ActivityEvent | null>(null);
  return (
    <>
      <SectionHeader
        title={t('detail.events')}
        addLabel={t('event.new')}
        onAdd={canWrite ? () => setAdding(true) : undefined}
      />
      {adding && <EventForm activity={activity} onClose={() => setAdding(false)} />}
      {editing && <EventForm activity={activity} event={editing} onClose={() => setEditing(null)} />}
      <DataTable
        caption={t('detail.eventsCaption', { year })}
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          { key: 'n', header: t('event.name'), rowHeader: true, render: (e) => e.name },
          { key: 'd', header: t('fields.date'), render: (e) => e.date },
          {
            key: 'c',
            header: t('event.counters'),
            render: (e) =>
              Object.entries(e.counters)
                .map(([k, v]) => `${t(`counters.${k}`, { defaultValue: k })}: ${v}`)
                .join(', '),
          },
          ...buttonColumn(canWrite, {
            key: 'edit',
            header: t('event.actions'),
            label: t('event.edit'),
            ariaLabel: (e: ActivityEvent) => t('event.editNamed', { name: e.name }),
            onClick: setEditing,
            size: 'compact-sm',
          }),
        ]}
      />
    </>
  );
}

/** An event with free counters, each line a name and a number; new, or a correction of `event`. */
function EventForm({
  activity,
  event,
  onClose,
}: {
  activity: Activity;
  event?: ActivityEvent;
  onClose: () => void;
}) {
  const { t } = useTranslation('activities');
  const fields = useFields({ name: event?.name ?? '', date: event?.date ?? swedishToday() });
  const [counters, setCounters] = useState<{ id: number; key: string; value: number | string }[]>(
    event
      ? Object.entries(event.counters).map(([key, value], id) => ({ id, key, value }))
      : [{ id: 0, key: '', value: '' }],
  );
  const save = useSaveAndRefetch(
    activityQueries.all(),
    (body: Record<string, unknown>) =>
      event
        ? api.put(`/activity-events/${event.id}`, { ...body, areaId: event.areaId, note: event.note })
        : api.post('/activity-events', body),
    onClose,
  );
  function submit() {
    save.mutate({
      activityId: activity.id,
      ...fields.values,
      counters: Object.fromEntries(
        counters.filter((c) => c.key.trim() && c.value !== '').map((c) => [c.key.trim(), Number(c.value)]),
      ),
    });
  }
  return (
    <FormModal
      onClose={onClose}
      title={event ? t('event.editNamed', { name: event.name }) : t('event.new')}
      onSubmit={submit}
      error={save.error}
      saving={save.isPending}
    >
      <TextInput label={t('event.name')} required {...fields.text('name')} />
      <TextInput type="date" label={t('fields.date')} required {...fields.text('date')} />
      {counters.map((c, i) => (
        <Group key={c.id} grow align="flex-end">
          <TextInput
            label={t('event.counterName', { n: i + 1 })}
            value={c.key}
            onChange={(e) => {
              const key = e.currentTarget.value;
              setCounters((old) => old.map((x, j) => (j === i ? { ...x, key } : x)));
            }}
          />
          <NumberInput
            label={t('event.counterValue', { n: i + 1 })}
            min={0}
            value={c.value}
            onChange={(value) => setCounters((old) => old.map((x, j) => (j === i ? { ...x, value } : x)))}
          />
        </Group>
      ))}
      <Anchor
        component="button"
        type="button"
        onClick={() => setCounters((old) => [...old, { id: old.length, key: '', value: '' }])}
      >
        {t('event.addCounter')}
      </Anchor>
    </FormModal>
  );
}
