import { Accordion, Alert, Badge, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { applyReplacement, CheckingIndicator, FindingsPanel, ScreeningBanner, useLiveScreening } from '@/components/screening';
import type { Platform, Variant } from '@/types/content';
import type { Finding, ScreeningReport } from '@/types/screening';

export interface PlatformVariantsProps {
  platforms: readonly Platform[];
  title: string;
  body: string;
  variants: Partial<Record<Platform, Variant>>;
  sponsored: boolean;
  crisis: boolean;
  onChange: (variants: Partial<Record<Platform, Variant>>) => void;
}

/**
 * A platform's own title and text; left empty, the platform gets the main title and text. A platform with its own
 * variant has it screened while the editor types, with that platform's limits, as submitting will screen it.
 */
export function PlatformVariants({ platforms, title, body, variants, sponsored, crisis, onChange }: PlatformVariantsProps) {
  const { t } = useTranslation();
  if (platforms.length === 0) {
    return null;
  }
  return (
    <Stack gap={4} data-testid="platform-variants">
      <Text size="sm" fw={500}>
        {t('composer.variants')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('composer.variantsHint')}
      </Text>
      <Accordion variant="contained" multiple>
        {platforms.map((platform) => (
          <VariantItem
            key={platform}
            platform={platform}
            title={title}
            body={body}
            variant={variants[platform]}
            sponsored={sponsored}
            crisis={crisis}
            onChange={(variant) => onChange({ ...variants, [platform]: variant })}
          />
        ))}
      </Accordion>
    </Stack>
  );
}

interface VariantItemProps {
  platform: Platform;
  title: string;
  body: string;
  variant: Variant | undefined;
  sponsored: boolean;
  crisis: boolean;
  onChange: (variant: Variant) => void;
}

function VariantItem({ platform, title, body, variant, sponsored, crisis, onChange }: VariantItemProps) {
  const { t } = useTranslation();
  const [staleApply, setStaleApply] = useState(false);
  const used = Boolean(variant?.title || variant?.body);
  const shownTitle = variant?.title || title;
  const shownBody = variant?.body || body;
  const { screening, pending } = useLiveScreening(
    used ? { title: shownTitle, text: shownBody, platform, sponsored, crisis } : undefined,
  );
  const report = used ? screening.data?.report : undefined;
  const name = t(`platform.${platform}`);

  const edit = (field: keyof Variant, value: string) => {
    setStaleApply(false);
    onChange({ ...variant, [field]: value });
  };

  function applySuggestion(finding: Finding, replacement: string) {
    const edited = applyReplacement(shownTitle, shownBody, finding, replacement);
    if (!edited) {
      setStaleApply(true);
      return;
    }
    setStaleApply(false);
    // Only the part the suggestion changed becomes the variant's own; the other keeps following the main text.
    onChange({
      title: edited.title !== shownTitle ? edited.title : (variant?.title ?? ''),
      body: edited.body !== shownBody ? edited.body : (variant?.body ?? ''),
    });
  }

  return (
    <Accordion.Item value={platform} data-testid={`variant-${platform}`}>
      <Accordion.Control>
        <Group gap="xs" wrap="nowrap">
          <span>{used ? t('composer.variantOwn', { platform: name }) : t('composer.variantSame', { platform: name })}</span>
          {report && <FindingsBadge report={report} />}
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        <Stack gap="xs">
          <TextInput
            label={t('composer.variantTitle', { platform: name })}
            placeholder={title}
            maxLength={500}
            value={variant?.title ?? ''}
            onChange={(event) => edit('title', event.currentTarget.value)}
          />
          <Textarea
            label={t('composer.variantBody', { platform: name })}
            placeholder={body}
            autosize
            minRows={3}
            value={variant?.body ?? ''}
            onChange={(event) => edit('body', event.currentTarget.value)}
          />
          {used && (
            <Stack gap="xs" data-testid={`variant-screening-${platform}`}>
              <Group gap="xs">
                <Text size="sm" fw={500}>
                  {t('composer.variantScreening', { platform: name })}
                </Text>
                {pending && <CheckingIndicator />}
              </Group>
              <ProblemAlert error={screening.error} testId={`variant-screening-error-${platform}`} />
              {report && <ScreeningBanner report={report} testId={`variant-banner-${platform}`} />}
              {staleApply && (
                <Alert color="yellow" role="alert" p="xs">
                  {t('screening.textChanged')}
                </Alert>
              )}
              {report && <FindingsPanel findings={report.findings} onApply={applySuggestion} idPrefix={`variant-${platform}-category`} />}
            </Stack>
          )}
        </Stack>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

function FindingsBadge({ report }: { report: ScreeningReport }) {
  const { t } = useTranslation();
  const count = report.findings.length;
  const color = report.blocking ? 'red' : count > 0 ? 'yellow' : 'green';
  return (
    <Badge size="sm" color={color} variant="light">
      {report.blocking ? t('composer.variantBlocked', { count }) : t('composer.variantFindings', { count })}
    </Badge>
  );
}
