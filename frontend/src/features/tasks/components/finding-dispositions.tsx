import { Badge, Group, Paper, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Finding } from '@/types/screening';
import type { Disposition } from '@/types/task';

export type DispositionKind = Exclude<Disposition['disposition'], 'FIXED'>;

export interface DispositionDraft {
  disposition?: DispositionKind;
  reason: string;
}

export const findingKey = (finding: Pick<Finding, 'ruleId' | 'start'>) => `${finding.ruleId}@${finding.start}`;

/** What is still missing: blocking findings need a disposition to approve, and an override needs a reason. */
export function missingDispositions(
  findings: readonly Finding[],
  drafts: Record<string, DispositionDraft>,
  approving: boolean,
): Set<string> {
  const missing = new Set<string>();
  for (const finding of findings) {
    const draft = drafts[findingKey(finding)];
    if ((approving && finding.severity === 'BLOCKER' && !draft?.disposition) || (draft?.disposition === 'OVERRIDDEN' && draft.reason.trim() === '')) {
      missing.add(findingKey(finding));
    }
  }
  return missing;
}

export function dispositionsOf(findings: readonly Finding[], drafts: Record<string, DispositionDraft>): Disposition[] {
  return findings.flatMap((finding) => {
    const draft = drafts[findingKey(finding)];
    if (!draft?.disposition) {
      return [];
    }
    return [{ ruleId: finding.ruleId, start: finding.start, disposition: draft.disposition, reason: draft.reason.trim() || undefined }];
  });
}

export interface FindingDispositionsProps {
  findings: readonly Finding[];
  drafts: Record<string, DispositionDraft>;
  onChange: (drafts: Record<string, DispositionDraft>) => void;
  missing: ReadonlySet<string>;
  showMissing: boolean;
}

/** Each machine finding accepted as it stands or overridden with a reason; blocking ones must be decided to approve. */
export function FindingDispositions({ findings, drafts, onChange, missing, showMissing }: FindingDispositionsProps) {
  const { t } = useTranslation();
  if (findings.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs" data-testid="dispositions">
      <Text size="sm" fw={500}>
        {t('dispositions.title')}
      </Text>
      {findings.map((finding) => {
        const key = findingKey(finding);
        const draft = drafts[key] ?? { reason: '' };
        const set = (next: Partial<DispositionDraft>) => onChange({ ...drafts, [key]: { ...draft, ...next } });
        const label = `${t(`category.${finding.category}`)}: “${finding.excerpt}”`;
        return (
          <Paper key={key} withBorder p="xs" radius="sm" data-testid={`disposition-${key}`}>
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                {finding.severity === 'BLOCKER' && (
                  <Badge color="red" size="xs">
                    {t('severity.BLOCKER')}
                  </Badge>
                )}
                <Text size="sm">{label}</Text>
              </Group>
              <SegmentedControl
                size="xs"
                aria-label={t('dispositions.choice', { finding: label })}
                value={draft.disposition ?? 'NONE'}
                onChange={(value) => set({ disposition: value === 'NONE' ? undefined : (value as DispositionKind) })}
                data={[
                  { value: 'NONE', label: t('dispositions.NONE') },
                  { value: 'ACCEPTED', label: t('dispositions.ACCEPTED') },
                  { value: 'OVERRIDDEN', label: t('dispositions.OVERRIDDEN') },
                ]}
              />
              {draft.disposition === 'OVERRIDDEN' && (
                <TextInput
                  size="xs"
                  label={t('dispositions.reason')}
                  required
                  maxLength={2000}
                  value={draft.reason}
                  onChange={(event) => set({ reason: event.currentTarget.value })}
                  error={showMissing && missing.has(key) ? t('dispositions.reasonRequired') : undefined}
                />
              )}
              {showMissing && missing.has(key) && draft.disposition === undefined && (
                <Text size="xs" c="red" role="alert">
                  {t('dispositions.blockingRequired')}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
