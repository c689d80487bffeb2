import { http, HttpResponse } from 'msw';

import { problem, signInAs } from '@/testing/mocks/handlers';
import { screeningHandler } from '@/testing/mocks/screening';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, userEvent, waitFor, within } from '@/testing/test-utils';

import type { RuleSet } from '../api/rules';

const RULES: RuleSet = {
  version: '2025.11.1',
  hash: 'ab12'.repeat(16),
  packs: [
    {
      id: 'absolute-claims-zh',
      version: '1.4.0',
      description: '绝对化用语',
      source: 'rules/packs/absolute-claims-zh.yaml',
      external: false,
      languages: ['zh-CN'],
      category: 'ABSOLUTE_CLAIM',
      rules: [
        {
          id: 'zh-superlative',
          severity: 'BLOCKER',
          languages: ['zh-CN'],
          phrases: ['最好', '最佳', '第一'],
          patterns: [],
          exceptions: ['最佳赏味期'],
          exceptionPatterns: [],
          message: '绝对化用语违反《广告法》第九条。',
          suggestion: '改用具体描述。',
          legalReference: '《中华人民共和国广告法》第九条第三项',
          wordBoundary: true,
        },
      ],
    },
    {
      id: 'acme-claims',
      version: '0.1.0',
      source: 'external:/etc/postgate/rules/packs/acme.yaml',
      external: true,
      languages: ['en-US'],
      category: 'ABSOLUTE_CLAIM',
      rules: [
        {
          id: 'acme-miracle',
          severity: 'WARNING',
          languages: ['en-US'],
          phrases: ['miracle tea'],
          patterns: ['\\bmiracle\\s+brew\\b'],
          exceptions: [],
          exceptionPatterns: [],
          message: 'Avoid miracle wording.',
          wordBoundary: true,
        },
      ],
    },
    {
      id: 'disclosure',
      version: '1.1.0',
      source: 'rules/packs/disclosure.yaml',
      external: false,
      languages: ['en-US', 'zh-CN'],
      category: 'MISSING_DISCLOSURE',
      rules: [
        {
          id: 'disclosure-en',
          severity: 'BLOCKER',
          languages: ['en-US'],
          phrases: ['#ad', 'paid partnership'],
          patterns: [],
          exceptions: [],
          exceptionPatterns: [],
          message: '',
          wordBoundary: true,
        },
      ],
      disclosure: { ruleId: 'missing-disclosure', severity: 'BLOCKER', titleCounts: true, bodyChars: 200, hashtagsBefore: 2, message: 'm' },
    },
  ],
  brand: {
    brand: 'Northwind Tea',
    version: '2',
    terms: [{ term: 'Northwind Tea', type: 'brand', wrong: ['NorthWind Tea', 'Northwind tea'] }],
    allowedDomains: ['northwind.example'],
    allowSubdomains: true,
    requireHttps: true,
    shorteners: ['bit.ly'],
    officialPhones: ['400-820-0000'],
    officialMessengerIds: ['NorthwindTea_CN'],
  },
  platforms: [
    { platform: 'weibo', maxChars: 2000, counting: 'codepoints', maxHashtags: 10 },
    { platform: 'x', maxChars: 280, counting: 'x-weighted', maxHashtags: 3, maxMentions: 10 },
  ],
};

describe('RulesPage', () => {
  beforeEach(() => {
    server.use(http.get('*/api/rules', () => HttpResponse.json(RULES)), screeningHandler);
  });

  it('shows the rule set version and hash, every pack, the brand glossary and the platform limits', async () => {
    signInAs('compliance1');
    renderApp('/rules');

    expect(await screen.findByTestId('rule-set-hash')).toHaveTextContent(RULES.hash);
    expect(screen.getByTestId('rule-set-summary')).toHaveTextContent('3 packs, 3 rules, 6 phrases; 1 packs from your organisation');
    expect(screen.getByTestId('pack-acme-claims')).toHaveTextContent('Your organisation');
    expect(within(screen.getByTestId('brand-terms')).getByText('NorthWind Tea')).toBeInTheDocument();
    expect(screen.getByTestId('brand-glossary')).toHaveTextContent('Official numbers (not personal data): 400-820-0000');
    expect(screen.getByTestId('brand-glossary')).toHaveTextContent('Official WeChat and QQ accounts (not personal data): NorthwindTea_CN');
    const limits = within(screen.getByTestId('platform-limits')).getAllByRole('row');
    expect(limits[2]).toHaveTextContent(/X.*280 \(weighted as X counts\).*3.*10/);
  });

  it('finds the rule that catches a phrase, opens its pack and marks the phrase', async () => {
    signInAs('compliance1');
    renderApp('/rules');
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /search the rules/i }), '最佳');

    expect(screen.queryByTestId('pack-acme-claims')).not.toBeInTheDocument();
    const rule = await screen.findByTestId('rule-zh-superlative');
    await waitFor(() => expect(rule).toBeVisible());
    expect(within(rule).getByText('最佳').closest('[data-match]')).not.toBeNull();
    expect(within(rule).getByText('最好').closest('[data-match]')).toBeNull();
    expect(rule).toHaveTextContent('《中华人民共和国广告法》第九条第三项');

    await user.clear(screen.getByRole('textbox', { name: /search the rules/i }));
    await user.type(screen.getByRole('textbox', { name: /search the rules/i }), 'no rule says this');
    expect(screen.getByTestId('rules-no-match')).toHaveTextContent('No rule mentions “no rule says this”.');
  });

  it('explains where a sponsored post’s disclosure must stand', async () => {
    signInAs('admin');
    renderApp('/rules');

    expect(await screen.findByTestId('disclosure-condition', {}, { timeout: 3000 })).toHaveTextContent(
      'in its title, or within the first 200 characters of its text, not after 2 or more hashtags in a row',
    );
    expect(within(screen.getByTestId('pack-disclosure')).getByText('Phrases that count as a disclosure (2)')).toBeInTheDocument();
  });

  it('screens a text typed into the tester with the rules in effect', async () => {
    signInAs('compliance1');
    renderApp('/rules');
    const user = userEvent.setup();
    const tester = await screen.findByTestId('rule-tester');

    await user.type(within(tester).getByRole('textbox', { name: 'Text' }), 'We brew the best tea in the world.');

    await waitFor(() => expect(within(tester).getByTestId('tester-banner')).toHaveTextContent('Would be blocked: 1 blocking finding'), {
      timeout: 3000,
    });
    expect(within(tester).getByTestId('category-ABSOLUTE_CLAIM')).toHaveTextContent('the best tea in the world');
  });

  it('says so when the rules cannot be loaded', async () => {
    server.use(http.get('*/api/rules', () => problem(403, 'Forbidden', 'only compliance officers and admins read the rules')));
    signInAs('compliance1');
    renderApp('/rules');

    expect(await screen.findByRole('alert')).toHaveTextContent('only compliance officers and admins read the rules');
  });
});
