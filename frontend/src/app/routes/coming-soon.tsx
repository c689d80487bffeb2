import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { NavKey } from '../navigation';

/** The page of a feature that a later release builds: its title and an honest empty state. */
export function ComingSoonPage({ navKey }: { navKey: NavKey }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{t(`nav.${navKey}`)}</Title>
      <Text c="dimmed">{t(`pages.${navKey}`)}</Text>
      <Paper withBorder p="lg" radius="md" data-testid="coming-soon">
        <Title order={2} size="h4">
          {t('comingSoon.title')}
        </Title>
        <Text mt="xs">{t('comingSoon.body')}</Text>
      </Paper>
    </Stack>
  );
}
