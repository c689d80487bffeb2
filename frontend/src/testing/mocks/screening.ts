import { http, HttpResponse } from 'msw';

import type { Finding, ScreeningReport, ScreeningRequest } from '@/types/screening';

/**
 * A small stand-in for `POST /api/screenings`: finds the phrases below in title + "\n" + text at their real offsets,
 * blocks on BLOCKER findings and asks for legal sign-off for sponsored posts, as the server's routing does.
 */
const PHRASES: Omit<Finding, 'start' | 'end' | 'excerpt'>[] = [
  {
    category: 'ABSOLUTE_CLAIM',
    ruleId: 'en-superlative',
    severity: 'BLOCKER',
    message: 'An absolute superlative claim cannot be substantiated.',
    suggestions: ['Describe what makes the product good instead, e.g. "our favourite jasmine tea".'],
    legalReference: 'FTC Act §5',
  },
  {
    category: 'SPELLING',
    ruleId: 'MORFOLOGIK_RULE_EN_US',
    severity: 'INFO',
    message: 'Possible spelling mistake.',
    suggestions: ['jasmine'],
  },
];
const EXCERPTS: Record<string, string> = { 'en-superlative': 'the best tea in the world', MORFOLOGIK_RULE_EN_US: 'jasmin' };

export function screen(request: ScreeningRequest): ScreeningReport {
  const text = `${request.title}\n${request.text}`;
  const findings: Finding[] = [];
  for (const phrase of PHRASES) {
    const excerpt = EXCERPTS[phrase.ruleId]!;
    const pattern = new RegExp(`\\b${excerpt}\\b`, 'g');
    for (const match of text.matchAll(pattern)) {
      findings.push({ ...phrase, start: match.index, end: match.index + excerpt.length, excerpt });
    }
  }
  return {
    platform: request.platform,
    language: 'en-US',
    blocking: findings.some((finding) => finding.severity === 'BLOCKER'),
    routing: { reviewGroup: 'reviewers', legalRequired: request.sponsored || request.crisis, slaHours: 24 },
    findings,
    offsets: 'title+\n+text',
  };
}

export const screeningHandler = http.post('*/api/screenings', async ({ request }) =>
  HttpResponse.json(screen((await request.json()) as ScreeningRequest)),
);
