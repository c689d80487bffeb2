import { Accordion, Badge, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { SEVERITY_COLOR } from '@/components/screening';

import { rulesMatching, type Rule, type RulePack } from '../api/rules';

/** Every pack with its rules, searchable by phrase, rule id or message ("which rule catches 最佳?"). */
export function PackList({ packs }: { packs: readonly RulePack[] }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = packs
    .map((pack) => ({ pack, rules: pack.id.includes(query.trim().toLowerCase()) ? pack.rules : rulesMatching(pack, query) }))
    .filter(({ rules }) => rules.length > 0);
  const searching = query.trim() !== '';
  return (
    <Stack gap="sm" component="section" aria-labelledby="packs-title">
      <Title order={2} size="h4" id="packs-title">
        {t('rules.packs.title')}
      </Title>
      <TextInput
        label={t('rules.packs.search')}
        description={t('rules.packs.searchHint')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        data-testid="rules-search"
      />
      {shown.length === 0 ? (
        <Text c="dimmed" data-testid="rules-no-match">
          {t('rules.packs.noMatch', { query: query.trim() })}
        </Text>
      ) : (
        <Accordion
          multiple
          variant="separated"
          key={searching ? 'searching' : 'all'}
          defaultValue={searching ? shown.map(({ pack }) => pack.id) : []}
        >
          {shown.map(({ pack, rules }) => (
            <Accordion.Item key={pack.id} value={pack.id} data-testid={`pack-${pack.id}`}>
              <Accordion.Control>
                <Group gap="xs" wrap="wrap">
                  <Text fw={600}>{pack.id}</Text>
                  <Badge variant="light">{pack.version}</Badge>
                  <Badge variant="outline">{t(`category.${pack.category}`)}</Badge>
                  {pack.languages.map((language) => (
                    <Badge key={language} variant="dot" color="gray">
                      {language}
                    </Badge>
                  ))}
                  {pack.external && <Badge color="grape">{t('rules.packs.external')}</Badge>}
                  <Text size="sm" c="dimmed">
                    {t('rules.packs.ruleCount', { count: rules.length })}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {pack.description && <Text size="sm">{pack.description}</Text>}
                  <Text size="xs" c="dimmed">
                    {t('rules.packs.source')}: <Code>{pack.source}</Code>
                  </Text>
                  {pack.disclosure && (
                    <Text size="sm" data-testid="disclosure-condition">
                      {t(pack.disclosure.titleCounts ? 'rules.packs.disclosureWithTitle' : 'rules.packs.disclosure', {
                        chars: pack.disclosure.bodyChars,
                        hashtags: pack.disclosure.hashtagsBefore,
                      })}
                    </Text>
                  )}
                  {rules.map((rule) => (
                    <RuleCard key={rule.id} rule={rule} disclosure={pack.disclosure !== undefined} query={query} />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </Stack>
  );
}

function RuleCard({ rule, disclosure, query }: { rule: Rule; disclosure: boolean; query: string }) {
  const { t } = useTranslation();
  const wanted = query.trim().toLowerCase();
  return (
    <Stack gap={6} p="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }} data-testid={`rule-${rule.id}`}>
      <Group gap="xs">
        <Code>{rule.id}</Code>
        {!disclosure && (
          <Badge size="sm" color={SEVERITY_COLOR[rule.severity]}>
            {t(`severity.${rule.severity}`)}
          </Badge>
        )}
      </Group>
      {!disclosure && <Text size="sm">{rule.message}</Text>}
      {!disclosure && rule.suggestion && (
        <Text size="sm" c="dimmed">
          {t('rules.packs.suggestion')}: {rule.suggestion}
        </Text>
      )}
      {rule.legalReference && (
        <Text size="xs" c="dimmed">
          {t('rules.packs.legalReference')}: {rule.legalReference}
        </Text>
      )}
      <Terms
        label={disclosure ? t('rules.packs.disclosurePhrases') : t('rules.packs.phrases')}
        terms={rule.phrases}
        wanted={wanted}
        testId="phrases"
      />
      <Terms label={t('rules.packs.patterns')} terms={rule.patterns} wanted={wanted} code />
      <Terms label={t('rules.packs.exceptions')} terms={rule.exceptions} wanted={wanted} />
      <Terms label={t('rules.packs.exceptionPatterns')} terms={rule.exceptionPatterns} wanted={wanted} code />
    </Stack>
  );
}

/** A labelled list of phrases or patterns; those containing the search are marked. */
function Terms({
  label,
  terms,
  wanted,
  code = false,
  testId,
}: {
  label: string;
  terms: readonly string[];
  wanted: string;
  code?: boolean;
  testId?: string;
}) {
  if (terms.length === 0) {
    return null;
  }
  return (
    <div data-testid={testId}>
      <Text size="xs" fw={600} c="dimmed">
        {label} ({terms.length})
      </Text>
      {code ? (
        <Stack gap={2}>
          {terms.map((term, index) => (
            <Code key={`${index}-${term}`} block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {term}
            </Code>
          ))}
        </Stack>
      ) : (
        <Group gap={4}>
          {terms.map((term, index) => {
            const match = wanted !== '' && term.toLowerCase().includes(wanted);
            return (
              <Badge key={`${index}-${term}`} variant={match ? 'filled' : 'light'} color={match ? 'yellow' : 'gray'} tt="none" data-match={match || undefined}>
                {term}
              </Badge>
            );
          })}
        </Group>
      )}
    </div>
  );
}
