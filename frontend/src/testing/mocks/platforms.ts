import type { PlatformLimits } from '@/features/content/platform-limits';

const LATIN_HASHTAG = '#[\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*';
const NON_SPACE_HASHTAG = '#[^\\s#]+';
const MENTION = '(?<![\\p{L}\\p{N}_.+\\-@])@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*';

/** A part of rules/platforms.yaml as `GET /api/platforms` serves it. */
export const PLATFORM_LIMITS: PlatformLimits[] = [
  { platform: 'x', maxChars: 280, counting: 'x-weighted', maxHashtags: 3, maxLinks: 2, maxMentions: 10, hashtagPattern: LATIN_HASHTAG, mentionPattern: MENTION },
  { platform: 'weibo', maxChars: 2000, counting: 'codepoints', maxHashtags: 5, maxLinks: 3, maxMentions: 10, hashtagPattern: '#[^#\\n]+#', mentionPattern: MENTION },
  { platform: 'wechat', maxChars: 20000, counting: 'codepoints', maxTitleChars: 64, maxHashtags: 5, maxLinks: 1, maxMentions: 10, hashtagPattern: NON_SPACE_HASHTAG, mentionPattern: MENTION },
  { platform: 'linkedin', maxChars: 3000, counting: 'codepoints', maxHashtags: 5, maxLinks: 3, maxMentions: 20, hashtagPattern: LATIN_HASHTAG, mentionPattern: MENTION },
];

export const limitsOf = (platform: string) => PLATFORM_LIMITS.find((limits) => limits.platform === platform);
