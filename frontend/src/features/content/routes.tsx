import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';

import { EditDraftPage, NewDraftPage } from './components/composer-page';
import { DraftsPage } from './components/drafts-page';

/** Everything below /drafts. */
export function DraftsRoutes({ notFound }: { notFound: ReactNode }) {
  return (
    <Routes>
      <Route index element={<DraftsPage />} />
      <Route path="new" element={<NewDraftPage />} />
      <Route path=":id/edit" element={<EditDraftPage />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}
