import { createContext, useContext, type ReactNode } from 'react';

import type { Me } from '@/types/api';

/**
 * The signed-in user for everything inside the authenticated routes. The auth guard provides it once it knows
 * the user, so pages need not handle "nobody" — and keep a consistent user while a logout is under way.
 */
const CurrentUserContext = createContext<Me | null>(null);

export function CurrentUserProvider({ user, children }: { user: Me; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): Me {
  const user = useContext(CurrentUserContext);
  if (!user) {
    throw new Error('useCurrentUser() used outside the authenticated routes');
  }
  return user;
}
