import { Button, FileButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readPolygonText } from '../geometry';
import type { Geometry } from './queries';

export const geometryText = (g: Geometry | null | undefined) => (g ? JSON.stringify(g) : '');

/**
 * The outline as a GeoJSON text: paste it, or read a .geojson file (a Polygon, MultiPolygon,
 * Feature or FeatureCollection as QGIS or geojson.io saves it), or remove it.
 */
export function GeometryField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (text: string) => void;
  error?: string;
}) {
  const { t } = useTranslation('areas');
  const [fileNote, setFileNote] = useState<string>();
  const [fileError, setFileError] = useState<string>();

  async function readFile(file: File | null) {
    if (!file) return;
    const reading = readPolygonText(await file.text());
    if (!reading || 'problem' in reading) {
      setFileNote(undefined);
      setFileError(t(`geometry.${reading ? reading.problem : 'not_polygon'}`));
      return;
    }
    setFileError(undefined);
    const parts = reading.geometry.type === 'Polygon' ? 1 : reading.geometry.coordinates.length;
    setFileNote(t('fields.geometryRead', { name: file.name, count: parts }));
    onChange(JSON.stringify(reading.geometry));
  }

  return (
    <Stack gap={6}>
      <Textarea
        label={t('fields.geometry')}
        description={t('fields.geometryHint')}
        autosize
        minRows={2}
        maxRows={8}
        value={value}
        error={fileError ?? error}
        onChange={(e) => {
          setFileNote(undefined);
          onChange(e.currentTarget.value);
        }}
        styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
      />
      <Group gap="xs">
        <FileButton onChange={readFile} accept=".geojson,.json,application/geo+json,application/json">
          {(props) => (
            <Button {...props} variant="default" size="compact-sm">
              {t('fields.geometryFile')}
            </Button>
          )}
        </FileButton>
        {value && (
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => {
              setFileNote(undefined);
              setFileError(undefined);
              onChange('');
            }}
          >
            {t('fields.geometryRemove')}
          </Button>
        )}
      </Group>
      {fileNote && (
        <Text size="sm" role="status">
          {fileNote}
        </Text>
      )}
    </Stack>
  );
}

/** The outline to send: null for none, or the problem's message key. */
export function geometryToSave(text: string): { geometry: Geometry | null } | { problemKey: string } {
  const reading = readPolygonText(text);
  if (!reading) return { geometry: null };
  if ('problem' in reading) return { problemKey: `geometry.${reading.problem}` };
  return { geometry: reading.geometry as Geometry };
}
