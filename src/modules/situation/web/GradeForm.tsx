import { Alert, Button, Paper, Select, SimpleGrid, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { type Picture, situationQueries } from './queries';

/** The coordinator sets an area's grade with a rationale; Grannskap's proposal is pre-selected and shown. */
export function GradeForm({ picture, week }: { picture: Picture; week: string }) {
  const { t, i18n } = useTranslation('situation');
  const client = useQueryClient();
  const [areaId, setAreaId] = useState<string | null>(null);
  const [level, setLevel] = useState<string | null>(null);
  const [rationale, setRationale] = useState('');
  const area = picture.areas.find((a) => a.id === areaId);
  const save = useMutation({
    mutationFn: () => api.put(`/situation/weeks/${week}/grades`, { areaId, level: Number(level), rationale }),
    onSuccess: async () => {
      setRationale('');
      await client.invalidateQueries({ queryKey: situationQueries.all() });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby="grade-title">
      <Title order={2} size="h4" id="grade-title" mb="sm">
        {t('grade.title')}
      </Title>
      <ErrorAlert error={save.error} />
      {save.isSuccess && (
        <Alert color="green" mb="sm" role="status">
          {t('grade.saved')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('grade.area')}
          data={picture.areas.map((a) => ({ value: a.id, label: a.name }))}
          value={areaId}
          onChange={(v) => {
            setAreaId(v);
            const proposed = picture.areas.find((a) => a.id === v)?.proposal.level;
            setLevel(proposed ? String(proposed) : null);
          }}
          required
          allowDeselect={false}
          searchable
        />
        <Select
          label={t('grade.level')}
          data={picture.levels.map((l) => ({
            value: String(l.level),
            label: `${l.level} ${i18n.language === 'en' ? l.nameEn : l.nameSv}`,
          }))}
          value={level}
          onChange={setLevel}
          required
          allowDeselect={false}
        />
      </SimpleGrid>
      {area && (
        <Text size="sm" mt="xs" c={area.proposal.flagged ? 'red' : undefined}>
          {t('grade.proposal', {
            level: area.proposal.level,
            observed: area.proposal.observed,
            mean: area.proposal.baselineMean.toFixed(1),
          })}
        </Text>
      )}
      <Textarea
        mt="sm"
        label={t('grade.rationale')}
        description={t('grade.rationaleHint')}
        value={rationale}
        onChange={(e) => setRationale(e.currentTarget.value)}
        minLength={3}
        maxLength={500}
        required
      />
      <Button type="submit" mt="sm" loading={save.isPending}>
        {t('grade.save')}
      </Button>
    </Paper>
  );
}
