import { diffWords } from 'diff';

import type { Platform, Revision } from '@/types/content';

/** One run of a word-level diff: kept, added or removed text. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface TextChange {
  /** "title", "body", or a platform's variant ("weibo.title"). */
  field: string;
  parts: DiffPart[];
}

export interface RevisionChanges {
  texts: TextChange[];
  platformsAdded: Platform[];
  platformsRemoved: Platform[];
  schedule?: { from?: string; to?: string };
  flags: { name: 'sponsored' | 'crisis'; to: boolean }[];
  tagsAdded: string[];
  tagsRemoved: string[];
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

function textChange(field: string, before: string, after: string): TextChange[] {
  return before === after ? [] : [{ field, parts: wordDiff(before, after) }];
}

/** What changed from one revision to the next: words of title, text and variants, platforms, schedule, flags, tags. */
export function revisionChanges(previous: Revision, current: Revision): RevisionChanges {
  const variantPlatforms = [...new Set([...Object.keys(previous.variants), ...Object.keys(current.variants)])].sort() as Platform[];
  const texts = [
    ...textChange('title', previous.title, current.title),
    ...textChange('body', previous.body, current.body),
    ...variantPlatforms.flatMap((platform) => [
      ...textChange(`${platform}.title`, previous.variants[platform]?.title ?? '', current.variants[platform]?.title ?? ''),
      ...textChange(`${platform}.body`, previous.variants[platform]?.body ?? '', current.variants[platform]?.body ?? ''),
    ]),
  ];
  const flags = (['sponsored', 'crisis'] as const)
    .filter((name) => previous[name] !== current[name])
    .map((name) => ({ name, to: current[name] }));
  return {
    texts,
    platformsAdded: current.platforms.filter((platform) => !previous.platforms.includes(platform)),
    platformsRemoved: previous.platforms.filter((platform) => !current.platforms.includes(platform)),
    schedule: previous.scheduledAt === current.scheduledAt ? undefined : { from: previous.scheduledAt, to: current.scheduledAt },
    flags,
    tagsAdded: current.tags.filter((tag) => !previous.tags.includes(tag)),
    tagsRemoved: previous.tags.filter((tag) => !current.tags.includes(tag)),
  };
}

export function hasChanges(changes: RevisionChanges): boolean {
  return (
    changes.texts.length > 0 ||
    changes.platformsAdded.length > 0 ||
    changes.platformsRemoved.length > 0 ||
    changes.schedule !== undefined ||
    changes.flags.length > 0 ||
    changes.tagsAdded.length > 0 ||
    changes.tagsRemoved.length > 0
  );
}
