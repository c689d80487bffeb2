import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

export const ROLES = ['EDITOR', 'REVIEWER', 'LEGAL', 'COMPLIANCE', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];
export const USER_LOCALES = ['en', 'zh-CN'] as const;

/** A user as `GET /api/admin/users` lists them (identity UserView); `external` users sign in through the provider. */
export interface AdminUser {
  username: string;
  displayName: string;
  locale: string;
  roles: Role[];
  enabled: boolean;
  external: boolean;
  createdAt: string;
}

export interface NewUser {
  username: string;
  displayName: string;
  locale: string;
  roles: Role[];
  password: string;
}

export type UserUpdate = Pick<AdminUser, 'displayName' | 'locale' | 'roles' | 'enabled'>;

const usersKey = ['admin', 'users'] as const;

export function useUsers() {
  return useQuery({ queryKey: usersKey, queryFn: ({ signal }) => api.get<AdminUser[]>('/api/admin/users', { signal }) });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => api.post<AdminUser>('/api/admin/users', user),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, change }: { username: string; change: UserUpdate }) =>
      api.put<AdminUser>(`/api/admin/users/${encodeURIComponent(username)}`, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Gives the user a new password; the server ends their open sessions. */
export function useReplacePassword() {
  return useMutation({
    mutationFn: ({ username, password }: { username: string; password: string }) =>
      api.post<void>(`/api/admin/users/${encodeURIComponent(username)}/password`, { password }),
  });
}

export function updateOf(user: AdminUser, changes: Partial<UserUpdate> = {}): UserUpdate {
  return { displayName: user.displayName, locale: user.locale, roles: user.roles, enabled: user.enabled, ...changes };
}
