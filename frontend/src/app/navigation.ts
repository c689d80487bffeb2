import type { Role } from '@/types/api';

/**
 * Which pages each role sees. The navigation of a user is the union over their roles, always in the order
 * below; a route that is not in a user's navigation is not rendered for them.
 */

export type NavKey = 'drafts' | 'tasks' | 'calendar' | 'audit' | 'rules' | 'admin';

export interface NavItem {
  key: NavKey;
  path: `/${string}`;
  roles: readonly Role[];
}

export const NAVIGATION: readonly NavItem[] = [
  { key: 'drafts', path: '/drafts', roles: ['EDITOR'] },
  { key: 'tasks', path: '/tasks', roles: ['REVIEWER', 'LEGAL'] },
  { key: 'calendar', path: '/calendar', roles: ['EDITOR', 'REVIEWER', 'LEGAL', 'COMPLIANCE', 'ADMIN'] },
  { key: 'audit', path: '/audit', roles: ['COMPLIANCE', 'ADMIN'] },
  { key: 'rules', path: '/rules', roles: ['COMPLIANCE', 'ADMIN'] },
  { key: 'admin', path: '/admin', roles: ['ADMIN'] },
];

/** The navigation items for a user with these roles; unknown role names are ignored. */
export function navigationFor(roles: readonly string[]): NavItem[] {
  return NAVIGATION.filter((item) => item.roles.some((role) => roles.includes(role)));
}

export function canSee(roles: readonly string[], key: NavKey): boolean {
  return navigationFor(roles).some((item) => item.key === key);
}

/** Where a user lands after login when they did not ask for a particular page. */
export function homePathFor(roles: readonly string[]): string | undefined {
  return navigationFor(roles)[0]?.path;
}
