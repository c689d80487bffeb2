import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '@/lib/dates';
import type { Delivery } from '@/types/dossier';

/** Where the post went: one row per platform with its state, remote link and time. */
export function DeliveriesTable({ deliveries }: { deliveries: readonly Delivery[] }) {
  const { t, i18n } = useTranslation();
  if (deliveries.length === 0) {
    return <Text c="dimmed">{t('deliveries.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={420}>
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
          {deliveries.map((delivery) => (
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
              </Table.Td>
              <Table.Td>
                {delivery.remoteUrl ? (
                  <Anchor href={delivery.remoteUrl} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {delivery.remoteUrl}
                  </Anchor>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{delivery.publishedAt ? formatDateTime(delivery.publishedAt, i18n.language) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
