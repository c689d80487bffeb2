import type { Revision } from '@/types/content';

import { hasChanges, revisionChanges, wordDiff } from './revision-diff';

const base: Revision = {
  contentId: 'c1',
  number: 1,
  title: 'Spring tea',
  body: 'The best tea in the world is back.',
  variants: { x: { body: 'Best tea, back now.' } },
  platforms: ['weibo', 'x'],
  tags: ['spring'],
  sponsored: false,
  crisis: false,
  scheduledAt: '2026-04-01T08:00:00Z',
  author: 'editor1',
  createdAt: '2026-03-01T10:00:00Z',
  fingerprint: 'f1',
  attachments: [],
};

describe('wordDiff', () => {
  it('keeps the words that stayed and marks the replaced ones', () => {
    expect(wordDiff('The best tea is back.', 'Our favourite tea is back.')).toEqual([
      { kind: 'removed', text: 'The best' },
      { kind: 'added', text: 'Our favourite' },
      { kind: 'same', text: ' tea is back.' },
    ]);
  });
});

describe('revisionChanges', () => {
  it('lists text, variant, platform, schedule, flag and tag changes', () => {
    const next: Revision = {
      ...base,
      number: 2,
      body: 'Our favourite tea is back.',
      variants: { x: { body: 'Our tea, back now.' } },
      platforms: ['x', 'linkedin'],
      tags: ['spring', 'tea'],
      sponsored: true,
      scheduledAt: '2026-04-02T08:00:00Z',
    };

    const changes = revisionChanges(base, next);

    expect(changes.texts.map((change) => change.field)).toEqual(['body', 'x.body']);
    expect(changes.platformsAdded).toEqual(['linkedin']);
    expect(changes.platformsRemoved).toEqual(['weibo']);
    expect(changes.schedule).toEqual({ from: '2026-04-01T08:00:00Z', to: '2026-04-02T08:00:00Z' });
    expect(changes.flags).toEqual([{ name: 'sponsored', to: true }]);
    expect([changes.tagsAdded, changes.tagsRemoved]).toEqual([['tea'], []]);
    expect(hasChanges(changes)).toBe(true);
  });

  it('finds nothing between identical revisions', () => {
    expect(hasChanges(revisionChanges(base, { ...base, number: 2 }))).toBe(false);
  });
});
