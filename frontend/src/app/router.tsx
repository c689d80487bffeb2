import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';

import { AdminPage } from '@/features/admin';
import { AuditPage } from '@/features/audit';
import { CalendarPage } from '@/features/calendar';
import { ContentStatusPage, DraftsRoutes } from '@/features/content';
import { RulesPage } from '@/features/rules';
import { TasksRoutes } from '@/features/tasks';

import { AppLayout } from './layout/app-layout';
import { NAVIGATION, type NavKey } from './navigation';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundPage } from './routes/not-allowed';
import { LOGIN_PATH } from './routes/paths';
import { RequireAuth } from './routes/require-auth';
import { RequireNav } from './routes/require-nav';

/** The page behind each navigation item (which may route further below its path, e.g. `/drafts/:id`). */
const PAGES: Record<NavKey, ReactNode> = {
  drafts: <DraftsRoutes notFound={<NotFoundPage />} />,
  tasks: <TasksRoutes notFound={<NotFoundPage />} />,
  calendar: <CalendarPage />,
  audit: <AuditPage />,
  rules: <RulesPage />,
  admin: <AdminPage />,
};

export const routes: RouteObject[] = [
  { path: LOGIN_PATH, element: <LoginRoute /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomeRoute /> },
          ...NAVIGATION.map((item) => ({
            path: `${item.path}/*`,
            element: <RequireNav navKey={item.key}>{PAGES[item.key]}</RequireNav>,
          })),
          // every signed-in user may open an item's status page; the server answers 403/404 for what they may not read
          { path: 'contents/:id', element: <ContentStatusPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
