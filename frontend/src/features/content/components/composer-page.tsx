import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';

import { MessagePage } from '@/components/message-page';
import { QueryState } from '@/components/query-state';
import { isEditable } from '@/types/content';

import { useContent } from '../api/contents';
import { Composer } from './composer';

export function NewDraftPage() {
  return <Composer />;
}

/** The composer for a saved item, once it is loaded; only DRAFT and CHANGES_REQUESTED can be edited. */
export function EditDraftPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const content = useContent(id);
  if (!content.data) {
    return <QueryState isPending={content.isPending} error={content.error} onRetry={() => void content.refetch()} />;
  }
  if (!isEditable(content.data.status)) {
    return (
      <MessagePage
        title={t('composer.notEditableTitle')}
        body={t('composer.notEditableBody', { status: t(`status.${content.data.status}`) })}
        testId="not-editable"
        action={
          <Anchor component={Link} to={`/contents/${content.data.id}`}>
            {t('composer.statusPage')}
          </Anchor>
        }
      />
    );
  }
  return <Composer key={content.data.id} content={content.data} />;
}
