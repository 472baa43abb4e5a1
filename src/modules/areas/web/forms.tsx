import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { FormModal } from '../../../web/components/FormModal';
import { GeometryField, geometryText, geometryToSave } from './GeometryField';
import { type Area, areaQueries, type District, type Geometry, type Property } from './queries';

/** What an edit dialog is doing: nothing, creating, or editing one row. */
export type Editing<T> = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; row: T };

function useSave<T>(save: (body: T) => Promise<unknown>, onClose: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: areaQueries.all() });
      onClose();
    },
  });
}

export function DistrictForm({ editing, onClose }: { editing: Editing<District>; onClose: () => void }) {
  const { t } = useTranslation('areas');
  const row = editing.mode === 'edit' ? editing.row : null;
  const [name, setName] = useState(row?.name ?? '');
  const [geometry, setGeometry] = useState(geometryText(row?.geometry));
  const [geometryError, setGeometryError] = useState<string>();
  const save = useSave(
    (body: { name: string; geometry: Geometry | null }) =>
      row ? api.patch(`/districts/${row.id}`, body) : api.post('/districts', body),
    onClose,
  );
  return (
    <FormModal
      title={row ? t('district.edit', { name: row.name }) : t('district.create')}
      opened={editing.mode !== 'closed'}
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      onSubmit={() => {
        const outline = geometryToSave(geometry);
        setGeometryError('problemKey' in outline ? t(outline.problemKey) : undefined);
        if ('geometry' in outline) save.mutate({ name, geometry: outline.geometry });
      }}
    >
      <TextInput
        label={t('fields.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <GeometryField value={geometry} onChange={setGeometry} error={geometryError} />
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
  const [districtId, setDistrictId] = useState<string | null>(row?.districtId ?? districts[0]?.id ?? null);
  const [code, setCode] = useState(row?.code ?? '');
  const [name, setName] = useState(row?.name ?? '');
  const [geometry, setGeometry] = useState(geometryText(row?.geometry));
  const [geometryError, setGeometryError] = useState<string>();
  const save = useSave(
    (body: { districtId: string; code: string; name: string; geometry: Geometry | null }) =>
      row ? api.patch(`/areas/${row.id}`, body) : api.post('/areas', body),
    onClose,
  );
  return (
    <FormModal
      title={row ? t('area.edit', { name: row.name }) : t('area.create')}
      opened={editing.mode !== 'closed'}
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      onSubmit={() => {
        const outline = geometryToSave(geometry);
        setGeometryError('problemKey' in outline ? t(outline.problemKey) : undefined);
        if ('geometry' in outline && districtId)
          save.mutate({ districtId, code, name, geometry: outline.geometry });
      }}
    >
      <Select
        label={t('fields.district')}
        required
        data={districts.map((d) => ({ value: d.id, label: d.name }))}
        value={districtId}
        onChange={setDistrictId}
        allowDeselect={false}
        searchable
      />
      <TextInput
        label={t('fields.code')}
        description={t('fields.codeHint')}
        required
        maxLength={32}
        pattern="[A-Za-z0-9_\-]+"
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <TextInput
        label={t('fields.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <GeometryField value={geometry} onChange={setGeometry} error={geometryError} />
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
  const [areaId, setAreaId] = useState<string | null>(row?.areaId ?? defaultAreaId);
  const [code, setCode] = useState(row?.code ?? '');
  const [address, setAddress] = useState(row?.address ?? '');
  const [households, setHouseholds] = useState<string | number>(row?.households ?? 0);
  const [lat, setLat] = useState<string | number>(row?.lat ?? '');
  const [lon, setLon] = useState<string | number>(row?.lon ?? '');
  const save = useSave(
    (body: Omit<Property, 'id'>) =>
      row ? api.patch(`/properties/${row.id}`, body) : api.post('/properties', body),
    onClose,
  );
  return (
    <FormModal
      title={row ? t('property.edit', { name: row.address }) : t('property.create')}
      opened={editing.mode !== 'closed'}
      onClose={onClose}
      error={save.error}
      saving={save.isPending}
      onSubmit={() => {
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
        value={areaId}
        onChange={setAreaId}
        allowDeselect={false}
        searchable
      />
      <TextInput
        label={t('fields.code')}
        required
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <TextInput
        label={t('fields.address')}
        required
        value={address}
        onChange={(e) => setAddress(e.currentTarget.value)}
      />
      <NumberInput
        label={t('fields.households')}
        required
        min={0}
        max={5000}
        allowDecimal={false}
        value={households}
        onChange={setHouseholds}
      />
      <Group grow>
        <NumberInput
          label={t('fields.lat')}
          min={-90}
          max={90}
          decimalScale={6}
          value={lat}
          onChange={setLat}
        />
        <NumberInput
          label={t('fields.lon')}
          min={-180}
          max={180}
          decimalScale={6}
          value={lon}
          onChange={setLon}
        />
      </Group>
    </FormModal>
  );
}
