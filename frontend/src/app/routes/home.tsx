import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';

import { MessagePage } from '@/components/message-page';
import { useCurrentUser } from '@/features/auth';

import { homePathFor } from '../navigation';

/** `/` goes to the user's first page. */
export function HomeRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const home = homePathFor(me.roles);
  if (home) {
    return <Navigate to={home} replace />;
  }
  return <MessagePage title={t('home.noAccessTitle')} body={t('home.noAccessBody')} testId="no-access" />;
}
