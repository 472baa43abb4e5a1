import { Select, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { type Picture, useSituationForm } from './queries';
import { SectionForm } from './SectionForm';

/** The coordinator sets an area's grade with a rationale; Grannskap's proposal is pre-selected and shown. */
export function GradeForm({ picture, week }: { picture: Picture; week: string }) {
  const { t, i18n } = useTranslation('situation');
  const { fields, save } = useSituationForm(
    { areaId: null as string | null, level: null as string | null, rationale: '' },
    ({ areaId, level, rationale }) =>
      api.put(`/situation/weeks/${week}/grades`, { areaId, level: Number(level), rationale }),
    ['rationale'],
  );
  const area = picture.areas.find((a) => a.id === fields.values.areaId);
  return (
    <SectionForm
      id="grade-title"
      title={t('grade.title')}
      submitLabel={t('grade.save')}
      save={save}
      saved={t('grade.saved')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('grade.area')}
          data={picture.areas.map((a) => ({ value: a.id, label: a.name }))}
          value={fields.values.areaId}
          onChange={(v) => {
            fields.set('areaId', v);
            const proposed = picture.areas.find((a) => a.id === v)?.proposal.level;
            fields.set('level', proposed ? String(proposed) : null);
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
          {...fields.input('level')}
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
        {...fields.text('rationale')}
        minLength={3}
        maxLength={500}
        required
      />
    </SectionForm>
  );
}
