import { limitsOf } from '@/testing/mocks/platforms';

import { countFor, overLimit } from './platform-limits';

describe('countFor', () => {
  it('counts code points, hashtags, links and mentions', () => {
    expect(countFor(limitsOf('weibo'), 'T', '春茶 #新品# https://a.example 😀 @茶友 mail@example.com')).toEqual({
      chars: 48,
      titleChars: 1,
      hashtags: 1,
      links: 1,
      mentions: 1,
    });
  });

  it('weights X: wide characters and emoji count 2, a URL 23', () => {
    expect(countFor(limitsOf('x'), '', 'ab 春 https://northwindtea.example/a/very/long/path 😀 #tea #ok')).toMatchObject({
      chars: 2 + 1 + 2 + 1 + 23 + 1 + 2 + 1 + 4 + 1 + 3,
      hashtags: 2,
      links: 1,
    });
  });

  it('counts code points and plain hashtags before the limits have loaded', () => {
    expect(countFor(undefined, '', '#a #b 春')).toMatchObject({ chars: 7, hashtags: 2 });
  });
});

describe('overLimit', () => {
  it('is over when any count passes its limit, and never without limits', () => {
    const tags = '#one #two #three #four';
    expect(overLimit(limitsOf('x'), countFor(limitsOf('x'), '', tags))).toBe(true);
    expect(overLimit(limitsOf('linkedin'), countFor(limitsOf('linkedin'), '', tags))).toBe(false);
    expect(overLimit(undefined, countFor(undefined, '', tags))).toBe(false);
  });
});
