import { Anchor, Code, List, Stack, Text } from '@mantine/core';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ImportPanel } from './ImportPanel';
import { PageHeader } from './PageHeader';
import { PanelSection } from './PanelSection';

type Props = {
  /** The module's translations: `import.title`, `.description`, `.back`, `.file`, `.hint`, `.columns`. */
  namespace: string;
  /** The import kind, as `grannskap import KIND` names it. */
  kind: string;
  /** The module page the import belongs to, for the way back. */
  backTo: string;
  /** A few lines of a valid file, shown as they are. */
  example: string;
  /** Keys (in the namespace) of the rules a file must follow, one list item each. */
  rules: string[];
  /** The keys of the result's counts, labelled with `import.<key>` (created, updated, …). */
  summary: string[];
  /** What to load again once the file is in. */
  invalidates: QueryKey;
};

/** A module's "Importera …" page: what a file holds, its rules, then the core import panel, all or nothing. */
export function ImportFilePage({ namespace, kind, backTo, example, rules, summary, invalidates }: Props) {
  const { t } = useTranslation(namespace);
  const client = useQueryClient();
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('import.title')}
        description={t('import.description')}
        actions={
          <Anchor component={Link} to={backTo}>
            {t('import.back')}
          </Anchor>
        }
      />
      <PanelSection id={`${kind}-import`} title={t('import.file')} hint={t('import.hint')}>
        <Text size="sm" mb="xs">
          {t('import.columns')}
        </Text>
        <Code block mb="sm">
          {example}
        </Code>
        <List size="sm" spacing={4} mb="md">
          {rules.map((rule) => (
            <List.Item key={rule}>{t(rule)}</List.Item>
          ))}
        </List>
        <ImportPanel
          kind={kind}
          summaryLabels={Object.fromEntries(summary.map((key) => [key, t(`import.${key}`)]))}
          onDone={() => client.invalidateQueries({ queryKey: invalidates })}
        />
      </PanelSection>
    </Stack>
  );
}
