import { Grid, NativeSelect, Paper, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { CheckingIndicator, FindingsPanel, HighlightedText, ScreeningBanner, useLiveScreening } from '@/components/screening';
import type { ScreeningRequest } from '@/types/screening';

const LANGUAGES = ['', 'en-US', 'zh-CN'] as const;

/**
 * Try a text against the rules in effect, exactly as a draft is screened (`POST /api/screenings`, nothing stored):
 * to see which rule catches a wording, or that an exception lets it through.
 */
export function RuleTester({ platforms }: { platforms: readonly string[] }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [language, setLanguage] = useState('');
  const [platform, setPlatform] = useState('');
  const [sponsored, setSponsored] = useState(false);
  const request: ScreeningRequest | undefined =
    title.trim() || text.trim()
      ? { title, text, language: language || undefined, platform: platform || undefined, sponsored, crisis: false }
      : undefined;
  const { screening, pending } = useLiveScreening(request);
  const screened = request ? screening.data : undefined;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="rule-tester-title" data-testid="rule-tester">
      <Title order={2} size="h4" id="rule-tester-title">
        {t('rules.tester.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('rules.tester.hint')}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="xs">
            <TextInput label={t('rules.tester.postTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
            <Textarea
              label={t('rules.tester.text')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autosize
              minRows={4}
              maxRows={14}
            />
            <NativeSelect
              label={t('rules.tester.language')}
              value={language}
              onChange={(event) => setLanguage(event.currentTarget.value)}
              data={LANGUAGES.map((value) => ({ value, label: t(`rules.tester.languages.${value || 'detect'}`) }))}
            />
            <NativeSelect
              label={t('rules.tester.platform')}
              value={platform}
              onChange={(event) => setPlatform(event.currentTarget.value)}
              data={[
                { value: '', label: t('rules.tester.anyPlatform') },
                ...platforms.map((value) => ({ value, label: t(`platform.${value}`, { defaultValue: value }) })),
              ]}
            />
            <Switch label={t('rules.tester.sponsored')} checked={sponsored} onChange={(event) => setSponsored(event.currentTarget.checked)} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="xs">
            {request && pending && <CheckingIndicator />}
            {screening.error && request && (
              <Text c="red" size="sm" role="alert">
                {screening.error.message}
              </Text>
            )}
            {screened ? (
              <>
                <ScreeningBanner report={screened.report} testId="tester-banner" />
                <HighlightedText title={screened.request.title} body={screened.request.text} findings={screened.report.findings} />
                <FindingsPanel findings={screened.report.findings} idPrefix="tester-category" />
              </>
            ) : (
              <Text c="dimmed" size="sm">
                {t('rules.tester.empty')}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
