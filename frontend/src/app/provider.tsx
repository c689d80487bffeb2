import { createTheme, MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ME_QUERY_KEY } from '@/features/auth';
import { isApiError } from '@/lib/api-client';

const theme = createTheme({
  primaryColor: 'indigo',
  focusRing: 'auto',
  defaultRadius: 'sm',
});

/** A 401 from any request means the session is gone: forget the user, and the auth guard sends them to login. */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => forgetUserOn401(error) }),
    mutationCache: new MutationCache({ onError: (error) => forgetUserOn401(error) }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  function forgetUserOn401(error: unknown) {
    if (isApiError(error) && error.status === 401 && queryClient.getQueryData(ME_QUERY_KEY)) {
      queryClient.setQueryData(ME_QUERY_KEY, null);
    }
  }
  return queryClient;
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient: QueryClient }) {
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
