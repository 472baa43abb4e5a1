import { Anchor, Code, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportPanel } from '../../../web/components/ImportPanel';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { goalQueries } from './queries';

/** "Importera mål": a CSV or XLSX of goals through the core import pipeline, all or nothing. */
export default function ImportPage() {
  const { t } = useTranslation('goals');
  const client = useQueryClient();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('import.title')}
        description={t('import.description')}
        actions={
          <Anchor component={Link} to="/goals">
            {t('import.back')}
          </Anchor>
        }
      />
      <PanelSection id="goals-import" title={t('import.file')} hint={t('import.hint')}>
        <Text size="sm" mb="xs">
          {t('import.columns')}
        </Text>
        <Code block mb="sm">
          {
            'indicator_id,year,area_code,target,baseline_year\nsafety_index,2026,,0.82,2024\nsafety_index,2026,BN,0.75,2024\nincidents_per_1000_households,2026,,300,2025'
          }
        </Code>
        <List size="sm" spacing={4} mb="md">
          <List.Item>{t('import.ruleIndicator')}</List.Item>
          <List.Item>{t('import.ruleArea')}</List.Item>
          <List.Item>{t('import.ruleTarget')}</List.Item>
          <List.Item>{t('import.ruleAgain')}</List.Item>
        </List>
        <ImportPanel
          kind="goals"
          summaryLabels={{
            created: t('import.created'),
            updated: t('import.updated'),
            unchanged: t('import.unchanged'),
          }}
          onDone={() => client.invalidateQueries({ queryKey: goalQueries.all() })}
        />
      </PanelSection>
    </Stack>
  );
}
