import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { ApiError } from './api';
import { applyLanguage } from './i18n';
import { PageLoader } from './layout/PageLoader';
import { PublicLayout } from './layout/PublicLayout';
import { Shell } from './layout/Shell';
import { allPages } from './modules';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SignInPage } from './pages/SignInPage';
import { ForbiddenPage, HomeRedirect, NotFoundPage } from './pages/StatusPages';
import { MeProvider, meQuery, useSession } from './session';
import { cssVariablesResolver, theme } from './theme';

// A 401 on any request means the session ended: forget the user, which shows the sign-in page.
function onApiError(error: unknown) {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(meQuery.queryKey, null);
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      staleTime: 30_000,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}

function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
      </Route>
      <Route element={<RequireSession />}>
        <Route index element={<HomeRedirect />} />
        {allPages.map((route) => (
          <Route
            key={route.path}
            path={route.path}
            element={<Guarded permission={route.permission}>{route.element}</Guarded>}
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** The signed-in part: waits for the session, sends strangers to the sign-in page. */
function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const me = session.data;

  useEffect(() => {
    if (me) void applyLanguage(me.language);
  }, [me]);

  if (session.isPending) return <PageLoader />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <MeProvider me={me}>
      <Shell />
    </MeProvider>
  );
}

function Guarded({ permission, children }: { permission?: string; children: ReactNode }) {
  const session = useSession();
  if (permission && !session.data?.permissions.includes(permission)) return <ForbiddenPage />;
  return children;
}
