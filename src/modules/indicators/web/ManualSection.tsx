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

/**
 * One own indicator: its name and code, what a manager may do with it (edit, enter a value, delete
 * it once it has no values) and its entries, each of which a manager may correct or remove.
 */
function ManualIndicatorPanel({
  indicator,
  canManage,
  onEdit,
  onEnter,
  onCorrect,
}: {
  indicator: ManualIndicator;
  canManage: boolean;
  onEdit: () => void;
  onEnter: () => void;
  onCorrect: (entry: EntryJson) => void;
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
  // The server refuses an indicator that still has values, with a message saying so.
  const removeIndicator = useMutation({
    mutationFn: () => api.delete(`/indicators/manual/${indicator.id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: indicatorQueries.all() }),
  });
  const correctColumn = buttonColumn<EntryJson>(canManage, {
    key: 'correct',
    header: t('manual.correct'),
    label: t('manual.correct'),
    ariaLabel: (e) => t('manual.correctLabel', { year: e.year }),
    onClick: onCorrect,
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
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                loading={removeIndicator.isPending}
                onClick={() => {
                  if (window.confirm(t('manual.confirmDelete', { name }))) removeIndicator.mutate();
                }}
                aria-label={t('manual.deleteLabel', { name })}
              >
                {t('manual.delete')}
              </Button>
            </Group>
          )}
        </Group>
        <ErrorAlert error={removeIndicator.error ?? remove.error} />
        <QueryState query={entries}>
          {(list) => (
            <EntriesTable
              caption={t('manual.entriesCaption', { name })}
              entries={list}
              unit={indicator.unit}
              empty={t('manual.noEntries')}
              extra={[...correctColumn, ...removeColumn]}
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
  const [entering, setEntering] = useState<{ indicator: ManualIndicator; entry: EntryJson | null } | null>(
    null,
  );
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
                onEnter={() => setEntering({ indicator, entry: null })}
                onCorrect={(entry) => setEntering({ indicator, entry })}
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
      {entering && (
        <EntryForm
          key={entering.entry?.id ?? 'new'}
          indicator={entering.indicator}
          entry={entering.entry}
          onClose={() => setEntering(null)}
        />
      )}
    </PanelSection>
  );
}
