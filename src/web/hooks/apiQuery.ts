import { queryOptions } from '@tanstack/react-query';
import { api } from '../api';

/**
 * The GET queries of one module's API, each cached under the module's root key, so that
 * invalidating the root refetches them all: `const fetched = apiQuery('programs')`, then
 * `fetched<Program[]>('/programs', 'list')` is useQuery's options for key ['programs', 'list'].
 */
export function apiQuery(root: string) {
  return <T>(path: string, ...key: (string | number)[]) =>
    queryOptions({ queryKey: [root, ...key], queryFn: () => api.get<T>(path) });
}
