import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

/** One deployed model (workflow ProcessDefinitions.DeployedDefinition). */
export interface DeployedDefinition {
  type: 'BPMN' | 'DMN';
  key: string;
  name?: string;
  version: number;
  resource: string;
  deploymentId: string;
  suspended: boolean;
  historyTimeToLiveDays?: number;
}

export const getProcessDefinitions = (signal?: AbortSignal) =>
  api.get<DeployedDefinition[]>('/api/admin/process-definitions', { signal });

export const processDefinitionsQueryOptions = () =>
  queryOptions({ queryKey: ['admin', 'process-definitions'] as const, queryFn: ({ signal }) => getProcessDefinitions(signal) });

export function useProcessDefinitions() {
  return useQuery(processDefinitionsQueryOptions());
}
