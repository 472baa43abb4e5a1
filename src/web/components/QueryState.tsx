import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageLoader } from '../layout/PageLoader';
import { ErrorAlert } from './ErrorAlert';

/**
 * What a panel shows for the one query it waits for: the loader, the failed request, a dimmed
 * line when there is nothing to show, or else what `children` makes of the loaded data.
 */
export function QueryState<T>({
  query,
  empty,
  children,
}: {
  query: { isPending: boolean; error: unknown; data: T | undefined };
  /** Said instead of the children once loaded, when set (e.g. "No comments"). */
  empty?: string | null;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.error) return <ErrorAlert error={query.error} />;
  if (empty) return <Text c="dimmed">{empty}</Text>;
  return children(query.data as T);
}
