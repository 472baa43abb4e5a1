import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A form's save: on success the queries under `queryKey` are refetched before `onSaved` runs,
 * so a list behind a closing form already shows the change.
 */
export function useSaveAndRefetch<TBody, TSaved = unknown>(
  queryKey: QueryKey,
  mutationFn: (body: TBody) => Promise<TSaved>,
  onSaved: (saved: TSaved) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey });
      onSaved(saved);
    },
  });
}
