import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Column } from '../../../web/components/DataTable';
import type { MapFeature } from '../../../web/components/PolygonMap';
import { formatCell } from './profile-format';
import type { Area, Geometry } from './queries';

/** A district on a map: a dashed outline without fill, so its areas show through. */
export function districtOutline(district: {
  id: string;
  name: string;
  geometry: Geometry | null;
}): MapFeature[] {
  const { id, name, geometry } = district;
  return geometry ? [{ id, geometry, label: name, color: '#495057', fillOpacity: 0, dashed: true }] : [];
}

/**
 * The columns of a table of areas (the overview's, a district's): the name, linking to the area's
 * profile and naming the row, the code, then `middle` and the properties and households.
 */
export function useAreaColumns(middle: Column<Area>[] = []): Column<Area>[] {
  const { t } = useTranslation('areas');
  return [
    {
      key: 'name',
      header: t('fields.area'),
      render: (a) => (
        <Anchor component={Link} to={`/areas/${a.id}`}>
          {a.name}
        </Anchor>
      ),
      rowHeader: true,
    },
    { key: 'code', header: t('fields.code'), render: (a) => a.code },
    ...middle,
    ...useCountColumns(),
  ];
}

/** The properties and households of an area or a district: the columns every such table ends with. */
export function useCountColumns(): Column<{ properties: number; households: number }>[] {
  const { t, i18n } = useTranslation('areas');
  return (['properties', 'households'] as const).map((key) => ({
    key,
    header: t(`fields.${key}`),
    render: (r) => formatCell(r[key], i18n.language),
    align: 'right',
  }));
}
