import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localToInstant, swedishToday } from '../../../shared/time';
import { DataTable } from '../../../web/components/DataTable';
import { formatNumber } from '../../../web/components/format';
import { PageHeader } from '../../../web/components/PageHeader';
import { useFields } from '../../../web/hooks/useFields';
import { useCan } from '../../../web/session';
import { presenceActivities } from '../vocabulary';
import { AreaSelect } from './AreaSelect';
import { type LocalShift, listShifts, newClientId, saveShift } from './offline-queue';
import { type PresenceWeek, roundQueries, useMyAreas } from './queries';
import { SyncStatus, useFieldApp, useQueued } from './SyncStatus';

/** A Swedish date and wall-clock time as an ISO instant (Europe/Stockholm, whatever zone the phone is set to). */
function instant(date: string, time: string): string {
  return localToInstant(date, time).toISOString();
}

type TimeOfDay = LocalShift['timeOfDay'];

/** A new shift's form: today's evening, as a safety host on a round, until the user says otherwise. */
const newShift = () => ({
  date: swedishToday(),
  start: '18:00',
  end: '22:00',
  timeOfDay: 'evening' as TimeOfDay,
  role: 'safety_host' as LocalShift['role'],
  activities: ['rounds'] as string[],
  talks: '' as number | string,
  note: '',
});

/** Safety hosts and summer ambassadors log their shifts, offline like rounds; hours per area and week below. */
export default function PresencePage() {
  const { t, i18n } = useTranslation('rounds');
  useFieldApp();
  const canWrite = useCan('rounds.write');
  const [areaId, setAreaId] = useState('');
  const { areas, myAreas } = useMyAreas(areaId, setAreaId);
  const f = useFields(newShift);
  const local = useQueued<LocalShift[]>(listShifts, []);
  const weeks = useQuery(roundQueries.presenceWeeks(areaId || undefined));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { date, start, end, talks, ...shift } = f.values;
    const startsAt = instant(date, start);
    let endsAt = instant(date, end);
    if (endsAt <= startsAt) endsAt = instant(addDays(date, 1), end); // past midnight: the next Swedish day
    await saveShift({
      ...shift,
      clientId: newClientId(),
      areaId,
      startsAt,
      endsAt,
      activities: shift.activities as LocalShift['activities'],
      talks: talks === '' ? null : Number(talks),
    });
    f.set('note', '');
    f.set('talks', '');
  };
  const areaName = (id: string) => areas.data?.find((a) => a.id === id)?.name ?? '';

  return (
    <Stack>
      <PageHeader title={t('presence.title')} description={t('presence.lead')} />
      <SyncStatus />
      {canWrite && (
        <Card withBorder component="form" onSubmit={submit}>
          <Title order={2} size="h4" mb="sm">
            {t('presence.log')}
          </Title>
          <Stack gap="sm">
            <AreaSelect areas={myAreas} value={areaId} onChange={setAreaId} />
            <TextInput type="date" label={t('presence.date')} {...f.text('date')} required />
            <Group grow>
              <TextInput
                type="time"
                label={t('presence.start')}
                value={f.values.start}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  f.set('start', value);
                  // A shift starting after five in the afternoon (or in the night) is an evening shift.
                  if (value) f.set('timeOfDay', value >= '17:00' || value < '05:00' ? 'evening' : 'day');
                }}
                required
              />
              <TextInput type="time" label={t('presence.end')} {...f.text('end')} required />
            </Group>
            <Radio.Group
              label={t('presence.timeOfDay')}
              value={f.values.timeOfDay}
              onChange={(v) => f.set('timeOfDay', v as TimeOfDay)}
            >
              <Group mt={4}>
                <Radio value="day" label={t('presence.day')} />
                <Radio value="evening" label={t('presence.evening')} />
              </Group>
            </Radio.Group>
            <Radio.Group
              label={t('presence.role')}
              value={f.values.role}
              onChange={(v) => f.set('role', v as LocalShift['role'])}
            >
              <Group mt={4}>
                <Radio value="safety_host" label={t('presence.safetyHost')} />
                <Radio value="summer_ambassador" label={t('presence.ambassador')} />
              </Group>
            </Radio.Group>
            <Checkbox.Group label={t('presence.did')} {...f.input('activities')}>
              <Group mt={4}>
                {presenceActivities.map((a) => (
                  <Checkbox key={a} value={a} label={t(`presence.activity.${a}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <NumberInput label={t('presence.talks')} {...f.input('talks')} min={0} max={1000} />
            <Textarea label={t('presence.note')} {...f.text('note')} />
            <Button type="submit" disabled={!areaId}>
              {t('presence.save')}
            </Button>
          </Stack>
        </Card>
      )}
      {local.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('presence.onPhone', {
            count: local.length,
            pending: local.filter((s) => s.state === 'pending').length,
          })}
        </Text>
      )}
      <DataTable<PresenceWeek>
        caption={t('presence.weeks')}
        columns={[
          {
            key: 'week',
            header: t('presence.week'),
            rowHeader: true,
            render: (w) =>
              t('presence.weekLabel', { week: Number(w.week.slice(6)), year: w.week.slice(0, 4) }),
          },
          { key: 'area', header: t('field.area'), render: (w) => areaName(w.areaId) },
          {
            key: 'hours',
            header: t('presence.hours'),
            align: 'right',
            render: (w) => formatNumber(w.hours, i18n.language),
          },
          {
            key: 'evening',
            header: t('presence.eveningHours'),
            align: 'right',
            render: (w) => formatNumber(w.eveningHours, i18n.language),
          },
          { key: 'shifts', header: t('presence.shifts'), align: 'right', render: (w) => w.shifts },
        ]}
        rows={[...(weeks.data ?? [])].reverse().slice(0, 26)}
        rowKey={(w) => `${w.areaId}-${w.week}`}
        empty={t('presence.none')}
      />
    </Stack>
  );
}
