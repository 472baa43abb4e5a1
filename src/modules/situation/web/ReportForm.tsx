import { Box, Checkbox, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { swedishToday } from '../../../shared/time';
import { api } from '../../../web/api';
import type { Fields } from '../../../web/hooks/useFields';
import { useMe } from '../../../web/session';
import { placeTypes } from '../defaults';
import { PointPicker } from './PointPicker';
import type { AreaOption, Category, Partner, Report } from './queries';
import { useSituationForm } from './queries';
import { type FormSave, SectionForm } from './SectionForm';

const timesOfDay = ['morning', 'day', 'evening', 'night'] as const;
/** Today in Sweden, not the phone's UTC date (which is yesterday until 01:00 or 02:00). */
export const today = () => swedishToday();

/** A report as the form holds it: a point as typed (a comma for a decimal point is fine). */
type ReportValues = {
  date: string;
  timeOfDay: string | null;
  areaId: string | null;
  placeType: string | null;
  categoryId: string | null;
  count: number | string;
  description: string;
  restricted: boolean;
  sourceId: string | null;
  lat: string;
  lon: string;
};

const coordinate = (typed: string) => Number(typed.replace(',', '.'));

/**
 * The report form's values and its save. After a report the text, count, flag and point start
 * again; the date, area, category and source stay for the next report of the same round.
 */
export function useReportForm() {
  return useSituationForm<ReportValues>(
    {
      date: today(),
      timeOfDay: null,
      areaId: null,
      placeType: null,
      categoryId: null,
      count: 1,
      description: '',
      restricted: false,
      sourceId: null,
      lat: '',
      lon: '',
    },
    ({ count, sourceId, lat, lon, ...report }) =>
      api.post<Report>('/situation/reports', {
        ...report,
        count: Number(count),
        ...(sourceId ? { sourceId } : {}),
        ...(lat && lon ? { lat: coordinate(lat), lon: coordinate(lon) } : {}),
      }),
    ['description', 'count', 'restricted', 'lat', 'lon'],
  );
}

/** The report form; a coordinator who is no partner picks the source the report came from. */
export function ReportForm({
  fields,
  save,
  areas,
  categories,
  partners,
}: {
  fields: Fields<ReportValues>;
  save: FormSave;
  areas: AreaOption[];
  categories: Category[];
  /** The active sources to choose from; left out when the reporter reports for their own organisation. */
  partners?: Partner[];
}) {
  const { t, i18n } = useTranslation('situation');
  const me = useMe();
  const en = i18n.language === 'en';
  const { areaId, lat, lon } = fields.values;
  return (
    <SectionForm
      id="report-form"
      title={t('report.title')}
      titleHidden
      submitLabel={t('report.submit')}
      save={save}
      saved={t('report.saved')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('report.date')} max={today()} {...fields.text('date')} required />
        <Select
          label={t('report.timeOfDay')}
          data={timesOfDay.map((v) => ({ value: v, label: t(`report.time_${v}`) }))}
          {...fields.input('timeOfDay')}
          clearable
        />
        <Select
          label={t('report.area')}
          data={areas.map((a) => ({ value: a.id, label: `${a.name} (${a.districtName})` }))}
          {...fields.input('areaId')}
          searchable
          required
          allowDeselect={false}
        />
        <Select
          label={t('report.placeType')}
          data={placeTypes.map((v) => ({ value: v, label: t(`place.${v}`) }))}
          {...fields.input('placeType')}
          clearable
        />
        <Select
          label={t('report.category')}
          data={categories
            .filter((c) => c.active)
            .map((c) => ({ value: c.id, label: en ? c.nameEn : c.nameSv }))}
          {...fields.input('categoryId')}
          searchable
          required
          allowDeselect={false}
        />
        <NumberInput label={t('report.count')} {...fields.input('count')} min={1} max={500} required />
        {partners && (
          <Select
            label={t('report.source')}
            data={partners.filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }))}
            {...fields.input('sourceId')}
            clearable
          />
        )}
      </SimpleGrid>
      {areaId && (
        <Box mt="sm">
          <PointPicker
            key={areaId}
            geometry={areas.find((a) => a.id === areaId)?.geometry ?? null}
            tileUrl={me.mapTileUrl}
            lat={lat}
            lon={lon}
            onChange={(p) => {
              fields.set('lat', p.lat);
              fields.set('lon', p.lon);
            }}
          />
        </Box>
      )}
      <Textarea
        mt="sm"
        label={t('report.text')}
        description={t('report.noNames')}
        {...fields.text('description')}
        maxLength={500}
        autosize
        minRows={2}
      />
      <Checkbox mt="sm" label={t('report.restricted')} {...fields.checkbox('restricted')} />
    </SectionForm>
  );
}
