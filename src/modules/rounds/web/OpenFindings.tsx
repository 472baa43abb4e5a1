import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonColumn } from '../../../web/components/buttonColumn';
import { DataTable } from '../../../web/components/DataTable';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import type { Language } from '../../../web/i18n';
import { useCan } from '../../../web/session';
import { type FindingForAction, NewActionModal } from './ActionForm';
import { type FindingListItem, roundQueries } from './queries';

export const severityColor = { high: 'red', medium: 'orange', low: 'gray' } as const;

/** The checklist item a finding is about, in the UI language; walks' findings may have none. */
export function useItemName() {
  const { t, i18n } = useTranslation('rounds');
  const lang = (i18n.language === 'en' ? 'en' : 'sv') as Language;
  return (f: Pick<FindingListItem, 'itemKey' | 'itemLabel'>) =>
    f.itemLabel?.[lang] ?? (f.itemKey ? t(`item.${f.itemKey}`, { defaultValue: f.itemKey }) : '');
}

/**
 * Findings nobody has decided on yet (the newest 50): the area manager turns them into actions.
 * High findings are not here: they became actions when they were sent.
 */
export function OpenFindings({ areaId }: { areaId?: string }) {
  const { t } = useTranslation('rounds');
  const canAct = useCan('rounds.actions');
  const findings = useQuery(roundQueries.findingsWithoutAction(areaId));
  const itemName = useItemName();
  const [chosen, setChosen] = useState<FindingForAction | null>(null);
  /** The item and the note: what the finding says, and the first wording of its action. */
  const what = (f: FindingListItem) => [itemName(f), f.note].filter(Boolean).join(': ');
  const place = (f: FindingListItem) =>
    [
      f.areaName,
      f.propertyCode,
      f.staircase && `${t('finding.staircase')} ${f.staircase}`,
      f.floor && `${t('finding.floor')} ${f.floor}`,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <Stack gap="xs">
      <ErrorAlert error={findings.error} />
      <DataTable<FindingListItem>
        caption={t('findings.waiting')}
        columns={[
          { key: 'date', header: t('findings.foundOn'), rowHeader: true, render: (f) => f.foundOn },
          { key: 'place', header: t('findings.place'), render: place },
          {
            key: 'what',
            header: t('findings.what'),
            render: (f) => (
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {what(f)}
                </Text>
                {f.walkId && (
                  <Anchor component={Link} to={`/rounds/walks/${f.walkId}`} size="xs">
                    {f.walkTitle}
                  </Anchor>
                )}
                <Group gap={6}>
                  {f.photoIds.map((id, i) => (
                    <Anchor key={id} href={`/api/v1/rounds/photos/${id}`} target="_blank" size="xs">
                      {t('findings.photo', { n: i + 1 })}
                    </Anchor>
                  ))}
                </Group>
              </Stack>
            ),
          },
          {
            key: 'severity',
            header: t('finding.severity'),
            render: (f) => (
              <Badge variant="light" color={severityColor[f.severity ?? 'low']}>
                {t(`severity.${f.severity ?? 'low'}`)}
              </Badge>
            ),
          },
          ...buttonColumn<FindingListItem>(canAct, {
            key: 'act',
            header: t('actions.create'),
            label: t('actions.createShort'),
            ariaLabel: (f) => `${t('actions.create')}: ${what(f)}`,
            onClick: (f) =>
              setChosen({
                id: f.id,
                areaId: f.areaId,
                severity: f.severity,
                suggestedTitle: what(f),
                fromWalk: !!f.walkId,
              }),
            variant: 'light',
          }),
        ]}
        rows={findings.data ?? []}
        rowKey={(f) => f.id}
        empty={t('findings.noneWaiting')}
      />
      {chosen && <NewActionModal finding={chosen} onClose={() => setChosen(null)} />}
    </Stack>
  );
}
