import { Alert, Anchor, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { areaQueries } from '../../areas/web';
import { CountFields, countBody, countsOf, noCounts } from './CountFields';
import { activityQueries, type Session } from './queries';

/**
 * Quick entry after a session, on a phone: one short form. With ?session=ID it reports a planned
 * session or corrects a reported one (and can remove it).
 */
export default function LogSessionPage() {
  const { t } = useTranslation('activities');
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const sessionId = params.get('session');
  const client = useQueryClient();
  const list = useQuery(activityQueries.list());
  const areas = useQuery(areaQueries.list());
  const existing = useQuery({ ...activityQueries.session(sessionId ?? ''), enabled: Boolean(sessionId) });
  const [activityId, setActivityId] = useState(params.get('activity') ?? '');
  const [areaId, setAreaId] = useState('');
  const [date, setDate] = useState(swedishToday());
  const [startTime, setStartTime] = useState('');
  const [place, setPlace] = useState('');
  const [counts, setCounts] = useState(noCounts);
  const [saved, setSaved] = useState<Session | null>(null);

  // Editing: start from the stored session once it has loaded.
  useEffect(() => {
    const s = existing.data;
    if (!s) return;
    setActivityId(s.activityId);
    setAreaId(s.areaId);
    setDate(s.date);
    setStartTime(s.startTime ?? '');
    setPlace(s.place);
    setCounts(countsOf(s));
  }, [existing.data]);

  const activity = list.data?.find((a) => a.id === activityId);
  const areaOptions = useMemo(() => {
    const mine = (id: string) => me.areaIds === null || me.areaIds.includes(id);
    return (areas.data ?? []).filter((a) => activity?.areaIds.includes(a.id) && mine(a.id));
  }, [areas.data, activity, me.areaIds]);
  useEffect(() => {
    if (!areaOptions.some((a) => a.id === areaId)) setAreaId(areaOptions[0]?.id ?? '');
  }, [areaOptions, areaId]);

  const done = async () => {
    await client.invalidateQueries({ queryKey: activityQueries.all() });
    if (sessionId) navigate(`/activities/${activityId}`);
  };
  const save = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      sessionId
        ? api.put<Session>(`/activity-sessions/${sessionId}`, body)
        : api.post<Session>('/activity-sessions', body),
    onSuccess: async (session) => {
      setSaved(session);
      setCounts(noCounts);
      await done();
    },
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/activity-sessions/${sessionId}`),
    onSuccess: done,
  });

  if (list.isPending || areas.isPending || (sessionId && existing.isPending)) return <PageLoader />;
  const title = !existing.data
    ? t('log.title')
    : existing.data.participants === null
      ? t('log.reportTitle')
      : t('log.editTitle');

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    save.mutate({
      activityId,
      areaId,
      date,
      startTime: startTime || null,
      endTime: existing.data?.endTime ?? null,
      place,
      note: existing.data?.note ?? '',
      ...countBody(counts),
    });
  }

  return (
    <Stack gap="md" maw={520}>
      <PageHeader title={title} description={t('log.description')} />
      <ErrorAlert error={list.error ?? areas.error ?? existing.error ?? save.error ?? remove.error} />
      {saved && !sessionId && (
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
            disabled={Boolean(sessionId)}
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
          <TextInput
            label={t('fields.place')}
            placeholder={activity?.defaultPlace || undefined}
            description={activity?.defaultPlace ? t('log.placeHint') : undefined}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
          />
          <CountFields values={counts} onChange={setCounts} />
          <Button type="submit" loading={save.isPending} disabled={!activityId || !areaId} fullWidth>
            {t('log.submit')}
          </Button>
          {sessionId && (
            <Group justify="space-between">
              <Anchor component={Link} to={`/activities/${activityId}`}>
                {t('log.cancel')}
              </Anchor>
              <Button
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('log.confirmDelete'))) remove.mutate();
                }}
              >
                {t('log.delete')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
