import { countFor } from './platform-limits';

describe('countFor', () => {
  it('counts code points, hashtags and links', () => {
    expect(countFor('weibo', 'T', '春茶 #新品# https://a.example 😀')).toEqual({ chars: 27, titleChars: 1, hashtags: 1, links: 1 });
  });

  it('weights X: wide characters and emoji count 2, a URL 23', () => {
    expect(countFor('x', '', 'ab 春 https://northwindtea.example/a/very/long/path 😀 #tea #ok')).toMatchObject({
      chars: 2 + 1 + 2 + 1 + 23 + 1 + 2 + 1 + 4 + 1 + 3,
      hashtags: 2,
      links: 1,
    });
  });
});
