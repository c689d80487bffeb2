import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { FINDING_CATEGORIES, type Finding } from '@/types/screening';

import { findingKey, replacementsOf, SEVERITY_COLOR, SEVERITY_RANK } from './text-spans';

export interface FindingsPanelProps {
  findings: readonly Finding[];
  /** When given, suggestions with a replacement text get a button that applies it. */
  onApply?: (finding: Finding, replacement: string) => void;
  onFocusFinding?: (key: string | undefined) => void;
  /** Makes the category headings' ids unique when a page shows more than one panel. */
  idPrefix?: string;
}

/** The findings grouped by category: severity, excerpt, message, legal reference and suggestions. */
export function FindingsPanel({ findings, onApply, onFocusFinding, idPrefix = 'category' }: FindingsPanelProps) {
  const { t } = useTranslation();
  if (findings.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="no-findings">
        {t('screening.noFindings')}
      </Text>
    );
  }
  const categories = FINDING_CATEGORIES.filter((category) => findings.some((finding) => finding.category === category));
  return (
    <Stack gap="md" data-testid="findings-panel">
      {categories.map((category) => (
        <section key={category} aria-labelledby={`${idPrefix}-${category}`} data-testid={`category-${category}`}>
          <Title order={3} size="h5" id={`${idPrefix}-${category}`} mb={4}>
            {t(`category.${category}`)}
          </Title>
          <Stack gap="xs">
            {findings
              .filter((finding) => finding.category === category)
              .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.start - b.start)
              .map((finding) => (
                <FindingCard key={findingKey(finding)} finding={finding} onApply={onApply} onFocusFinding={onFocusFinding} />
              ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

function FindingCard({
  finding,
  onApply,
  onFocusFinding,
}: {
  finding: Finding;
  onApply?: FindingsPanelProps['onApply'];
  onFocusFinding?: FindingsPanelProps['onFocusFinding'];
}) {
  const { t } = useTranslation();
  const key = findingKey(finding);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-testid="finding"
      data-rule={finding.ruleId}
      onMouseEnter={() => onFocusFinding?.(key)}
      onMouseLeave={() => onFocusFinding?.(undefined)}
      onFocus={() => onFocusFinding?.(key)}
    >
      <Group gap="xs" mb={4} wrap="wrap">
        <Badge color={SEVERITY_COLOR[finding.severity]} size="sm">
          {t(`severity.${finding.severity}`)}
        </Badge>
        <Text size="sm" fw={600} component="q">
          {finding.excerpt}
        </Text>
      </Group>
      <Text size="sm">{finding.message}</Text>
      {finding.legalReference && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('screening.legalReference')}: {finding.legalReference}
        </Text>
      )}
      {finding.suggestions.map((suggestion) => {
        const replacements = onApply ? replacementsOf(suggestion) : [];
        return (
          <Stack key={suggestion} gap={4} mt={6}>
            <Text size="xs">
              {t('screening.suggestion')}: {suggestion}
            </Text>
            {replacements.length > 0 && (
              <Group gap={4}>
                {replacements.map((replacement) => (
                  <Button
                    key={replacement}
                    size="compact-xs"
                    variant="light"
                    onClick={() => onApply?.(finding, replacement)}
                    data-testid="apply-suggestion"
                  >
                    {t('screening.replaceWith', { text: replacement })}
                  </Button>
                ))}
              </Group>
            )}
          </Stack>
        );
      })}
    </Paper>
  );
}
