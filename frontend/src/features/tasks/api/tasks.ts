import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { PUBLISH_BY_HAND_TASK_KEY, REVIEW_TASK_KEYS, type CompleteRequest, type TaskView } from '@/types/task';

const TASKS_KEY = ['tasks'] as const;

/** The task list updates itself this often, so nobody reloads to see new work. */
export const TASKS_REFRESH_MS = 10_000;

export interface TaskFilter {
  mine: boolean;
  platform?: string;
  crisis?: boolean;
  overdue?: boolean;
}

/** The caller's review, sign-off and publish-by-hand tasks, soonest SLA first. */
export async function listTasks(filter: TaskFilter, signal?: AbortSignal): Promise<TaskView[]> {
  const params = new URLSearchParams({ mine: String(filter.mine), sort: 'due', size: '200' });
  if (filter.platform) {
    params.set('platform', filter.platform);
  }
  if (filter.crisis !== undefined) {
    params.set('crisis', String(filter.crisis));
  }
  if (filter.overdue !== undefined) {
    params.set('overdue', String(filter.overdue));
  }
  const tasks = await api.get<TaskView[]>(`/api/tasks?${params.toString()}`, { signal });
  // an editor's "create draft" task is done by submitting, never through this list
  return tasks.filter(
    (task) => (REVIEW_TASK_KEYS as readonly string[]).includes(task.taskKey) || task.taskKey === PUBLISH_BY_HAND_TASK_KEY,
  );
}

export const tasksQueryOptions = (filter: TaskFilter) =>
  queryOptions({
    queryKey: [...TASKS_KEY, filter] as const,
    queryFn: ({ signal }) => listTasks(filter, signal),
    refetchInterval: TASKS_REFRESH_MS,
  });

export function useTasks(filter: TaskFilter) {
  return useQuery(tasksQueryOptions(filter));
}

export const claimTask = (id: string) => api.post<TaskView>(`/api/tasks/${encodeURIComponent(id)}/claim`);
export const unclaimTask = (id: string) => api.post<TaskView>(`/api/tasks/${encodeURIComponent(id)}/unclaim`);
export const completeTask = ({ id, request }: { id: string; request: CompleteRequest }) =>
  api.post<void>(`/api/tasks/${encodeURIComponent(id)}/complete`, request);

function useTaskCommand<V, R>(command: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: command,
    onSettled: () => queryClient.invalidateQueries({ queryKey: TASKS_KEY }),
  });
}

export const useClaimTask = () => useTaskCommand(claimTask);
export const useUnclaimTask = () => useTaskCommand(unclaimTask);
export const useCompleteTask = () => useTaskCommand(completeTask);
