import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';

import { MessagePage, RetryButton } from '@/components/message-page';
import { PageLoader } from '@/components/page-loader';
import { CurrentUserProvider, useMe } from '@/features/auth';
import i18n, { isLocale, storedLanguage } from '@/lib/i18n';

import { loginPath } from './paths';

/** Renders the child routes for a signed-in user; sends everyone else to the login page and back afterwards. */
export function RequireAuth() {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const userLocale = me.data?.locale;

  useEffect(() => {
    // The user's own locale applies until they pick a language on this browser.
    if (isLocale(userLocale) && storedLanguage() === undefined && i18n.language !== userLocale) {
      void i18n.changeLanguage(userLocale);
    }
  }, [userLocale]);

  if (me.isPending) {
    return <PageLoader />;
  }
  if (me.isError) {
    return (
      <main style={{ padding: 'var(--mantine-spacing-xl)' }}>
        <MessagePage
          title={t('errors.title')}
          body={t('errors.loadFailed')}
          action={<RetryButton label={t('errors.retry')} onRetry={() => void me.refetch()} />}
        />
      </main>
    );
  }
  if (me.data === null) {
    return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  }
  return (
    <CurrentUserProvider user={me.data}>
      <Outlet />
    </CurrentUserProvider>
  );
}
