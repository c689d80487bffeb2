import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

import { MessagePage } from '@/components/message-page';

export function NotAllowedPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('notAllowed.title')}
      body={t('notAllowed.body')}
      testId="not-allowed"
      action={
        <Anchor component={Link} to="/">
          {t('notAllowed.back')}
        </Anchor>
      }
    />
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <MessagePage
      title={t('notFound.title')}
      body={t('notFound.body')}
      testId="not-found"
      action={
        <Anchor component={Link} to="/">
          {t('notFound.back')}
        </Anchor>
      }
    />
  );
}
