import { Anchor, Button, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { editColumn } from '../../../web/components/buttonColumn';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { ImportPanel } from '../../../web/components/ImportPanel';
import { PageHeader } from '../../../web/components/PageHeader';
import { locale } from '../../../web/i18n';
import { PageLoader } from '../../../web/layout/PageLoader';
import { AreaForm, DistrictForm, type Editing, PropertyForm } from './forms';
import { type Area, areaQueries, type District, type Property } from './queries';

/** Districts, areas and properties: lists, create/edit dialogs and the properties import. */
export default function AreasAdminPage() {
  const { t } = useTranslation('areas');
  const client = useQueryClient();
  const districts = useQuery(areaQueries.districts());
  const areas = useQuery(areaQueries.list());

  if (districts.isPending || areas.isPending) return <PageLoader />;
  if (districts.error || areas.error) return <ErrorAlert error={districts.error ?? areas.error} />;

  return (
    <Stack>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <Tabs defaultValue="areas" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="areas">{t('admin.tabAreas')}</Tabs.Tab>
          <Tabs.Tab value="properties">{t('admin.tabProperties')}</Tabs.Tab>
          <Tabs.Tab value="import">{t('admin.tabImport')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="areas" pt="md">
          <DistrictsAndAreas districts={districts.data} areas={areas.data} />
        </Tabs.Panel>
        <Tabs.Panel value="properties" pt="md">
          <Properties areas={areas.data} />
        </Tabs.Panel>
        <Tabs.Panel value="import" pt="md">
          <Stack>
            <Title order={2} size="h3">
              {t('import.title')}
            </Title>
            <Text>{t('import.description')}</Text>
            <ImportPanel
              kind="properties"
              summaryLabels={{
                districts: t('import.summary.districts'),
                areas: t('import.summary.areas'),
                propertiesCreated: t('import.summary.propertiesCreated'),
                propertiesUpdated: t('import.summary.propertiesUpdated'),
                propertiesUnchanged: t('import.summary.propertiesUnchanged'),
              }}
              onDone={() => client.invalidateQueries({ queryKey: areaQueries.all() })}
            />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function DistrictsAndAreas({ districts, areas }: { districts: District[]; areas: Area[] }) {
  const { t, i18n } = useTranslation('areas');
  const { t: tc } = useTranslation('common');
  const [district, setDistrict] = useState<Editing<District>>({ mode: 'closed' });
  const [area, setArea] = useState<Editing<Area>>({ mode: 'closed' });
  const number = (n: number) => n.toLocaleString(locale(i18n.language));
  const sortedDistricts = [...districts].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const sortedAreas = [...areas].sort((a, b) => a.code.localeCompare(b.code, 'sv'));

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('district.plural')}
          </Title>
          <Button onClick={() => setDistrict({ mode: 'create' })}>{t('district.create')}</Button>
        </Group>
        <DataTable
          caption={t('district.plural')}
          captionHidden
          columns={[
            { key: 'name', header: t('fields.name'), render: (d) => d.name, rowHeader: true },
            { key: 'map', header: t('fields.geometry'), render: (d) => (d.geometry ? t('yes') : t('no')) },
            editColumn<District>(
              tc('actions.edit'),
              (d) => d.name,
              (row) => setDistrict({ mode: 'edit', row }),
            ),
          ]}
          rows={sortedDistricts}
          rowKey={(d) => d.id}
        />
      </Stack>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {t('area.plural')}
          </Title>
          <Button onClick={() => setArea({ mode: 'create' })} disabled={districts.length === 0}>
            {t('area.create')}
          </Button>
        </Group>
        <DataTable
          caption={t('area.plural')}
          captionHidden
          columns={[
            { key: 'code', header: t('fields.code'), render: (a) => a.code, rowHeader: true },
            {
              key: 'name',
              header: t('fields.name'),
              render: (a) => (
                <Anchor component={Link} to={`/areas/${a.id}`}>
                  {a.name}
                </Anchor>
              ),
            },
            { key: 'district', header: t('fields.district'), render: (a) => a.districtName },
            {
              key: 'households',
              header: t('fields.households'),
              render: (a) => number(a.households),
              align: 'right',
            },
            { key: 'map', header: t('fields.geometry'), render: (a) => (a.geometry ? t('yes') : t('no')) },
            editColumn<Area>(
              tc('actions.edit'),
              (a) => a.name,
              (row) => setArea({ mode: 'edit', row }),
            ),
          ]}
          rows={sortedAreas}
          rowKey={(a) => a.id}
        />
      </Stack>

      {district.mode !== 'closed' && (
        <DistrictForm
          key={district.mode === 'edit' ? district.row.id : 'new'}
          editing={district}
          onClose={() => setDistrict({ mode: 'closed' })}
        />
      )}
      {area.mode !== 'closed' && (
        <AreaForm
          key={area.mode === 'edit' ? area.row.id : 'new'}
          editing={area}
          districts={sortedDistricts}
          onClose={() => setArea({ mode: 'closed' })}
        />
      )}
    </Stack>
  );
}

function Properties({ areas }: { areas: Area[] }) {
  const { t, i18n } = useTranslation('areas');
  const { t: tc } = useTranslation('common');
  const sortedAreas = [...areas].sort((a, b) => a.code.localeCompare(b.code, 'sv'));
  const [areaId, setAreaId] = useState<string | null>(sortedAreas[0]?.id ?? null);
  const [editing, setEditing] = useState<Editing<Property>>({ mode: 'closed' });
  const properties = useQuery({ ...areaQueries.properties(areaId ?? ''), enabled: areaId !== null });
  const number = (n: number) => n.toLocaleString(locale(i18n.language));
  const coordinate = (n: number | null) => (n === null ? '–' : n.toFixed(5));
  const chosen = areas.find((a) => a.id === areaId);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('fields.area')}
          data={sortedAreas.map((a) => ({ value: a.id, label: `${a.code} – ${a.name}` }))}
          value={areaId}
          onChange={setAreaId}
          allowDeselect={false}
          searchable
          style={{ flex: '1 1 16rem', maxWidth: '28rem' }}
        />
        <Button onClick={() => setEditing({ mode: 'create' })} disabled={areas.length === 0}>
          {t('property.create')}
        </Button>
      </Group>
      <ErrorAlert error={properties.error} />
      <DataTable
        caption={chosen ? t('property.inArea', { name: chosen.name }) : t('property.plural')}
        columns={[
          { key: 'code', header: t('fields.code'), render: (p) => p.code, rowHeader: true },
          { key: 'address', header: t('fields.address'), render: (p) => p.address },
          {
            key: 'households',
            header: t('fields.households'),
            render: (p) => number(p.households),
            align: 'right',
          },
          { key: 'lat', header: t('fields.lat'), render: (p) => coordinate(p.lat), align: 'right' },
          { key: 'lon', header: t('fields.lon'), render: (p) => coordinate(p.lon), align: 'right' },
          editColumn<Property>(
            tc('actions.edit'),
            (p) => p.address,
            (row) => setEditing({ mode: 'edit', row }),
          ),
        ]}
        rows={properties.data ?? []}
        rowKey={(p) => p.id}
        empty={properties.isPending && areaId ? tc('loading') : undefined}
      />
      {editing.mode !== 'closed' && (
        <PropertyForm
          key={editing.mode === 'edit' ? editing.row.id : 'new'}
          editing={editing}
          areas={sortedAreas}
          defaultAreaId={areaId}
          onClose={() => setEditing({ mode: 'closed' })}
        />
      )}
    </Stack>
  );
}
