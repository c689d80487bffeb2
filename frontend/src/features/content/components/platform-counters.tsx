import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Platform } from '@/types/content';

import { countFor, PLATFORM_LIMITS } from '../platform-limits';

function Count({ value, max, label }: { value: number; max: number | null | undefined; label: string }) {
  if (max === null || max === undefined) {
    return <Text size="sm">{value}</Text>;
  }
  const over = value > max;
  return (
    <Text size="sm" c={over ? 'red' : undefined} fw={over ? 700 : undefined} aria-label={`${label}: ${value} / ${max}`}>
      {value} / {max}
    </Text>
  );
}

/** Live characters, hashtags and links of the text for each selected platform, against its limits. */
export function PlatformCounters({ platforms, title, body }: { platforms: readonly Platform[]; title: string; body: string }) {
  const { t } = useTranslation();
  if (platforms.length === 0) {
    return null;
  }
  return (
    <Table withTableBorder fz="sm" data-testid="platform-counters" aria-label={t('composer.counters')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('composer.platform')}</Table.Th>
          <Table.Th>{t('composer.chars')}</Table.Th>
          <Table.Th>{t('composer.hashtags')}</Table.Th>
          <Table.Th>{t('composer.links')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {platforms.map((platform) => {
          const limits = PLATFORM_LIMITS[platform];
          const counts = countFor(platform, title, body);
          return (
            <Table.Tr key={platform} data-testid={`counters-${platform}`}>
              <Table.Td>{t(`platform.${platform}`)}</Table.Td>
              <Table.Td>
                <Count value={counts.chars} max={limits?.maxChars} label={t('composer.chars')} />
                {limits?.maxTitleChars ? (
                  <Text size="xs" c={counts.titleChars > limits.maxTitleChars ? 'red' : 'dimmed'}>
                    {t('composer.titleChars', { count: counts.titleChars, max: limits.maxTitleChars })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Count value={counts.hashtags} max={limits?.maxHashtags} label={t('composer.hashtags')} />
              </Table.Td>
              <Table.Td>
                <Count value={counts.links} max={limits?.maxLinks} label={t('composer.links')} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
