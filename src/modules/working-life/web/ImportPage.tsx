import { Anchor, Code, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportPanel } from '../../../web/components/ImportPanel';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { workingLifeQueries } from './queries';

/** "Importera antal kvinnor och män": a CSV or XLSX of headcounts through the core import pipeline, all or nothing. */
export default function ImportPage() {
  const { t } = useTranslation('working-life');
  const client = useQueryClient();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('import.title')}
        description={t('import.description')}
        actions={
          <Anchor component={Link} to="/working-life">
            {t('import.back')}
          </Anchor>
        }
      />
      <PanelSection id="working-life-import" title={t('import.file')} hint={t('import.hint')}>
        <Text size="sm" mb="xs">
          {t('import.columns')}
        </Text>
        <Code block mb="sm">
          {
            'year,body,women,men,other\n2022,company,74,92,\n2022,management,4,5,\n2022,board,7,6,\n2022,managers,11,13,'
          }
        </Code>
        <List size="sm" spacing={4} mb="md">
          <List.Item>{t('import.ruleBody')}</List.Item>
          <List.Item>{t('import.ruleOther')}</List.Item>
          <List.Item>{t('import.ruleAgain')}</List.Item>
        </List>
        <ImportPanel
          kind="workforce"
          summaryLabels={{
            created: t('import.created'),
            updated: t('import.updated'),
            unchanged: t('import.unchanged'),
          }}
          onDone={() => client.invalidateQueries({ queryKey: workingLifeQueries.all() })}
        />
      </PanelSection>
    </Stack>
  );
}
