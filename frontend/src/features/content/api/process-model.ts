import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

/** `GET /api/process-model`: the deployed content-approval BPMN (XML). */
export function getProcessModel(signal?: AbortSignal): Promise<string> {
  return api.getText('/api/process-model', { signal, headers: { Accept: 'application/xml, application/problem+json' } });
}

export const processModelQueryOptions = () =>
  queryOptions({ queryKey: ['process-model'] as const, queryFn: ({ signal }) => getProcessModel(signal), staleTime: Infinity });

export function useProcessModel() {
  return useQuery(processModelQueryOptions());
}
