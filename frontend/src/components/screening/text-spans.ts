import type { Finding, Severity } from '@/types/screening';

/**
 * Pure helpers for findings over a screened text. Screening offsets index `title + "\n" + body`
 * (UTF-16 units, end exclusive).
 */

export const SEVERITY_RANK: Record<Severity, number> = { BLOCKER: 0, WARNING: 1, INFO: 2 };

export const SEVERITY_COLOR: Record<Severity, string> = { BLOCKER: 'red', WARNING: 'orange', INFO: 'blue' };

export function findingKey(finding: Finding): string {
  return `${finding.ruleId}:${finding.start}:${finding.end}`;
}

export function screenedText(title: string, body: string): string {
  return `${title}\n${body}`;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Findings covering this segment, most severe first. */
  findings: Finding[];
  /** Whether the segment belongs to the title (else the body; the separating newline belongs to neither). */
  inTitle: boolean;
}

/** Cuts the screened text at every finding boundary and at the title/body separator. */
export function segmentsOf(title: string, body: string, findings: readonly Finding[]): Segment[] {
  const text = screenedText(title, body);
  const cuts = new Set<number>([0, text.length, title.length, title.length + 1]);
  for (const finding of findings) {
    cuts.add(Math.min(Math.max(finding.start, 0), text.length));
    cuts.add(Math.min(Math.max(finding.end, 0), text.length));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < sorted.length - 1; index += 1) {
    const start = sorted[index]!;
    const end = sorted[index + 1]!;
    if (start === end || (start === title.length && end === title.length + 1)) {
      continue;
    }
    const covering = findings
      .filter((finding) => finding.start <= start && finding.end >= end && finding.end > finding.start)
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    segments.push({ start, end, text: text.slice(start, end), findings: covering, inTitle: end <= title.length });
  }
  return segments;
}

/**
 * The replacement texts a suggestion offers. Rule packs write advice ("Describe what makes the product good
 * instead, e.g. "our favourite jasmine tea".") where the quoted examples are replacements; brand terms and
 * language checks suggest the corrected words themselves. Advice without an example offers none.
 */
export function replacementsOf(suggestion: string): string[] {
  const example = /(?:e\.g\.|for example|例如|比如|如)\s*[:：]?\s*(.*)$/iu.exec(suggestion);
  if (example) {
    const quoted = [...example[1]!.matchAll(/["“「『]([^"”」』]+)["”」』]/gu)].map((match) => match[1]!.trim());
    return quoted.filter((text) => text !== '' && !/[<>]/.test(text));
  }
  const sentence = /[.。!！?？;；]\s*$/u.test(suggestion) || /[，,]\s/u.test(suggestion);
  return !sentence && suggestion.trim() !== '' && suggestion.length <= 40 ? [suggestion.trim()] : [];
}

export interface EditedText {
  title: string;
  body: string;
}

/**
 * Replaces a finding's span in the title or the body. Returns undefined when the span crosses the separator
 * or the text there is no longer the finding's excerpt (the user typed since it was screened).
 */
export function applyReplacement(title: string, body: string, finding: Finding, replacement: string): EditedText | undefined {
  const text = screenedText(title, body);
  if (text.slice(finding.start, finding.end) !== finding.excerpt) {
    return undefined;
  }
  if (finding.end <= title.length) {
    return { title: title.slice(0, finding.start) + replacement + title.slice(finding.end), body };
  }
  const offset = title.length + 1;
  if (finding.start >= offset) {
    return { title, body: body.slice(0, finding.start - offset) + replacement + body.slice(finding.end - offset) };
  }
  return undefined;
}
