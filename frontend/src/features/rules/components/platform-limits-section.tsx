import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { PlatformLimits } from '../api/rules';

/** What each platform allows (rules/platforms.yaml); going over is a PLATFORM_LIMIT finding. */
export function PlatformLimitsSection({ platforms }: { platforms: readonly PlatformLimits[] }) {
  const { t } = useTranslation();
  const limit = (value?: number) => (value === undefined || value === null ? '—' : value.toLocaleString());
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="platform-limits-title">
      <Title order={2} size="h4" id="platform-limits-title">
        {t('rules.platforms.title')}
      </Title>
      <Table.ScrollContainer minWidth={560} mt="xs">
        <Table data-testid="platform-limits">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rules.platforms.platform')}</Table.Th>
              <Table.Th>{t('rules.platforms.chars')}</Table.Th>
              <Table.Th>{t('rules.platforms.titleChars')}</Table.Th>
              <Table.Th>{t('rules.platforms.hashtags')}</Table.Th>
              <Table.Th>{t('rules.platforms.links')}</Table.Th>
              <Table.Th>{t('rules.platforms.mentions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {platforms.map((platform) => (
              <Table.Tr key={platform.platform}>
                <Table.Td>{t(`platform.${platform.platform}`, { defaultValue: platform.platform })}</Table.Td>
                <Table.Td>
                  {limit(platform.maxChars)}
                  {platform.counting === 'x-weighted' && ` (${t('rules.platforms.weighted')})`}
                </Table.Td>
                <Table.Td>{limit(platform.maxTitleChars)}</Table.Td>
                <Table.Td>{limit(platform.maxHashtags)}</Table.Td>
                <Table.Td>{limit(platform.maxLinks)}</Table.Td>
                <Table.Td>{limit(platform.maxMentions)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
