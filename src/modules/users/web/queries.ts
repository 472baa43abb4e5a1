import { queryOptions } from '@tanstack/react-query';
import { api, type Json } from '../../../web/api';
import type { Delivery, OutboxMail, User } from '../users.contract';

export type { User } from '../users.contract';
/** An outbox mail as the page receives it: its times as ISO strings. */
export type OutboxRow = Json<OutboxMail>;

/** Query keys: userQueries.all() → list(); outbox(search) and delivery() under ['users', 'outbox']. */
export const userQueries = {
  all: () => ['users'] as const,
  list: () =>
    queryOptions({ queryKey: [...userQueries.all(), 'list'], queryFn: () => api.get<User[]>('/users') }),
  outbox: (search: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'outbox', search],
      queryFn: () => api.get<OutboxRow[]>(`/outbox${search ? `?q=${encodeURIComponent(search)}` : ''}`),
    }),
  delivery: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'outbox', 'delivery'],
      queryFn: () => api.get<Delivery>('/outbox/delivery'),
    }),
};
