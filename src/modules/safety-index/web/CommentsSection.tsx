import { List, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../web/components/ErrorAlert';
import { PageLoader } from '../../../web/layout/PageLoader';
import { safetyQueries } from './queries';

/** Free-text comments for analysts, with personal data masked by the server. */
export function CommentsSection({ period, group }: { period: string; group: string }) {
  const { t } = useTranslation('safety-index');
  const comments = useQuery(safetyQueries.comments(period, group));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="si-comments">
      <Title order={2} size="h3" id="si-comments" mb={4}>
        {t('dashboard.comments')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('dashboard.commentsHint')}
      </Text>
      {comments.isPending ? (
        <PageLoader />
      ) : comments.error ? (
        <ErrorAlert error={comments.error} />
      ) : comments.data.length === 0 ? (
        <Text c="dimmed">{t('dashboard.noComments')}</Text>
      ) : (
        // A scrolling list must be reachable by keyboard: focusable, and named for screen readers.
        <List
          spacing="xs"
          listStyleType="none"
          style={{ maxHeight: 420, overflowY: 'auto' }}
          tabIndex={0}
          aria-label={t('dashboard.comments')}
        >
          {comments.data.slice(0, 200).map((c, i) => (
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
    </Paper>
  );
}
