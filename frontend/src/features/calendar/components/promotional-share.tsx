import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { QueryState } from '@/components/query-state';

import { usePromotionalShare, type WeekShare } from '../api/promotional-share';

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Sponsored posts among each platform's scheduled and published posts, per week, with a warning above the threshold. */
export function PromotionalShareSummary({ from, to, language }: { from: string; to: string; language: string }) {
  const { t } = useTranslation();
  const share = usePromotionalShare(from, to);
  const byWeek = new Map<string, WeekShare[]>();
  for (const week of share.data?.weeks ?? []) {
    byWeek.set(week.weekStart, [...(byWeek.get(week.weekStart) ?? []), week]);
  }
  const weekOf = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="promotional-share-title" data-testid="promotional-share">
      <Stack gap="xs">
        <Title order={2} size="h5" id="promotional-share-title">
          {t('promotionalShare.title')}
        </Title>
        {share.data && (
          <Text size="xs" c="dimmed">
            {t('promotionalShare.explain', { threshold: percent(share.data.threshold) })}
          </Text>
        )}
        <QueryState isPending={share.isPending} error={share.error} onRetry={() => void share.refetch()} />
        {share.data && byWeek.size === 0 && (
          <Text size="sm" c="dimmed">
            {t('promotionalShare.empty')}
          </Text>
        )}
        {[...byWeek.entries()].map(([weekStart, platforms]) => (
          <Group key={weekStart} gap="xs" wrap="wrap" data-testid={`share-week-${weekStart}`}>
            <Text size="sm" fw={500}>
              {t('promotionalShare.weekOf', { day: weekOf(weekStart) })}
            </Text>
            {platforms.map((week) => (
              <Badge
                key={week.platform}
                color={week.aboveThreshold ? 'red' : 'gray'}
                variant={week.aboveThreshold ? 'filled' : 'light'}
                data-testid={`share-${week.platform}`}
                data-above={week.aboveThreshold || undefined}
              >
                {t('promotionalShare.badge', {
                  platform: t(`platform.${week.platform}`, week.platform),
                  promotional: week.promotional,
                  posts: week.posts,
                  share: percent(week.share),
                })}
                {week.aboveThreshold && ` · ${t('promotionalShare.above')}`}
              </Badge>
            ))}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
