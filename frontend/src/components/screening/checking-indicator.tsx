import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while the report on screen is not yet that of the current text. */
export function CheckingIndicator() {
  const { t } = useTranslation();
  return (
    <Group gap={4} role="status" aria-live="polite">
      <Loader size="xs" />
      <Text size="xs" c="dimmed">
        {t('screening.checking')}
      </Text>
    </Group>
  );
}
