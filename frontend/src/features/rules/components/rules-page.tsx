import { Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { QueryState } from '@/components/query-state';

import { useRules, type RuleSet } from '../api/rules';
import { BrandGlossarySection } from './brand-glossary';
import { PackList } from './pack-list';
import { PlatformLimitsSection } from './platform-limits-section';
import { RuleTester } from './rule-tester';

/**
 * The rules machine screening applies, for compliance officers and admins: version and hash (as every report
 * records them), a tester, every pack and rule, the brand glossary and the platform limits.
 */
export function RulesPage() {
  const { t } = useTranslation();
  const rules = useRules();
  return (
    <Stack gap="md" data-testid="rules-page">
      <div>
        <Title order={1}>{t('nav.rules')}</Title>
        <Text c="dimmed">{t('pages.rules')}</Text>
      </div>
      {!rules.data ? (
        <QueryState isPending={rules.isPending} error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <>
          <RuleSetSummary rules={rules.data} />
          <RuleTester platforms={rules.data.platforms.map((platform) => platform.platform)} />
          <PackList packs={rules.data.packs} />
          <BrandGlossarySection brand={rules.data.brand} />
          <PlatformLimitsSection platforms={rules.data.platforms} />
        </>
      )}
    </Stack>
  );
}

function RuleSetSummary({ rules }: { rules: RuleSet }) {
  const { t } = useTranslation();
  const ruleCount = rules.packs.reduce((sum, pack) => sum + pack.rules.length, 0);
  const phraseCount = rules.packs.reduce((sum, pack) => sum + pack.rules.reduce((n, rule) => n + rule.phrases.length, 0), 0);
  const external = rules.packs.filter((pack) => pack.external).length;
  return (
    <Paper withBorder p="md" radius="md" data-testid="rule-set-summary">
      <Group gap="xl" wrap="wrap">
        <div>
          <Text size="xs" c="dimmed">
            {t('rules.summary.version')}
          </Text>
          <Text fw={600}>{rules.version}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('rules.summary.hash')}
          </Text>
          <Code data-testid="rule-set-hash">{rules.hash}</Code>
        </div>
        <Text size="sm">
          {t('rules.summary.counts', { packs: rules.packs.length, rules: ruleCount, phrases: phraseCount, external })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mt="xs">
        {t('rules.summary.howToChange')}
      </Text>
    </Paper>
  );
}
