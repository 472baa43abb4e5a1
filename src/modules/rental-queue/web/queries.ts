import { api } from '../../../web/api';
import { apiQuery } from '../../../web/hooks/apiQuery';
import type {
  ExceptionCodeInput,
  ExceptionCodePatch,
  ExceptionCodeRow,
  QueueAudit,
  QueueOrderShare,
} from '../rental-queue.contract';

export type {
  AreaQueueOrder,
  ExceptionCodeInput,
  ExceptionCodeRow,
  OutOfOrderLetting,
  PublishedShare,
  QueueAudit,
  QueueOrderShare,
} from '../rental-queue.contract';

/** One GET, cached under ['rental-queue', ...key]: invalidating ['rental-queue'] refetches them all. */
const fetched = apiQuery('rental-queue');

export const rentalQueueQueries = {
  all: () => ['rental-queue'] as const,
  share: (year: number) => fetched<QueueOrderShare>(`/rental-queue/share?year=${year}`, 'share', year),
  audit: (year: number) => fetched<QueueAudit>(`/rental-queue/audit?year=${year}`, 'audit', year),
  exceptionCodes: () => fetched<ExceptionCodeRow[]>('/rental-queue/exception-codes', 'exception-codes'),
};

export const saveExceptionCode = (id: string | null, body: ExceptionCodeInput | ExceptionCodePatch) =>
  id
    ? api.patch<ExceptionCodeRow>(`/rental-queue/exception-codes/${id}`, body)
    : api.post<ExceptionCodeRow>('/rental-queue/exception-codes', body);
