import { List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PanelSection } from '../../../web/components/PanelSection';
import { QueryState } from '../../../web/components/QueryState';
import { safetyQueries } from './queries';

/** Free-text comments for analysts, with personal data masked by the server. */
export function CommentsSection({ period, group }: { period: string; group: string }) {
  const { t } = useTranslation('safety-index');
  const comments = useQuery(safetyQueries.comments(period, group));
  return (
    <PanelSection id="si-comments" title={t('dashboard.comments')} hint={t('dashboard.commentsHint')}>
      <QueryState query={comments} empty={comments.data?.length === 0 ? t('dashboard.noComments') : null}>
        {(data) => (
          // A scrolling list must be reachable by keyboard: focusable, and named for screen readers.
          <List
            spacing="xs"
            listStyleType="none"
            style={{ maxHeight: 420, overflowY: 'auto' }}
            tabIndex={0}
            aria-label={t('dashboard.comments')}
          >
            {data.slice(0, 200).map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: comments carry no id (anonymity) and the list never reorders.
              <List.Item key={i}>
                <Text size="xs" c="dimmed">
                  {c.areaName} · {c.month}
                </Text>
                <Text size="sm">{c.comment}</Text>
              </List.Item>
            ))}
          </List>
        )}
      </QueryState>
    </PanelSection>
  );
}
