import { AppProvider, createQueryClient } from '@/app/provider';
import { render, screen, within } from '@/testing/test-utils';
import type { Delivery, PublicationSummary } from '@/types/dossier';

import { DeliveriesTable } from './deliveries-table';

const PUBLISHED: Delivery = {
  contentId: 'c1',
  revision: 2,
  platform: 'weibo',
  idempotencyKey: 'c1:2:weibo',
  state: 'PUBLISHED',
  attempts: 1,
  remoteUrl: 'https://weibo.example/p/1',
  publishedAt: '2026-03-01T10:00:00Z',
};
const FAILED: Delivery = {
  ...PUBLISHED,
  platform: 'x',
  idempotencyKey: 'c1:2:x',
  state: 'FAILED',
  remoteUrl: undefined,
  lastError: 'mastodon x status answered 422',
};
const BY_HAND: Delivery = { ...PUBLISHED, platform: 'douyin', idempotencyKey: 'c1:2:douyin', textMatches: false, recordedBy: 'lead1' };

function renderTable(deliveries: Delivery[], publication?: PublicationSummary) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <DeliveriesTable deliveries={deliveries} publication={publication} />
    </AppProvider>,
  );
}

describe('DeliveriesTable', () => {
  it('says a post with a published and a failed destination is partially published, and lists the queued one', () => {
    renderTable([PUBLISHED, FAILED], {
      revision: 2,
      state: 'PARTIALLY_PUBLISHED',
      destinations: [
        { platform: 'bilibili', state: 'QUEUED', attempts: 0 },
        { platform: 'weibo', state: 'PUBLISHED', attempts: 1 },
        { platform: 'x', state: 'FAILED', attempts: 1 },
      ],
    });

    expect(screen.getByTestId('publication-state')).toHaveTextContent('Partially published');
    const rows = within(screen.getByTestId('deliveries')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Platform'),
      expect.stringContaining('Published'),
      expect.stringMatching(/Failed.*answered 422/),
      expect.stringMatching(/Bilibili.*Queued/),
    ]);
  });

  it('shows the screenshot recorded with a post published by hand, linked to the full image', () => {
    renderTable([{ ...BY_HAND, textMatches: true, proofSha256: 'ab'.repeat(32), proofMediaType: 'image/png' }, PUBLISHED]);

    const links = screen.getAllByTestId('proof-link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', '/api/contents/c1/revisions/2/deliveries/douyin/proof');
    expect(within(links[0]).getByRole('img', { name: 'Screenshot of the post published on Douyin' })).toHaveAttribute(
      'src',
      '/api/contents/c1/revisions/2/deliveries/douyin/proof',
    );
  });

  it('flags a post published by hand whose text differs from the approved one', () => {
    renderTable([BY_HAND]);

    expect(screen.getByTestId('text-match')).toHaveTextContent('Published text differs from the approved text (lead1)');
  });
});
