import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ContentStatus } from '@/types/content';

const COLORS: Record<ContentStatus, MantineColor> = {
  DRAFT: 'gray',
  SCREENING: 'cyan',
  CHANGES_REQUESTED: 'orange',
  IN_REVIEW: 'blue',
  LEGAL_REVIEW: 'grape',
  SCHEDULED: 'teal',
  PUBLISHING: 'teal',
  PUBLISHED: 'green',
  PUBLISH_FAILED: 'red',
  REJECTED: 'red',
  WITHDRAWN: 'dark',
};

export function StatusBadge({ status }: { status: ContentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="status-badge" data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}
