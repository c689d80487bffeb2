import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';

import { ProblemAlert } from '@/components/problem-alert';
import { applyReplacement, CheckingIndicator, FindingsPanel, HighlightedText, ScreeningBanner, useLiveScreening } from '@/components/screening';
import { browserTimeZone, fromLocalInput, toLocalInput } from '@/lib/dates';
import { CONTENT_TYPES, PLATFORMS, type ContentType, type ContentView, type DraftRequest, type Platform, type Variant } from '@/types/content';
import type { Finding, ScreeningRequest } from '@/types/screening';

import { useCreateDraft, useReviseDraft, useSubmitContent } from '../api/contents';
import { AttachmentUpload } from './attachment-upload';
import { PlatformCounters } from './platform-counters';
import { PlatformVariants } from './platform-variants';

interface Form {
  title: string;
  body: string;
  platforms: Platform[];
  contentType: ContentType;
  campaign: string;
  tags: string[];
  sponsored: boolean;
  crisis: boolean;
  scheduledLocal: string;
  variants: Partial<Record<Platform, Variant>>;
}

function formOf(content: ContentView | undefined): Form {
  const current = content?.current;
  return {
    title: current?.title ?? content?.theme ?? '',
    body: current?.body ?? '',
    platforms: content?.platforms ?? [],
    contentType: content?.contentType ?? 'ARTICLE',
    campaign: content?.campaign ?? '',
    tags: current?.tags ?? [],
    sponsored: current?.sponsored ?? false,
    crisis: current?.crisis ?? false,
    scheduledLocal: toLocalInput(content?.scheduledAt),
    variants: current?.variants ?? {},
  };
}

function requestOf(form: Form): DraftRequest {
  return {
    title: form.title,
    body: form.body,
    platforms: form.platforms,
    sponsored: form.sponsored,
    crisis: form.crisis,
    campaign: form.campaign.trim() === '' ? undefined : form.campaign.trim(),
    contentType: form.contentType,
    tags: form.tags,
    scheduledAt: fromLocalInput(form.scheduledLocal),
    variants: variantsOf(form),
  };
}

/** The variants of the selected platforms that differ from the main text; empty fields fall back to it. */
function variantsOf(form: Form): Record<string, Variant> {
  const variants: Record<string, Variant> = {};
  for (const platform of form.platforms) {
    const variant = form.variants[platform];
    const title = variant?.title?.trim() ? variant.title : undefined;
    const body = variant?.body?.trim() ? variant.body : undefined;
    if (title !== undefined || body !== undefined) {
      variants[platform] = { title, body };
    }
  }
  return variants;
}

/**
 * Writes a new draft or revises one (DRAFT or CHANGES_REQUESTED): the text is screened while the editor types, the
 * findings are marked in a mirror of the text and listed by category, and a suggestion's replacement edits the text.
 */
export function Composer({ content }: { content?: ContentView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>(() => formOf(content));
  const [savedRequest, setSavedRequest] = useState<string | undefined>(() =>
    content?.current ? JSON.stringify(requestOf(formOf(content))) : undefined,
  );
  const [showMissing, setShowMissing] = useState(false);
  const [activeFinding, setActiveFinding] = useState<string>();
  const [staleApply, setStaleApply] = useState(false);
  const create = useCreateDraft();
  const revise = useReviseDraft();
  const submit = useSubmitContent();
  // set when this composer created the item, so a failed submit afterwards does not create it again
  const [createdId, setCreatedId] = useState<string>();
  const contentId = content?.id ?? createdId;

  const update = <K extends keyof Form>(key: K, value: Form[K]) => {
    setStaleApply(false);
    setForm((previous) => ({ ...previous, [key]: value }));
  };

  const screeningRequest: ScreeningRequest | undefined =
    form.title.trim() === '' && form.body.trim() === ''
      ? undefined
      : { title: form.title, text: form.body, platform: form.platforms[0], sponsored: form.sponsored, crisis: form.crisis };
  const { screening, pending: screeningPending } = useLiveScreening(screeningRequest);
  const screened = screening.data;

  const request = requestOf(form);
  const dirty = savedRequest !== JSON.stringify(request);
  const missing = {
    title: form.title.trim() === '',
    body: form.body.trim() === '',
    platforms: form.platforms.length === 0,
  };
  const invalid = missing.title || missing.body || missing.platforms;

  function applySuggestion(finding: Finding, replacement: string) {
    const edited = applyReplacement(form.title, form.body, finding, replacement);
    if (!edited) {
      setStaleApply(true);
      return;
    }
    setStaleApply(false);
    setForm((previous) => ({ ...previous, title: edited.title, body: edited.body }));
  }

  /** Saves when there is something new; resolves to the id of the saved item. */
  async function save({ openEditor }: { openEditor: boolean }): Promise<string | undefined> {
    if (invalid) {
      setShowMissing(true);
      return undefined;
    }
    if (contentId && !dirty) {
      return contentId;
    }
    const view = contentId ? await revise.mutateAsync({ id: contentId, request }) : await create.mutateAsync(request);
    setSavedRequest(JSON.stringify(request));
    setCreatedId(view.id);
    if (!contentId && openEditor) {
      navigate(`/drafts/${view.id}/edit`, { replace: true });
    }
    return view.id;
  }

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save({ openEditor: true }).catch(() => undefined); // the mutation's error is shown below
  }

  async function onSubmit() {
    try {
      const id = await save({ openEditor: false });
      if (id) {
        const submitted = await submit.mutateAsync(id);
        navigate(`/contents/${id}`, { state: { submitWarnings: submitted.warnings ?? [] } });
      }
    } catch {
      // shown below
    }
  }

  const saving = create.isPending || revise.isPending;
  const error = create.error ?? revise.error ?? submit.error;
  const timeZone = browserTimeZone();

  return (
    <form noValidate onSubmit={onSave} aria-labelledby="composer-title">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={1} id="composer-title">
            {contentId ? t('composer.editTitle') : t('composer.newTitle')}
          </Title>
          {contentId && (
            <Anchor component={Link} to={`/contents/${contentId}`}>
              {t('composer.statusPage')}
            </Anchor>
          )}
        </Group>
        {content?.status === 'CHANGES_REQUESTED' && (
          <Alert color="orange" title={t('content.changesRequestedTitle')} data-testid="changes-requested">
            {t('content.changesRequestedBody')}
          </Alert>
        )}
        {content?.notes && (
          <Alert color="gray" title={t('composer.briefNotes')}>
            {content.notes}
          </Alert>
        )}
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="sm">
              <TextInput
                label={t('composer.titleLabel')}
                required
                value={form.title}
                onChange={(event) => update('title', event.currentTarget.value)}
                error={showMissing && missing.title ? t('composer.required') : undefined}
                maxLength={500}
              />
              <Textarea
                label={t('composer.bodyLabel')}
                required
                autosize
                minRows={6}
                value={form.body}
                onChange={(event) => update('body', event.currentTarget.value)}
                error={showMissing && missing.body ? t('composer.required') : undefined}
              />
              <Stack gap={4}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {t('screening.mirrorTitle')}
                  </Text>
                  {screeningPending && <CheckingIndicator />}
                </Group>
                {screened ? (
                  <HighlightedText
                    title={screened.request.title}
                    body={screened.request.text}
                    findings={screened.report.findings}
                    activeKey={activeFinding}
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('screening.startTyping')}
                  </Text>
                )}
              </Stack>
              <Checkbox.Group
                label={t('composer.platforms')}
                required
                value={form.platforms}
                onChange={(values) => update('platforms', PLATFORMS.filter((platform) => values.includes(platform)))}
                error={showMissing && missing.platforms ? t('composer.platformsRequired') : undefined}
              >
                <Group gap="sm" mt={4}>
                  {PLATFORMS.map((platform) => (
                    <Checkbox key={platform} value={platform} label={t(`platform.${platform}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
              <PlatformVariants
                platforms={form.platforms}
                title={form.title}
                body={form.body}
                variants={form.variants}
                sponsored={form.sponsored}
                crisis={form.crisis}
                onChange={(variants) => update('variants', variants)}
              />
              <Group grow align="flex-start" wrap="wrap">
                <NativeSelect
                  label={t('composer.contentType')}
                  value={form.contentType}
                  onChange={(event) => {
                    const value = CONTENT_TYPES.find((type) => type === event.currentTarget.value);
                    if (value) {
                      update('contentType', value);
                    }
                  }}
                  data={CONTENT_TYPES.map((type) => ({ value: type, label: t(`contentType.${type}`) }))}
                />
                <TextInput
                  label={t('composer.campaign')}
                  value={form.campaign}
                  maxLength={100}
                  onChange={(event) => update('campaign', event.currentTarget.value)}
                />
              </Group>
              <TagsInput
                label={t('composer.tags')}
                description={t('composer.tagsHint')}
                value={form.tags}
                maxTags={20}
                onChange={(tags) => update('tags', tags)}
              />
              <Group gap="xl">
                <Switch
                  label={t('composer.sponsored')}
                  checked={form.sponsored}
                  onChange={(event) => update('sponsored', event.currentTarget.checked)}
                />
                <Switch
                  label={t('composer.crisis')}
                  checked={form.crisis}
                  onChange={(event) => update('crisis', event.currentTarget.checked)}
                />
              </Group>
              <TextInput
                type="datetime-local"
                label={t('composer.schedule')}
                description={t('composer.timeZone', { zone: timeZone })}
                value={form.scheduledLocal}
                onChange={(event) => update('scheduledLocal', event.currentTarget.value)}
              />
              <AttachmentUpload contentId={contentId} attachments={content?.current?.attachments ?? []} />
              <ProblemAlert error={error} testId="save-error" />
              <Group>
                <Button type="submit" variant="default" loading={saving} data-testid="save">
                  {t('composer.save')}
                </Button>
                <Button onClick={() => void onSubmit()} loading={submit.isPending} disabled={saving} data-testid="submit">
                  {t('composer.submit')}
                </Button>
                <Text size="sm" c="dimmed" aria-live="polite" data-testid="save-state">
                  {contentId ? (dirty ? t('composer.unsaved') : t('composer.saved')) : t('composer.notSavedYet')}
                </Text>
              </Group>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="md" radius="md" component="aside" aria-label={t('screening.panelLabel')}>
              <Stack gap="sm">
                <Title order={2} size="h4">
                  {t('screening.panelTitle')}
                </Title>
                <ProblemAlert error={screening.error} testId="screening-error" />
                {screened && <ScreeningBanner report={screened.report} />}
                <PlatformCounters platforms={form.platforms} title={form.title} body={form.body} variants={form.variants} />
                {staleApply && (
                  <Alert color="yellow" role="alert" p="xs">
                    {t('screening.textChanged')}
                  </Alert>
                )}
                {screened && (
                  <FindingsPanel
                    findings={screened.report.findings}
                    onApply={applySuggestion}
                    onFocusFinding={setActiveFinding}
                  />
                )}
              </Stack>
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>
    </form>
  );
}
