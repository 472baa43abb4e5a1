import { Anchor, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/format';
import { DataTable } from '../../../web/components/DataTable';
import { PanelSection } from '../../../web/components/PanelSection';
import { TitledSection } from '../../../web/components/TitledSection';
import type { LinkedWorkItem } from './queries';

/** How many of a kind are listed before "show all". */
const firstShown = 8;

type Group = { key: string; kind: string; items: (LinkedWorkItem & { row: number })[] };

/** The work by module and kind, in the order the server gave it (each module's most pressing first). */
function groupsOf(work: LinkedWorkItem[]): Group[] {
  const groups = new Map<string, Group>();
  work.forEach((w, row) => {
    const key = `${w.module}:${w.kind}`;
    const group = groups.get(key) ?? { key, kind: w.kind, items: [] };
    group.items.push({ ...w, row });
    groups.set(key, group);
  });
  return [...groups.values()];
}

/** One kind of work: the first few, and all of them on request. */
function WorkGroup({ group, index }: { group: Group; index: number }) {
  const { t, i18n } = useTranslation('turn-the-curve');
  const [all, setAll] = useState(false);
  const shown = all ? group.items : group.items.slice(0, firstShown);
  return (
    <TitledSection id={`curve-work-${index}`} order={3} title={`${group.kind} (${group.items.length})`}>
      <DataTable
        caption={group.kind}
        captionHidden
        rows={shown}
        rowKey={(w) => String(w.row)}
        columns={[
          {
            key: 'title',
            header: t('work.what'),
            rowHeader: true,
            render: (w) =>
              w.href ? (
                <Anchor component={Link} to={w.href}>
                  {w.title}
                </Anchor>
              ) : (
                w.title
              ),
          },
          {
            key: 'date',
            header: t('work.date'),
            render: (w) => (w.date ? formatDate(w.date, i18n.language) : '–'),
          },
          { key: 'status', header: t('work.status'), render: (w) => w.status ?? '–' },
        ]}
      />
      {group.items.length > firstShown && (
        <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setAll((shown) => !shown)}>
          {all ? t('work.fewer') : t('work.all', { count: group.items.length })}
        </Button>
      )}
    </TitledSection>
  );
}

/** The activities, actions and priorities of the other modules that move the indicator, with links. */
export function LinkedWorkSection({ work, year }: { work: LinkedWorkItem[]; year: number }) {
  const { t } = useTranslation('turn-the-curve');
  const groups = groupsOf(work);
  return (
    <PanelSection id="curve-work" title={t('work.title')} hint={t('work.hint', { year })}>
      {groups.length === 0 ? (
        t('work.none', { year })
      ) : (
        <Stack gap="md">
          {groups.map((group, index) => (
            <WorkGroup key={group.key} group={group} index={index} />
          ))}
        </Stack>
      )}
    </PanelSection>
  );
}
