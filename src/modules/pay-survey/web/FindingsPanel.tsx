import { Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PanelSection } from '../../../web/components/PanelSection';
import { TitledSection } from '../../../web/components/TitledSection';
import { useFields } from '../../../web/hooks/useFields';
import { useSaveAndRefetch } from '../../../web/hooks/useSaveAndRefetch';
import { type PayFindingInput, type PaySurveyView, payQueries } from './queries';
import { FlagBadge } from './SurveyTables';

type Kind = PayFindingInput['categoryKind'];
/** A category HR is asked to analyse: a flagged group or level, or a women-dominated group paid less. */
type Flagged = { kind: Kind; key: string; name: string; flag?: PaySurveyView['overall']['flag'] };

function flaggedCategories(survey: PaySurveyView, t: TFunction<'pay-survey'>): Flagged[] {
  const flagged = (f: PaySurveyView['overall']['flag']) => f.basic || f.variable;
  return [
    ...survey.workGroups
      .filter((g) => flagged(g.flag))
      .map((g) => ({
        kind: 'work_group' as const,
        key: g.workGroup,
        name: t('eu.workGroup', { name: g.workGroup }),
        flag: g.flag,
      })),
    ...survey.levels
      .filter((l) => flagged(l.flag))
      .map((l) => ({
        kind: 'job_value_level' as const,
        key: String(l.level),
        name: t('eu.level', { level: l.level }),
        flag: l.flag,
      })),
    ...survey.equalValue
      .filter((c) => c.lowerPaid)
      .map((c) => {
        const key = `${c.womenGroup} → ${c.otherGroup}`;
        return { kind: 'equal_value' as const, key, name: key };
      }),
  ];
}

/** One category's analysis: explained or not, and the explanation. */
function FindingForm({ survey, category, id }: { survey: PaySurveyView; category: Flagged; id: string }) {
  const { t } = useTranslation('pay-survey');
  const stored = survey.findings.find(
    (f) => f.categoryKind === category.kind && f.categoryKey === category.key,
  );
  const fields = useFields(() => ({
    explained: stored?.explained ?? false,
    explanation: stored?.explanation ?? '',
  }));
  const [saved, setSaved] = useState(false);
  const save = useSaveAndRefetch(
    payQueries.all(),
    (body: PayFindingInput) => api.put('/pay-survey/findings', body),
    () => setSaved(true),
  );
  return (
    <TitledSection id={id} order={3} title={t('findings.formTitle', { category: category.name })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          save.mutate({
            year: survey.year,
            categoryKind: category.kind,
            categoryKey: category.key,
            ...fields.values,
          });
        }}
      >
        <Stack gap="xs">
          {category.flag && <FlagBadge flag={category.flag} />}
          <ErrorAlert error={save.error} />
          <Checkbox label={t('findings.explained')} {...fields.checkbox('explained')} />
          <Textarea label={t('findings.explanation')} autosize minRows={2} {...fields.text('explanation')} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('findings.save')}
            </Button>
            {saved && (
              <Text size="sm" role="status">
                {t('findings.saved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </TitledSection>
  );
}

/** The analysis: a form for every flagged category of the year. */
export function FindingsPanel({ survey }: { survey: PaySurveyView }) {
  const { t } = useTranslation('pay-survey');
  const categories = flaggedCategories(survey, t);
  return (
    <PanelSection id="findings" title={t('findings.title')} hint={t('findings.hint')}>
      {categories.length === 0 ? (
        <Text c="dimmed">{t('findings.none')}</Text>
      ) : (
        <Stack gap="lg">
          {categories.map((c, i) => (
            <FindingForm
              key={`${survey.year}|${c.kind}|${c.key}`}
              survey={survey}
              category={c}
              id={`finding-${i}`}
            />
          ))}
        </Stack>
      )}
    </PanelSection>
  );
}
