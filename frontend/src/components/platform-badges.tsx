import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PLATFORMS, type Platform } from '@/types/content';

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value.toLowerCase());
}

/** Platform names, translated; accepts ids in either case (the audit trail's payloads may use enum names). */
export function PlatformBadges({ platforms, size = 'sm' }: { platforms: readonly string[]; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {platforms.map((platform) => {
        const id = platform.toLowerCase();
        return (
          <Badge key={id} size={size} variant="outline" color="gray" data-platform={id}>
            {isPlatform(id) ? t(`platform.${id as Platform}`) : platform}
          </Badge>
        );
      })}
    </Group>
  );
}
