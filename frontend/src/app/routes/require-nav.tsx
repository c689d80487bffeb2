import type { ReactNode } from 'react';

import { useCurrentUser } from '@/features/auth';

import { canSee, type NavKey } from '../navigation';
import { NotAllowedPage } from './not-allowed';

/** Renders the page only for users whose navigation contains it; everyone else sees "not allowed". */
export function RequireNav({ navKey, children }: { navKey: NavKey; children: ReactNode }) {
  const me = useCurrentUser();
  return canSee(me.roles, navKey) ? children : <NotAllowedPage />;
}
