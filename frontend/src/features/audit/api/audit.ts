import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AuditPage, VerificationReport } from '@/types/audit';

/** The search of `GET /api/audit` and `GET /api/audit/export`; `from`/`to` are ISO instants. */
export interface AuditFilter {
  contentId?: string;
  actor?: string;
  eventType?: string;
  platform?: string;
  from?: string;
  to?: string;
}

export const AUDIT_PAGE_SIZE = 50;

function params(filter: AuditFilter, extra: Record<string, string | number> = {}): URLSearchParams {
  const result = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra })) {
    if (value !== undefined && value !== '') {
      result.set(key, String(value));
    }
  }
  return result;
}

export function searchAudit(filter: AuditFilter, page: number, signal?: AbortSignal): Promise<AuditPage> {
  return api.get<AuditPage>(`/api/audit?${params(filter, { page, size: AUDIT_PAGE_SIZE }).toString()}`, { signal });
}

export const auditQueryOptions = (filter: AuditFilter, page: number) =>
  queryOptions({
    queryKey: ['audit', 'search', filter, page] as const,
    queryFn: ({ signal }) => searchAudit(filter, page, signal),
    placeholderData: keepPreviousData,
  });

export function useAuditSearch(filter: AuditFilter, page: number) {
  return useQuery(auditQueryOptions(filter, page));
}

/** Where the browser downloads the whole result of a search (not only the page shown). */
export function exportUrl(filter: AuditFilter, format: 'csv' | 'json'): string {
  return `/api/audit/export?${params(filter, { format }).toString()}`;
}

/** `GET /api/audit/verify` recomputes the whole chain: run on demand, not on every visit. */
export const verifyAudit = () => api.get<VerificationReport>('/api/audit/verify');

export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
