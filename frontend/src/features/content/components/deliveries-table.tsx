import { Anchor, Badge, Group, Image, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/dates';
import type { Delivery, PublicationSummary } from '@/types/dossier';

const SUMMARY_COLORS: Record<PublicationSummary['state'], string> = {
  IN_PROGRESS: 'blue',
  PUBLISHED: 'green',
  PARTIALLY_PUBLISHED: 'orange',
  FAILED: 'red',
};

/**
 * Where the post went: the publication's overall state, and one row per platform with its state, remote link and
 * time; destinations of the approved revision without an attempt yet show as queued.
 */
export function DeliveriesTable({ deliveries, publication }: { deliveries: readonly Delivery[]; publication?: PublicationSummary }) {
  const { t, i18n } = useTranslation();
  const queued: Delivery[] = (publication?.destinations ?? [])
    .filter((destination) => !deliveries.some((d) => d.revision === publication?.revision && d.platform === destination.platform))
    .map((destination) => ({
      contentId: '',
      revision: publication?.revision ?? 0,
      platform: destination.platform,
      idempotencyKey: `queued-${destination.platform}`,
      state: destination.state,
      attempts: destination.attempts,
    }));
  const rows = [...deliveries, ...queued];
  if (rows.length === 0) {
    return <Text c="dimmed">{t('deliveries.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={420}>
      {publication && (
        <Group gap="xs" mb="xs">
          <Text size="sm">{t('deliveries.summaryLabel')}:</Text>
          <Badge color={SUMMARY_COLORS[publication.state]} data-testid="publication-state">
            {t(`deliveries.summary.${publication.state}`)}
          </Badge>
        </Group>
      )}
      <Table data-testid="deliveries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('deliveries.platform')}</Table.Th>
            <Table.Th>{t('deliveries.state')}</Table.Th>
            <Table.Th>{t('deliveries.link')}</Table.Th>
            <Table.Th>{t('deliveries.time')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((delivery) => (
            <Table.Tr key={delivery.idempotencyKey}>
              <Table.Td>{t(`platform.${delivery.platform.toLowerCase()}`, { defaultValue: delivery.platform })}</Table.Td>
              <Table.Td>
                <Badge color={delivery.state === 'PUBLISHED' ? 'green' : delivery.lastError ? 'red' : 'gray'}>
                  {t(`deliveries.states.${delivery.state}`, { defaultValue: delivery.state })}
                </Badge>
                {delivery.lastError && (
                  <Text size="xs" c="red">
                    {delivery.lastError}
                  </Text>
                )}
                {delivery.textMatches !== undefined && (
                  <Text size="xs" c={delivery.textMatches ? 'green' : 'red'} data-testid="text-match">
                    {t(delivery.textMatches ? 'deliveries.textMatches' : 'deliveries.textMismatch')}
                    {delivery.recordedBy && ` (${delivery.recordedBy})`}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {delivery.remoteUrl ? (
                  <Anchor href={delivery.remoteUrl} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {delivery.remoteUrl}
                  </Anchor>
                ) : (
                  '—'
                )}
                {delivery.proofSha256 && <ProofScreenshot delivery={delivery} />}
              </Table.Td>
              <Table.Td>{delivery.publishedAt ? formatDateTime(delivery.publishedAt, i18n.language) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The screenshot the person recorded when they published by hand, as a thumbnail that opens the full image. */
function ProofScreenshot({ delivery }: { delivery: Delivery }) {
  const { t } = useTranslation();
  const platform = t(`platform.${delivery.platform.toLowerCase()}`, { defaultValue: delivery.platform });
  const url = `/api/contents/${encodeURIComponent(delivery.contentId)}/revisions/${delivery.revision}/deliveries/${encodeURIComponent(delivery.platform)}/proof`;
  return (
    <Anchor href={url} target="_blank" rel="noreferrer" size="xs" display="block" mt={4} data-testid="proof-link">
      <Image src={url} alt={t('deliveries.proofAlt', { platform })} h={48} w="auto" fit="contain" radius="sm" />
      {t('deliveries.proof')}
    </Anchor>
  );
}
