import { Button, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface MessagePageProps {
  title: string;
  body: string;
  /** An action below the message, e.g. a link back or a retry button. */
  action?: ReactNode;
  testId?: string;
}

/** A page that only says something: not allowed, not found, an error. */
export function MessagePage({ title, body, action, testId }: MessagePageProps) {
  return (
    <Stack gap="sm" maw={640} data-testid={testId}>
      <Title order={1}>{title}</Title>
      <Text>{body}</Text>
      {action}
    </Stack>
  );
}

export function RetryButton({ label, onRetry }: { label: string; onRetry: () => void }) {
  return (
    <div>
      <Button variant="light" onClick={onRetry}>
        {label}
      </Button>
    </div>
  );
}
