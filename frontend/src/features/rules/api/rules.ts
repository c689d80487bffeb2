import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { FindingCategory, Severity } from '@/types/screening';

/** `GET /api/rules` (screening RuleSetView): the rule packs in effect, the brand glossary and the platform limits. */
export interface RuleSet {
  version: string;
  hash: string;
  packs: RulePack[];
  brand: BrandGlossary;
  platforms: PlatformLimits[];
}

export interface RulePack {
  id: string;
  version: string;
  description?: string;
  /** The file it was loaded from: `rules/packs/…` (packaged) or `external:…` (the organisation's folder). */
  source: string;
  external: boolean;
  languages: string[];
  category: FindingCategory;
  rules: Rule[];
  /** Only the disclosure pack: where a sponsored post's disclosure must stand. Its rules list the phrases that count. */
  disclosure?: DisclosureCondition;
}

export interface Rule {
  id: string;
  severity: Severity;
  languages: string[];
  phrases: string[];
  /** Java regular expressions. */
  patterns: string[];
  exceptions: string[];
  exceptionPatterns: string[];
  message: string;
  suggestion?: string;
  legalReference?: string;
  wordBoundary: boolean;
}

export interface DisclosureCondition {
  ruleId: string;
  severity: Severity;
  titleCounts: boolean;
  bodyChars: number;
  hashtagsBefore: number;
  message: string;
  suggestion?: string;
  legalReference?: string;
}

export interface BrandGlossary {
  brand: string;
  version: string;
  terms: { term: string; type: string; wrong: string[] }[];
  allowedDomains: string[];
  allowSubdomains: boolean;
  requireHttps: boolean;
  shorteners: string[];
  officialPhones: string[];
  /** The company's own WeChat ids and QQ numbers: never personal data. */
  officialMessengerIds: string[];
}

export interface PlatformLimits {
  platform: string;
  maxChars?: number;
  counting: string;
  maxTitleChars?: number;
  maxHashtags?: number;
  maxLinks?: number;
  maxMentions?: number;
}

export const rulesQueryOptions = () =>
  queryOptions({ queryKey: ['rules'] as const, queryFn: ({ signal }) => api.get<RuleSet>('/api/rules', { signal }) });

export function useRules() {
  return useQuery(rulesQueryOptions());
}

/** The rules of a pack that mention the query (case-insensitive) in their id, message, phrases or exceptions. */
export function rulesMatching(pack: RulePack, query: string): Rule[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) {
    return pack.rules;
  }
  const hit = (text?: string) => text?.toLowerCase().includes(wanted) ?? false;
  return pack.rules.filter(
    (rule) =>
      hit(rule.id) ||
      hit(rule.message) ||
      rule.phrases.some(hit) ||
      rule.exceptions.some(hit) ||
      rule.patterns.some(hit),
  );
}
