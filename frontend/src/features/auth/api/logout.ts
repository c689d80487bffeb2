import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import { ME_QUERY_KEY } from './me';

/** The answer for a user who signed in through a provider that also wants to end its own session. */
export interface LoggedOut {
  redirectTo: string;
}

export function logout(): Promise<LoggedOut | undefined> {
  return api.post<LoggedOut | undefined>('/api/auth/logout');
}

/**
 * Ends the session; `onSuccess` runs when the app itself shows the login page next. After a single sign-on the
 * browser goes on to the provider's logout page instead, which sends it back to the login page.
 */
export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: (loggedOut) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      if (loggedOut?.redirectTo) {
        window.location.assign(loggedOut.redirectTo);
        return;
      }
      onSuccess?.();
    },
  });
}
