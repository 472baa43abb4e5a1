import { Anchor, Code, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportPanel } from '../../../web/components/ImportPanel';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { payQueries } from './queries';

const example = [
  'year,employee_ref,gender,job_title,work_group,job_value_level,monthly_salary,fte,birth_year,hired_on,variable_pay',
  '2026,E0001,kvinna,Uthyrare,Uthyrare,3,33500,1,1984,2013-06-01,5000',
  '2026,E0002,man,Fastighetsskötare,Fastighetsskötare,2,24000,0.75,1979,2010-01-10,',
].join('\n');

/** "Importera löneuppgifter": HR's salary file through the core import pipeline, all or nothing. */
export default function ImportPage() {
  const { t } = useTranslation('pay-survey');
  const client = useQueryClient();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('import.title')}
        description={t('import.description')}
        actions={
          <Anchor component={Link} to="/pay-survey">
            {t('import.back')}
          </Anchor>
        }
      />
      <PanelSection id="salaries-import" title={t('import.file')} hint={t('import.hint')}>
        <Text size="sm" mb="xs">
          {t('import.columns')}
        </Text>
        <Code block mb="sm">
          {example}
        </Code>
        <List size="sm" spacing={4} mb="md">
          <List.Item>{t('import.ruleRef')}</List.Item>
          <List.Item>{t('import.ruleGender')}</List.Item>
          <List.Item>{t('import.ruleFte')}</List.Item>
          <List.Item>{t('import.ruleAgain')}</List.Item>
        </List>
        <ImportPanel
          kind="salaries"
          summaryLabels={{
            imported: t('import.imported'),
            replaced: t('import.replaced'),
            years: t('import.years'),
          }}
          onDone={() => client.invalidateQueries({ queryKey: payQueries.all() })}
        />
      </PanelSection>
    </Stack>
  );
}
