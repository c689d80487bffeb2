import { Accordion, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Platform, Variant } from '@/types/content';

export interface PlatformVariantsProps {
  platforms: readonly Platform[];
  title: string;
  body: string;
  variants: Partial<Record<Platform, Variant>>;
  onChange: (variants: Partial<Record<Platform, Variant>>) => void;
}

/** A platform's own title and text; left empty, the platform gets the main title and text. */
export function PlatformVariants({ platforms, title, body, variants, onChange }: PlatformVariantsProps) {
  const { t } = useTranslation();
  if (platforms.length === 0) {
    return null;
  }
  const edit = (platform: Platform, field: keyof Variant, value: string) =>
    onChange({ ...variants, [platform]: { ...variants[platform], [field]: value } });

  return (
    <Stack gap={4} data-testid="platform-variants">
      <Text size="sm" fw={500}>
        {t('composer.variants')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('composer.variantsHint')}
      </Text>
      <Accordion variant="contained" multiple>
        {platforms.map((platform) => {
          const variant = variants[platform];
          const used = Boolean(variant?.title || variant?.body);
          const name = t(`platform.${platform}`);
          return (
            <Accordion.Item key={platform} value={platform} data-testid={`variant-${platform}`}>
              <Accordion.Control>
                {used ? t('composer.variantOwn', { platform: name }) : t('composer.variantSame', { platform: name })}
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <TextInput
                    label={t('composer.variantTitle', { platform: name })}
                    placeholder={title}
                    maxLength={500}
                    value={variant?.title ?? ''}
                    onChange={(event) => edit(platform, 'title', event.currentTarget.value)}
                  />
                  <Textarea
                    label={t('composer.variantBody', { platform: name })}
                    placeholder={body}
                    autosize
                    minRows={3}
                    value={variant?.body ?? ''}
                    onChange={(event) => edit(platform, 'body', event.currentTarget.value)}
                  />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
