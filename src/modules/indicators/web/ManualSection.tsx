import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { buttonColumn } from '../../../web/components/buttonColumn';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { useCan } from '../../../web/session';
import { EntriesTable } from './EntriesTable';
import { EntryForm } from './EntryForm';
import { ManualIndicatorForm } from './ManualIndicatorForm';
import { type EntryJson, type FrameworkResponse, indicatorQueries, type ManualIndicator } from './queries';

/** One own indicator: its name and code, what a manager may do with it, and its entries. */
function ManualIndicatorPanel({
  indicator,
  canManage,
  onEdit,
  onEnter,
}: {
  indicator: ManualIndicator;
  canManage: boolean;
  onEdit: () => void;
  onEnter: () => void;
}) {
  const { t, i18n } = useTranslation('indicators');
  const headingId = useId();
  const client = useQueryClient();
  const entries = useQuery(indicatorQueries.entries(indicator.id));
  const name = i18n.language === 'en' ? indicator.nameEn : indicator.nameSv;
  const remove = useMutation({
    mutationFn: (entry: EntryJson) => api.delete(`/indicators/entries/${entry.id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: indicatorQueries.all() }),
  });
  const removeColumn = buttonColumn<EntryJson>(canManage, {
    key: 'remove',
    header: t('manual.remove'),
    label: t('manual.remove'),
    ariaLabel: (e) => t('manual.removeLabel', { year: e.year }),
    onClick: (e) => {
      if (window.confirm(t('manual.confirmRemove', { year: e.year }))) remove.mutate(e);
    },
  });
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            {/* Named by its text, not a heading: the framework's focus areas are the page's h3s. */}
            <Text fw={600} id={headingId}>
              {name}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {indicator.code}
            </Text>
          </div>
          {canManage && (
            <Group gap="xs">
              <Button
                variant="default"
                size="compact-sm"
                onClick={onEdit}
                aria-label={t('manual.editLabel', { name })}
              >
                {t('manual.edit')}
              </Button>
              <Button size="compact-sm" onClick={onEnter} aria-label={t('manual.enterLabel', { name })}>
                {t('manual.enter')}
              </Button>
            </Group>
          )}
        </Group>
        <ErrorAlert error={remove.error} />
        <QueryState query={entries}>
          {(list) => (
            <EntriesTable
              caption={t('manual.entriesCaption', { name })}
              entries={list}
              unit={indicator.unit}
              empty={t('manual.noEntries')}
              extra={removeColumn}
            />
          )}
        </QueryState>
      </Stack>
    </Paper>
  );
}

/**
 * The organisation's own indicators, entered by hand: each with its entries (who entered what and
 * when); admins and analysts define them and enter values here.
 */
export function ManualSection({ framework }: { framework: FrameworkResponse }) {
  const { t } = useTranslation('indicators');
  const canManage = useCan('indicators.manage');
  const query = useQuery(indicatorQueries.manual());
  const [editing, setEditing] = useState<ManualIndicator | 'new' | null>(null);
  const [entering, setEntering] = useState<ManualIndicator | null>(null);
  return (
    <PanelSection id="manual-indicators" title={t('manual.title')} hint={t('manual.hint')}>
      <Stack>
        {canManage && (
          <Group>
            <Button variant="light" onClick={() => setEditing('new')}>
              {t('manual.add')}
            </Button>
          </Group>
        )}
        <QueryState query={query} empty={query.data?.length === 0 ? t('manual.none') : null}>
          {(list) =>
            list.map((indicator) => (
              <ManualIndicatorPanel
                key={indicator.id}
                indicator={indicator}
                canManage={canManage}
                onEdit={() => setEditing(indicator)}
                onEnter={() => setEntering(indicator)}
              />
            ))
          }
        </QueryState>
      </Stack>
      {editing && (
        <ManualIndicatorForm
          framework={framework}
          indicator={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {entering && <EntryForm indicator={entering} onClose={() => setEntering(null)} />}
    </PanelSection>
  );
}
