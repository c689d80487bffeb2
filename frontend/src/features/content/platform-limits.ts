/**
 * One platform's limits as `GET /api/platforms` serves them from rules/platforms.yaml, for the live counters while
 * typing; screening's PLATFORM_LIMIT findings stay authoritative. A missing limit means none.
 */
export interface PlatformLimits {
  platform: string;
  maxChars?: number;
  counting: 'codepoints' | 'x-weighted';
  maxTitleChars?: number;
  maxHashtags?: number;
  maxLinks?: number;
  maxMentions?: number;
  /** Java regular expressions that JavaScript reads the same way with the `u` flag. */
  hashtagPattern: string;
  mentionPattern: string;
}

const DEFAULT_HASHTAG = '#[^\\s#]+';
const DEFAULT_MENTION = '(?<![\\p{L}\\p{N}_.+\\-@])@[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*';
const URL_PATTERN = /https?:\/\/[^\s<>"'）)\]]+/giu;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}]/u;

export interface Counts {
  chars: number;
  titleChars: number;
  hashtags: number;
  links: number;
  mentions: number;
}

function matches(pattern: string, text: string): number {
  return (text.match(new RegExp(pattern, 'gu')) ?? []).length;
}

/**
 * Counts as the platform counts: code points, or X's weighting (wide characters 2, every URL 23). Before the limits
 * have loaded, code points and the common hashtag form are counted.
 */
export function countFor(limits: PlatformLimits | undefined, title: string, body: string): Counts {
  const links = (title.match(URL_PATTERN) ?? []).length + (body.match(URL_PATTERN) ?? []).length;
  let chars: number;
  if (limits?.counting === 'x-weighted') {
    const urls = body.match(URL_PATTERN) ?? [];
    const rest = body.replace(URL_PATTERN, '');
    chars = urls.length * 23 + [...rest].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
  } else {
    chars = [...body].length;
  }
  return {
    chars,
    titleChars: [...title].length,
    hashtags: matches(limits?.hashtagPattern ?? DEFAULT_HASHTAG, body),
    links,
    mentions: matches(limits?.mentionPattern ?? DEFAULT_MENTION, body.replace(URL_PATTERN, '')),
  };
}

/** Whether any count is over its limit (the title only where the platform publishes one). */
export function overLimit(limits: PlatformLimits | undefined, counts: Counts): boolean {
  if (!limits) {
    return false;
  }
  const over = (value: number, max: number | undefined) => max !== undefined && value > max;
  return (
    over(counts.chars, limits.maxChars) ||
    over(counts.titleChars, limits.maxTitleChars) ||
    over(counts.hashtags, limits.maxHashtags) ||
    over(counts.links, limits.maxLinks) ||
    over(counts.mentions, limits.maxMentions)
  );
}
