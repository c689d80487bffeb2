import { isApiError } from './api-client';

/**
 * The form field a 400 answer names: the server's validation messages start with the field
 * ("url: only https URLs are allowed"), so the message can show under that input. Undefined when the answer
 * is not a 400 or names none of the fields.
 */
export function problemField<F extends string>(error: unknown, fields: readonly F[]): { field: F; message: string } | undefined {
  if (!isApiError(error) || error.status !== 400) {
    return undefined;
  }
  const match = /^(\w+): (.*)$/s.exec(error.detail);
  const field = fields.find((name) => name === match?.[1]);
  return field && match ? { field, message: match[2] } : undefined;
}
