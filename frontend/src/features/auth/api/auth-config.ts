import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

export interface AuthConfig {
  /** Whether the username/password form is offered. */
  localLogin: boolean;
  /** The OpenID Connect provider, when single sign-on is on: its name and where sign-in with it starts. */
  sso?: { name: string; loginUrl: string };
}

export function getAuthConfig(): Promise<AuthConfig> {
  return api.get<AuthConfig>('/api/auth/config');
}

export const authConfigQueryOptions = () =>
  queryOptions({ queryKey: ['auth-config'], queryFn: getAuthConfig, staleTime: Infinity });

export function useAuthConfig() {
  return useQuery(authConfigQueryOptions());
}
