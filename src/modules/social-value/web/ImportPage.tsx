import { Anchor, Code, List, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportPanel } from '../../../web/components/ImportPanel';
import { PageHeader } from '../../../web/components/PageHeader';
import { PanelSection } from '../../../web/components/PanelSection';
import { socialValueQueries } from './queries';

/** "Importera värderingar": a CSV or XLSX of the valuation table through the core import pipeline, all or nothing. */
export default function ImportPage() {
  const { t } = useTranslation('social-value');
  const client = useQueryClient();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('import.title')}
        description={t('import.description')}
        actions={
          <Anchor component={Link} to="/social-value">
            {t('import.back')}
          </Anchor>
        }
      />
      <PanelSection id="social-value-import" title={t('import.file')} hint={t('import.hint')}>
        <Text size="sm" mb="xs">
          {t('import.columns')}
        </Text>
        <Code block mb="sm">
          {
            'outcome;label;value_per_person_year;deadweight;attribution;duration_years;drop_off;source;valid_from_year;program_code\nwork;Försörjningsstöd som inte betalas ut;120000;0,4;0,3;3;0,5;Kommunens egen uppgift 2025;2025;\ninternship;Praktik;40000;0,5;0;1;;Egen uppskattning;2026;jobbpunkt'
          }
        </Code>
        <List size="sm" spacing={4} mb="md">
          <List.Item>{t('import.ruleOutcome')}</List.Item>
          <List.Item>{t('import.ruleShares')}</List.Item>
          <List.Item>{t('import.ruleProgramme')}</List.Item>
          <List.Item>{t('import.ruleSource')}</List.Item>
          <List.Item>{t('import.ruleAgain')}</List.Item>
        </List>
        <ImportPanel
          kind="valuations"
          summaryLabels={{
            created: t('import.created'),
            updated: t('import.updated'),
            unchanged: t('import.unchanged'),
          }}
          onDone={() => client.invalidateQueries({ queryKey: socialValueQueries.all() })}
        />
      </PanelSection>
    </Stack>
  );
}
