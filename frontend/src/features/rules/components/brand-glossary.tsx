import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { BrandGlossary } from '../api/rules';

/** The brand's correct spellings and the wrong variants screening flags, and the link policy. */
export function BrandGlossarySection({ brand }: { brand: BrandGlossary }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="brand-title" data-testid="brand-glossary">
      <Title order={2} size="h4" id="brand-title">
        {t('rules.brand.title', { brand: brand.brand, version: brand.version })}
      </Title>
      <Table.ScrollContainer minWidth={480} mt="xs">
        <Table data-testid="brand-terms">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rules.brand.term')}</Table.Th>
              <Table.Th>{t('rules.brand.type')}</Table.Th>
              <Table.Th>{t('rules.brand.wrong')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {brand.terms.map((term) => (
              <Table.Tr key={term.term}>
                <Table.Td fw={600}>{term.term}</Table.Td>
                <Table.Td>{term.type}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {term.wrong.map((wrong) => (
                      <Badge key={wrong} variant="light" color="red" tt="none">
                        {wrong}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap={4} mt="sm">
        <Listed label={t('rules.brand.allowedDomains')} values={brand.allowedDomains} />
        <Text size="sm">
          {t(brand.allowSubdomains ? 'rules.brand.subdomainsAllowed' : 'rules.brand.subdomainsNotAllowed')}{' '}
          {t(brand.requireHttps ? 'rules.brand.httpsRequired' : 'rules.brand.httpsNotRequired')}
        </Text>
        <Listed label={t('rules.brand.shorteners')} values={brand.shorteners} />
        <Listed label={t('rules.brand.officialPhones')} values={brand.officialPhones} />
        <Listed label={t('rules.brand.officialMessengerIds')} values={brand.officialMessengerIds} />
      </Stack>
    </Paper>
  );
}

function Listed({ label, values }: { label: string; values: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {values.length > 0 ? values.join(', ') : t('rules.brand.none')}
    </Text>
  );
}
