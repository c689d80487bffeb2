import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';

import { TaskPage } from './components/task-page';
import { TasksPage } from './components/tasks-page';

/** Everything below /tasks. */
export function TasksRoutes({ notFound }: { notFound: ReactNode }) {
  return (
    <Routes>
      <Route index element={<TasksPage />} />
      <Route path=":taskId" element={<TaskPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
