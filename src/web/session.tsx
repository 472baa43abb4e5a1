import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from '../core/auth/auth.contract';
import { ApiError, api, setCsrfToken } from './api';

export type { Me };

/** The session query: the user, or null when nobody is signed in. */
export const meQuery = queryOptions({
  queryKey: ['auth', 'me'] as const,
  queryFn: async (): Promise<Me | null> => {
    try {
      const me = await api.get<Me>('/auth/me');
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

export function useSession() {
  return useQuery(meQuery);
}

const MeContext = createContext<Me | null>(null);

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in user; only inside the signed-in layout. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in layout');
  return me;
}

/** Whether the signed-in user holds a permission, e.g. `useCan('areas.write')`. */
export function useCan(permission: string): boolean {
  return useMe().permissions.includes(permission);
}

/** Signs out on the server and forgets the session in the client. */
export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.post('/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    client.clear();
    client.setQueryData(meQuery.queryKey, null);
  };
}
