import { Paper, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Finding } from '@/types/screening';

import classes from './screening.module.css';
import { findingKey, segmentsOf } from './text-spans';

export interface HighlightedTextProps {
  title: string;
  body: string;
  findings: readonly Finding[];
  /** The finding to emphasise, e.g. the one focused in the side panel. */
  activeKey?: string;
}

/** A read-only mirror of the screened title and body with every finding marked, coloured by severity. */
export function HighlightedText({ title, body, findings, activeKey }: HighlightedTextProps) {
  const { t } = useTranslation();
  const segments = segmentsOf(title, body, findings);
  return (
    <Paper withBorder p="md" radius="sm" className={classes.mirror} data-testid="highlighted-text">
      <VisuallyHidden>{t('screening.mirrorLabel')}</VisuallyHidden>
      {(['title', 'body'] as const).map((part) => (
        <Text
          key={part}
          component="div"
          fw={part === 'title' ? 700 : undefined}
          className={classes.text}
          data-testid={`highlighted-${part}`}
        >
          {segments
            .filter((segment) => segment.inTitle === (part === 'title') && segment.start !== title.length)
            .map((segment) => {
              const top = segment.findings[0];
              if (!top) {
                return <span key={segment.start}>{segment.text}</span>;
              }
              const active = segment.findings.some((finding) => findingKey(finding) === activeKey);
              return (
                <mark
                  key={segment.start}
                  className={classes.mark}
                  data-severity={top.severity}
                  data-active={active || undefined}
                  data-testid="highlight"
                  title={segment.findings.map((finding) => finding.message).join('\n')}
                >
                  {segment.text}
                  <VisuallyHidden>{` (${t(`severity.${top.severity}`)}: ${t(`category.${top.category}`)})`}</VisuallyHidden>
                </mark>
              );
            })}
        </Text>
      ))}
    </Paper>
  );
}
