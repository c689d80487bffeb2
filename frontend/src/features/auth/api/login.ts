import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Me } from '@/types/api';

import { ME_QUERY_KEY } from './me';

export interface Credentials {
  username: string;
  password: string;
}

export function login(credentials: Credentials): Promise<Me> {
  return api.post<Me>('/api/auth/login', credentials);
}

export function useLogin({ onSuccess }: { onSuccess?: (me: Me) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      // whatever was cached belonged to the previous (anonymous) session
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, me);
      onSuccess?.(me);
    },
  });
}
