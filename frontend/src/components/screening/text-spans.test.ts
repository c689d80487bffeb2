import type { Finding } from '@/types/screening';

import { applyReplacement, replacementsOf, segmentsOf } from './text-spans';

function finding(start: number, end: number, excerpt: string, severity: Finding['severity'] = 'BLOCKER'): Finding {
  return { category: 'ABSOLUTE_CLAIM', ruleId: 'en-superlative', severity, start, end, excerpt, message: 'm', suggestions: [] };
}

describe('replacementsOf', () => {
  it('offers the quoted examples of advice', () => {
    expect(replacementsOf('Describe what makes the product good instead, e.g. "our favourite jasmine tea".')).toEqual([
      'our favourite jasmine tea',
    ]);
    expect(replacementsOf('改为客观、可证实的描述，例如"我们精选的""深受顾客喜爱的"。')).toEqual(['我们精选的', '深受顾客喜爱的']);
  });

  it('offers a corrected term as it is, and nothing for advice without an example', () => {
    expect(replacementsOf('Northwind Tea')).toEqual(['Northwind Tea']);
    expect(replacementsOf('再次')).toEqual(['再次']);
    expect(replacementsOf('Remove the word or rephrase in a neutral tone.')).toEqual([]);
    expect(replacementsOf('Start the post with a disclosure, e.g. "#ad Paid partnership with <brand>"')).toEqual([]);
  });
});

describe('applyReplacement', () => {
  it('replaces a span in the body, counting the title and the separator', () => {
    const title = 'Tea';
    const body = 'Try the best tea in the world!';
    const claim = finding(8, 33, 'the best tea in the world');
    expect(applyReplacement(title, body, claim, 'our jasmine tea')).toEqual({ title, body: 'Try our jasmine tea!' });
  });

  it('replaces a span in the title', () => {
    expect(applyReplacement('Best ever', 'body', finding(0, 9, 'Best ever'), 'Spring')).toEqual({ title: 'Spring', body: 'body' });
  });

  it('refuses when the text changed since screening', () => {
    expect(applyReplacement('Tea', 'Try a tea', finding(12, 37, 'the best tea in the world'), 'x')).toBeUndefined();
  });
});

describe('segmentsOf', () => {
  it('splits title and body and marks covered segments by their most severe finding', () => {
    const segments = segmentsOf('Tea', 'the best tea', [finding(4, 12, 'the best', 'WARNING'), finding(8, 16, 'best tea')]);
    const marked = segments.filter((segment) => segment.findings.length > 0);
    expect(segments[0]).toMatchObject({ text: 'Tea', inTitle: true, findings: [] });
    expect(marked.map((segment) => [segment.text, segment.findings[0]!.severity])).toEqual([
      ['the ', 'WARNING'],
      ['best', 'BLOCKER'],
      [' tea', 'BLOCKER'],
    ]);
  });
});
