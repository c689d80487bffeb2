import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Platform, Variant } from '@/types/content';

import { usePlatformLimits } from '../api/platforms';
import { countFor, overLimit } from '../platform-limits';

function Count({ value, max, label }: { value: number; max: number | undefined; label: string }) {
  if (max === undefined) {
    return <Text size="sm">{value}</Text>;
  }
  const over = value > max;
  return (
    <Text
      size="sm"
      c={over ? 'red' : undefined}
      fw={over ? 700 : undefined}
      aria-label={`${label}: ${value} / ${max}`}
      data-over={over || undefined}
    >
      {value} / {max}
    </Text>
  );
}

export interface PlatformCountersProps {
  platforms: readonly Platform[];
  title: string;
  body: string;
  variants?: Partial<Record<Platform, Variant>>;
}

/**
 * Live characters, hashtags, links and mentions for each selected platform against its limits: a platform's variant
 * where it has one, the main text otherwise.
 */
export function PlatformCounters({ platforms, title, body, variants = {} }: PlatformCountersProps) {
  const { t } = useTranslation();
  const limitsQuery = usePlatformLimits();
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
          <Table.Th>{t('composer.mentions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {platforms.map((platform) => {
          const limits = limitsQuery.data?.find((candidate) => candidate.platform === platform);
          const variant = variants[platform];
          const counts = countFor(limits, variant?.title || title, variant?.body || body);
          const over = overLimit(limits, counts);
          return (
            <Table.Tr key={platform} data-testid={`counters-${platform}`} data-over={over || undefined} bg={over ? 'red.0' : undefined}>
              <Table.Td>
                <Text size="sm">{t(`platform.${platform}`)}</Text>
                {(variant?.title || variant?.body) && (
                  <Text size="xs" c="dimmed">
                    {t('composer.variantText')}
                  </Text>
                )}
                {over && (
                  <Text size="xs" c="red" fw={700} data-testid={`over-limit-${platform}`}>
                    {t('composer.overLimit')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Count value={counts.chars} max={limits?.maxChars} label={t('composer.chars')} />
                {limits?.maxTitleChars !== undefined && (
                  <Text size="xs" c={counts.titleChars > limits.maxTitleChars ? 'red' : 'dimmed'}>
                    {t('composer.titleChars', { count: counts.titleChars, max: limits.maxTitleChars })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Count value={counts.hashtags} max={limits?.maxHashtags} label={t('composer.hashtags')} />
              </Table.Td>
              <Table.Td>
                <Count value={counts.links} max={limits?.maxLinks} label={t('composer.links')} />
              </Table.Td>
              <Table.Td>
                <Count value={counts.mentions} max={limits?.maxMentions} label={t('composer.mentions')} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
