import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import type { AreaInput, DistrictInput, PropertyInput } from '../areas.contract';
import { GeometryField, geometryText, geometryToSave } from './GeometryField';
import { type Area, areaQueries, type District, type Geometry, type Property } from './queries';

/** What an edit dialog is doing: nothing, creating, or editing one row. */
export type Editing<T> = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; row: T };

/** Creates a row (POST `path`) or changes `row` (PATCH `path/:id`); then every area query refetches. */
function useSave<T>(path: string, editing: Editing<{ id: string }>, onClose: () => void) {
  const row = editing.mode === 'edit' ? editing.row : null;
  const save = useSaveAndRefetch(
    areaQueries.all(),
    (body: T) => (row ? api.patch(`${path}/${row.id}`, body) : api.post(path, body)),
    onClose,
  );
  /** What every edit dialog passes to its FormModal. */
  const modal = { opened: editing.mode !== 'closed', onClose, error: save.error, saving: save.isPending };
  return { ...save, modal };
}

/** The outline field of a district or an area, and its check before saving. */
function useOutline(initial: Geometry | null | undefined) {
  const { t } = useTranslation('areas');
  const [value, onChange] = useState(geometryText(initial));
  const [error, setError] = useState<string>();
  /** The outline to save, or undefined (and the field shows why) when the text is not one. */
  const checked = (): { geometry: Geometry | null } | undefined => {
    const outline = geometryToSave(value);
    setError('problemKey' in outline ? t(outline.problemKey) : undefined);
    return 'geometry' in outline ? outline : undefined;
  };
  return { field: { value, onChange, error }, checked };
}

export function DistrictForm({ editing, onClose }: { editing: Editing<District>; onClose: () => void }) {
  const { t } = useTranslation('areas');
  const row = editing.mode === 'edit' ? editing.row : null;
  const fields = useFields({ name: row?.name ?? '' });
  const outline = useOutline(row?.geometry);
  const save = useSave<DistrictInput>('/districts', editing, onClose);
  return (
    <FormModal
      title={row ? t('district.edit', { name: row.name }) : t('district.create')}
      {...save.modal}
      onSubmit={() => {
        const checked = outline.checked();
        if (checked) save.mutate({ ...fields.values, ...checked });
      }}
    >
      <TextInput label={t('fields.name')} required {...fields.text('name')} />
      <GeometryField {...outline.field} />
    </FormModal>
  );
}

export function AreaForm({
  editing,
  districts,
  onClose,
}: {
  editing: Editing<Area>;
  districts: District[];
  onClose: () => void;
}) {
  const { t } = useTranslation('areas');
  const row = editing.mode === 'edit' ? editing.row : null;
  const fields = useFields<{ districtId: string | null; code: string; name: string }>({
    districtId: row?.districtId ?? districts[0]?.id ?? null,
    code: row?.code ?? '',
    name: row?.name ?? '',
  });
  const outline = useOutline(row?.geometry);
  const save = useSave<AreaInput>('/areas', editing, onClose);
  return (
    <FormModal
      title={row ? t('area.edit', { name: row.name }) : t('area.create')}
      {...save.modal}
      onSubmit={() => {
        const { districtId, code, name } = fields.values;
        const checked = outline.checked();
        if (checked && districtId) save.mutate({ districtId, code, name, ...checked });
      }}
    >
      <Select
        label={t('fields.district')}
        required
        data={districts.map((d) => ({ value: d.id, label: d.name }))}
        {...fields.input('districtId')}
        allowDeselect={false}
        searchable
      />
      <TextInput
        label={t('fields.code')}
        description={t('fields.codeHint')}
        required
        maxLength={32}
        pattern="[A-Za-z0-9_\-]+"
        {...fields.text('code')}
      />
      <TextInput label={t('fields.name')} required {...fields.text('name')} />
      <GeometryField {...outline.field} />
    </FormModal>
  );
}

const toNumber = (v: string | number) => (v === '' ? null : Number(v));

export function PropertyForm({
  editing,
  areas,
  defaultAreaId,
  onClose,
}: {
  editing: Editing<Property>;
  areas: Area[];
  defaultAreaId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('areas');
  const row = editing.mode === 'edit' ? editing.row : null;
  const fields = useFields({
    areaId: row?.areaId ?? defaultAreaId,
    code: row?.code ?? '',
    address: row?.address ?? '',
    households: (row?.households ?? 0) as string | number,
    lat: (row?.lat ?? '') as string | number,
    lon: (row?.lon ?? '') as string | number,
  });
  const save = useSave<PropertyInput>('/properties', editing, onClose);
  return (
    <FormModal
      title={row ? t('property.edit', { name: row.address }) : t('property.create')}
      {...save.modal}
      onSubmit={() => {
        const { areaId, code, address, households, lat, lon } = fields.values;
        if (!areaId) return;
        save.mutate({
          areaId,
          code,
          address,
          households: Number(households),
          lat: toNumber(lat),
          lon: toNumber(lon),
        });
      }}
    >
      <Select
        label={t('fields.area')}
        required
        data={areas.map((a) => ({ value: a.id, label: `${a.code} – ${a.name}` }))}
        {...fields.input('areaId')}
        allowDeselect={false}
        searchable
      />
      <TextInput label={t('fields.code')} required {...fields.text('code')} />
      <TextInput label={t('fields.address')} required {...fields.text('address')} />
      <NumberInput
        label={t('fields.households')}
        required
        min={0}
        max={5000}
        allowDecimal={false}
        {...fields.input('households')}
      />
      <Group grow>
        <NumberInput label={t('fields.lat')} min={-90} max={90} decimalScale={6} {...fields.input('lat')} />
        <NumberInput label={t('fields.lon')} min={-180} max={180} decimalScale={6} {...fields.input('lon')} />
      </Group>
    </FormModal>
  );
}
