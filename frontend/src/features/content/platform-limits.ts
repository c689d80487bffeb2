import type { Platform } from '@/types/content';

/**
 * The limits of rules/platforms.yaml (version 2), for the live counters while typing. The server has no API for
 * them yet; its PLATFORM_LIMIT findings stay authoritative.
 */
export interface PlatformLimits {
  maxChars: number;
  counting: 'codepoints' | 'x-weighted';
  maxTitleChars: number | null;
  maxHashtags: number;
  maxLinks: number;
  hashtagPattern: RegExp;
}

const LATIN_HASHTAG = /#[\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const NON_SPACE_HASHTAG = /#[^\s#]+/gu;

/** bilibili has no entry in platforms.yaml: no limits are checked for it. */
export const PLATFORM_LIMITS: Partial<Record<Platform, PlatformLimits>> = {
  x: { maxChars: 280, counting: 'x-weighted', maxTitleChars: null, maxHashtags: 3, maxLinks: 2, hashtagPattern: LATIN_HASHTAG },
  weibo: { maxChars: 2000, counting: 'codepoints', maxTitleChars: null, maxHashtags: 5, maxLinks: 3, hashtagPattern: /#[^#\n]+#/gu },
  wechat: { maxChars: 20000, counting: 'codepoints', maxTitleChars: 64, maxHashtags: 5, maxLinks: 1, hashtagPattern: NON_SPACE_HASHTAG },
  douyin: { maxChars: 1000, counting: 'codepoints', maxTitleChars: null, maxHashtags: 5, maxLinks: 0, hashtagPattern: NON_SPACE_HASHTAG },
  xiaohongshu: { maxChars: 1000, counting: 'codepoints', maxTitleChars: 20, maxHashtags: 10, maxLinks: 0, hashtagPattern: NON_SPACE_HASHTAG },
  linkedin: { maxChars: 3000, counting: 'codepoints', maxTitleChars: null, maxHashtags: 5, maxLinks: 3, hashtagPattern: LATIN_HASHTAG },
  instagram: { maxChars: 2200, counting: 'codepoints', maxTitleChars: null, maxHashtags: 30, maxLinks: 0, hashtagPattern: LATIN_HASHTAG },
  facebook: { maxChars: 63206, counting: 'codepoints', maxTitleChars: null, maxHashtags: 5, maxLinks: 3, hashtagPattern: LATIN_HASHTAG },
};

const URL_PATTERN = /https?:\/\/[^\s<>"'）)\]]+/giu;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}]/u;

export interface Counts {
  chars: number;
  titleChars: number;
  hashtags: number;
  links: number;
}

/** Counts as the platform counts: code points, or X's weighting (wide characters 2, every URL 23). */
export function countFor(platform: Platform, title: string, body: string): Counts {
  const limits = PLATFORM_LIMITS[platform] ?? PLATFORM_LIMITS.facebook!;
  const links = (title.match(URL_PATTERN) ?? []).length + (body.match(URL_PATTERN) ?? []).length;
  const hashtags = (body.match(limits.hashtagPattern) ?? []).length;
  let chars: number;
  if (limits.counting === 'x-weighted') {
    const urls = body.match(URL_PATTERN) ?? [];
    const rest = body.replace(URL_PATTERN, '');
    chars = urls.length * 23 + [...rest].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
  } else {
    chars = [...body].length;
  }
  return { chars, titleChars: [...title].length, hashtags, links };
}
