import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';

import { AppProvider, createQueryClient } from '@/app/provider';
import { routes } from '@/app/router';

/** Renders the whole app (providers, routes) at a path, against the MSW mock server. */
export function renderApp(path = '/') {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, queryClient };
}

export * from '@testing-library/react';
export { default as userEvent } from '@testing-library/user-event';
