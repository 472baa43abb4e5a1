import {
  Alert,
  Badge,
  Box,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageHeader } from '../../../web/components/PageHeader';
import { PageLoader } from '../../../web/layout/PageLoader';
import { useMe } from '../../../web/session';
import { placeTypes } from '../defaults';
import { PointPicker } from './PointPicker';
import { isoWeekOf, isoWeekOfDay, type Report, situationQueries, weekDays } from './queries';
import { useWeek, WeekPicker } from './WeekPicker';

const timesOfDay = ['morning', 'day', 'evening', 'night'] as const;
/** Today in Sweden, not the phone's UTC date (which is yesterday until 01:00 or 02:00). */
const today = () => swedishToday();

/** The last day partners may report the week of a date: its Sunday plus the window's days. */
function deadlineOf(date: string, windowDays: number): string {
  return addDays(weekDays(isoWeekOfDay(date || today())).last, windowDays);
}

/** "Rapportera händelse": the report form, "nothing to report", and the week's own reports. */
export default function ReportPage() {
  const { t, i18n } = useTranslation('situation');
  const client = useQueryClient();
  const who = useQuery(situationQueries.me());
  const areas = useQuery(situationQueries.areas());
  const categories = useQuery(situationQueries.categories());
  const partners = useQuery(situationQueries.partners());
  const [week, setWeek] = useWeek(isoWeekOf(new Date()));
  const reports = useQuery(situationQueries.reports(week));

  const [date, setDate] = useState(today());
  const [timeOfDay, setTimeOfDay] = useState<string | null>(null);
  const [areaId, setAreaId] = useState<string | null>(null);
  const [placeType, setPlaceType] = useState<string | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [count, setCount] = useState<number | string>(1);
  const [description, setDescription] = useState('');
  const [restricted, setRestricted] = useState(false);
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const me = useMe();

  const file = useMutation({
    mutationFn: () =>
      api.post<Report>('/situation/reports', {
        date,
        timeOfDay,
        areaId,
        placeType,
        categoryId,
        count: Number(count),
        description,
        restricted,
        ...(sourceId ? { sourceId } : {}),
        ...(lat && lon ? { lat: Number(lat.replace(',', '.')), lon: Number(lon.replace(',', '.')) } : {}),
      }),
    onSuccess: async () => {
      setDescription('');
      setCount(1);
      setRestricted(false);
      setLat('');
      setLon('');
      await client.invalidateQueries({ queryKey: situationQueries.all() });
    },
  });
  const nothing = useMutation({
    mutationFn: () => api.post('/situation/nothing-to-report', { week, ...(sourceId ? { sourceId } : {}) }),
  });

  if (who.isPending || areas.isPending || categories.isPending) return <PageLoader />;
  if (who.error || areas.error || categories.error)
    return <ErrorAlert error={who.error ?? areas.error ?? categories.error} />;
  const en = i18n.language === 'en';
  const partner = who.data.partner;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    file.mutate();
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('report.title')} description={t('report.description')} />
      <Alert color="orange" variant="light" title={t('report.noNames')} />
      {partner && (
        <Alert color="blue" variant="light">
          {t('report.reportingFor', { name: partner.name })}
        </Alert>
      )}
      {!who.data.coordinator && (
        <Text size="sm">
          {t('report.window', {
            week: isoWeekOfDay(date || today()),
            date: deadlineOf(date, who.data.reportingWindowDays),
          })}
        </Text>
      )}

      <Paper withBorder p="md" component="form" onSubmit={submit} aria-label={t('report.title')}>
        <ErrorAlert error={file.error} />
        {file.isSuccess && (
          <Alert color="green" mb="sm" role="status">
            {t('report.saved')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('report.date')}
            value={date}
            max={today()}
            onChange={(e) => setDate(e.currentTarget.value)}
            required
          />
          <Select
            label={t('report.timeOfDay')}
            data={timesOfDay.map((v) => ({ value: v, label: t(`report.time_${v}`) }))}
            value={timeOfDay}
            onChange={setTimeOfDay}
            clearable
          />
          <Select
            label={t('report.area')}
            data={areas.data.map((a) => ({ value: a.id, label: `${a.name} (${a.districtName})` }))}
            value={areaId}
            onChange={setAreaId}
            searchable
            required
            allowDeselect={false}
          />
          <Select
            label={t('report.placeType')}
            data={placeTypes.map((v) => ({ value: v, label: t(`place.${v}`) }))}
            value={placeType}
            onChange={setPlaceType}
            clearable
          />
          <Select
            label={t('report.category')}
            data={categories.data
              .filter((c) => c.active)
              .map((c) => ({ value: c.id, label: en ? c.nameEn : c.nameSv }))}
            value={categoryId}
            onChange={setCategoryId}
            searchable
            required
            allowDeselect={false}
          />
          <NumberInput
            label={t('report.count')}
            value={count}
            onChange={setCount}
            min={1}
            max={500}
            required
          />
          {who.data.coordinator && !partner && partners.data && (
            <Select
              label={t('report.source')}
              data={partners.data.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
              value={sourceId}
              onChange={setSourceId}
              clearable
            />
          )}
        </SimpleGrid>
        {areaId && (
          <Box mt="sm">
            <PointPicker
              key={areaId}
              geometry={areas.data.find((a) => a.id === areaId)?.geometry ?? null}
              tileUrl={me.mapTileUrl}
              lat={lat}
              lon={lon}
              onChange={(p) => {
                setLat(p.lat);
                setLon(p.lon);
              }}
            />
          </Box>
        )}
        <Textarea
          mt="sm"
          label={t('report.text')}
          description={t('report.noNames')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
        <Checkbox
          mt="sm"
          label={t('report.restricted')}
          checked={restricted}
          onChange={(e) => setRestricted(e.currentTarget.checked)}
        />
        <Button type="submit" mt="md" loading={file.isPending}>
          {t('report.submit')}
        </Button>
      </Paper>

      <Group justify="space-between">
        <WeekPicker week={week} onChange={setWeek} />
        <Button variant="default" onClick={() => nothing.mutate()} loading={nothing.isPending}>
          {t('report.nothing', { week })}
        </Button>
      </Group>
      <ErrorAlert error={nothing.error} />
      {nothing.isSuccess && (
        <Alert color="green" role="status">
          {t('report.nothingSaved', { week })}
        </Alert>
      )}

      <section aria-labelledby="mine-title">
        <Title order={2} size="h3" id="mine-title" mb="xs">
          {t('report.mine', { week })}
        </Title>
        <ErrorAlert error={reports.error} />
        <DataTable
          caption={t('report.mine', { week })}
          captionHidden
          rows={reports.data ?? []}
          rowKey={(r) => r.id}
          columns={[
            { key: 'date', header: t('report.date'), render: (r) => r.date, rowHeader: true },
            { key: 'area', header: t('report.area'), render: (r) => r.areaName },
            { key: 'cat', header: t('report.category'), render: (r) => r.categoryName },
            { key: 'n', header: t('report.count'), render: (r) => r.count, align: 'right' },
            { key: 'text', header: t('report.text'), render: (r) => r.description },
            { key: 'source', header: t('report.source'), render: (r) => r.sourceName },
            {
              key: 'status',
              header: '',
              render: (r) => (
                <Group gap={4}>
                  <Badge variant="light">{t(`report.status_${r.status}`)}</Badge>
                  {r.restricted && (
                    <Badge color="red" variant="light">
                      {t('report.restrictedBadge')}
                    </Badge>
                  )}
                  {r.mergedInto && <Badge color="gray">{t('report.merged')}</Badge>}
                </Group>
              ),
            },
          ]}
        />
      </section>
    </Stack>
  );
}
