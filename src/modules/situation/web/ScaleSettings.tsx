import { Button, ColorInput, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { TitledSection } from '../../../web/components/TitledSection';
import { type Level, situationQueries, useSituationChange } from './queries';

/** A level as the form edits it: its number is its place in the list. */
type LevelText = Omit<Level, 'level'>;

/** A level's name in each language, as one field each. */
const nameFields = [
  { key: 'nameSv', label: 'settings.levelNameSv' },
  { key: 'nameEn', label: 'settings.levelNameEn' },
] as const;

/** The organisation's grading scale: level 1 (normal) first; the colours are the map's. */
export function ScaleSettings() {
  const { t } = useTranslation('situation');
  const levels = useQuery(situationQueries.levels());
  const [form, setForm] = useState<LevelText[]>([]);
  useEffect(() => {
    if (levels.data) setForm(levels.data.map(({ nameSv, nameEn, colour }) => ({ nameSv, nameEn, colour })));
  }, [levels.data]);
  const save = useSituationChange(() => api.put('/situation/levels', { levels: form }));
  const set = (i: number, patch: Partial<LevelText>) =>
    setForm(form.map((l, k) => (k === i ? { ...l, ...patch } : l)));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <TitledSection id="sit-scale" title={t('settings.scale')} order={2}>
      <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="sit-scale">
        <Text size="sm" mb="sm">
          {t('settings.scaleHint')}
        </Text>
        <ErrorAlert error={levels.error ?? save.error} />
        {save.isSuccess && (
          <Text role="status" size="sm" c="green" mb="sm">
            {t('settings.scaleSaved')}
          </Text>
        )}
        <Stack gap="sm">
          {form.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its level number (level 1 first).
            <SimpleGrid key={i} cols={{ base: 1, sm: 3 }}>
              {nameFields.map(({ key, label }) => (
                <TextInput
                  key={key}
                  label={t(label, { level: i + 1 })}
                  value={l[key]}
                  onChange={(e) => set(i, { [key]: e.currentTarget.value })}
                  required
                  minLength={2}
                  maxLength={60}
                />
              ))}
              <ColorInput
                label={t('settings.levelColour', { level: i + 1 })}
                value={l.colour}
                onChange={(colour) => set(i, { colour })}
                format="hex"
                withEyeDropper={false}
              />
            </SimpleGrid>
          ))}
        </Stack>
        <Group mt="sm">
          <Button
            variant="default"
            onClick={() => setForm([...form, { nameSv: '', nameEn: '', colour: '#868e96' }])}
            disabled={form.length >= 9}
          >
            {t('settings.addLevel')}
          </Button>
          <Button variant="default" onClick={() => setForm(form.slice(0, -1))} disabled={form.length <= 2}>
            {t('settings.removeLevel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Paper>
    </TitledSection>
  );
}
