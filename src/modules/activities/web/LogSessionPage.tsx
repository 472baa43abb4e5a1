import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { activityQueries, ageBands, type Session, todayInSweden } from './queries';

type Count = number | string;
const asCount = (v: Count) => (v === '' ? null : Number(v));

/** Quick entry after a session, on a phone: one short form. */
export default function LogSessionPage() {
  const { t } = useTranslation('activities');
  const me = useMe();
  const [params] = useSearchParams();
  const client = useQueryClient();
  const list = useQuery(activityQueries.list());
  const areas = useQuery(activityQueries.areas());
  const [activityId, setActivityId] = useState(params.get('activity') ?? '');
  const [areaId, setAreaId] = useState('');
  const [date, setDate] = useState(todayInSweden());
  const [startTime, setStartTime] = useState('');
  const [participants, setParticipants] = useState<Count>('');
  const [women, setWomen] = useState<Count>('');
  const [men, setMen] = useState<Count>('');
  const [ages, setAges] = useState<Record<string, Count>>({});
  const [newcomers, setNewcomers] = useState<Count>('');
  const [saved, setSaved] = useState<Session | null>(null);

  const activity = list.data?.find((a) => a.id === activityId);
  const areaOptions = useMemo(() => {
    const mine = (id: string) => me.areaIds === null || me.areaIds.includes(id);
    return (areas.data ?? []).filter((a) => activity?.areaIds.includes(a.id) && mine(a.id));
  }, [areas.data, activity, me.areaIds]);
  useEffect(() => {
    if (!areaOptions.some((a) => a.id === areaId)) setAreaId(areaOptions[0]?.id ?? '');
  }, [areaOptions, areaId]);

  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<Session>('/activity-sessions', body),
    onSuccess: async (session) => {
      setSaved(session);
      setParticipants('');
      setWomen('');
      setMen('');
      setAges({});
      setNewcomers('');
      await client.invalidateQueries({ queryKey: activityQueries.all() });
    },
  });

  if (list.isPending || areas.isPending) return <PageLoader />;

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    save.mutate({
      activityId,
      areaId,
      date,
      startTime: startTime || null,
      participants: asCount(participants),
      women: asCount(women),
      men: asCount(men),
      newParticipants: asCount(newcomers),
      ages: Object.fromEntries(
        Object.entries(ages)
          .filter(([, v]) => v !== '')
          .map(([k, v]) => [k, Number(v)]),
      ),
    });
  }

  return (
    <Stack gap="md" maw={520}>
      <PageHeader title={t('log.title')} description={t('log.description')} />
      <ErrorAlert error={list.error ?? areas.error ?? save.error} />
      {saved && (
        <Alert color="green" role="status" title={t('log.saved')}>
          <Anchor component={Link} to={`/activities/${saved.activityId}`}>
            {t('log.toActivity', { name: activity?.name ?? '' })}
          </Anchor>
        </Alert>
      )}
      <form onSubmit={submit}>
        <Stack gap="sm">
          <NativeSelect
            label={t('fields.activity')}
            required
            value={activityId}
            onChange={(e) => setActivityId(e.currentTarget.value)}
            data={[
              { value: '', label: t('log.choose') },
              ...(list.data ?? []).map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
          <NativeSelect
            label={t('fields.area')}
            required
            disabled={!activity}
            value={areaId}
            onChange={(e) => setAreaId(e.currentTarget.value)}
            data={areaOptions.map((a) => ({ value: a.id, label: a.name }))}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              type="date"
              label={t('fields.date')}
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
            />
            <TextInput
              type="time"
              label={t('fields.startTime')}
              value={startTime}
              onChange={(e) => setStartTime(e.currentTarget.value)}
            />
          </SimpleGrid>
          <NumberInput
            label={t('fields.participants')}
            required
            min={0}
            inputMode="numeric"
            value={participants}
            onChange={setParticipants}
          />
          <SimpleGrid cols={2} spacing="sm">
            <NumberInput
              label={t('fields.women')}
              min={0}
              inputMode="numeric"
              value={women}
              onChange={setWomen}
            />
            <NumberInput label={t('fields.men')} min={0} inputMode="numeric" value={men} onChange={setMen} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('log.rest')}
          </Text>
          <details>
            <summary>{t('log.ages')}</summary>
            <SimpleGrid cols={3} spacing="xs" mt="xs">
              {ageBands.map((band) => (
                <NumberInput
                  key={band}
                  label={t('fields.ageBand', { band })}
                  min={0}
                  inputMode="numeric"
                  value={ages[band] ?? ''}
                  onChange={(v) => setAges((old) => ({ ...old, [band]: v }))}
                />
              ))}
            </SimpleGrid>
            <NumberInput
              mt="xs"
              label={t('fields.newParticipants')}
              description={t('fields.newParticipantsHint')}
              min={0}
              inputMode="numeric"
              value={newcomers}
              onChange={setNewcomers}
            />
          </details>
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!activityId || !areaId} fullWidth>
              {t('log.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
