import { AppProvider, createQueryClient } from '@/app/provider';
import { render, screen, within } from '@/testing/test-utils';
import type { Revision } from '@/types/content';

import { RevisionDiff } from './revision-diff';

const first: Revision = {
  contentId: 'c1',
  number: 1,
  title: 'Spring tea',
  body: 'The best tea in the world is back.',
  variants: {},
  platforms: ['weibo'],
  tags: [],
  sponsored: false,
  crisis: false,
  author: 'editor1',
  createdAt: '2026-03-01T10:00:00Z',
  fingerprint: 'f1',
  attachments: [],
};

function renderDiff(previous: Revision | undefined, current: Revision) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <RevisionDiff previous={previous} current={current} />
    </AppProvider>,
  );
}

describe('RevisionDiff', () => {
  it('shows removed and added words of the text, and added platforms', () => {
    renderDiff(first, { ...first, number: 2, body: 'Our favourite tea is back.', platforms: ['weibo', 'x'] });

    expect(screen.getByRole('heading', { name: 'Changes from revision 1 to 2' })).toBeInTheDocument();
    const body = screen.getByTestId('diff-body');
    expect(within(body).getByText('The best', { selector: 'del' })).toBeInTheDocument();
    expect(within(body).getByText('Our favourite', { selector: 'ins' })).toBeInTheDocument();
    expect(screen.queryByTestId('diff-title')).not.toBeInTheDocument();
    expect(screen.getByTestId('diff-platforms')).toHaveTextContent('+ X');
  });

  it('says when there is no earlier revision', () => {
    renderDiff(undefined, first);

    expect(screen.getByTestId('revision-diff')).toHaveTextContent('This is the first revision');
  });
});
