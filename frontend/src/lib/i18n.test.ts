import en from '@/locales/en.json';
import zhCN from '@/locales/zh-CN.json';

import i18n, { changeLanguage, LANGUAGE_STORAGE_KEY } from './i18n';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keysOf(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('i18n', () => {
  it('has the same keys in English and Simplified Chinese', () => {
    expect(keysOf(zhCN).sort()).toEqual(keysOf(en).sort());
  });

  it('switches language, remembers the choice and sets <html lang>', async () => {
    await changeLanguage('zh-CN');

    expect(i18n.t('nav.drafts')).toBe('草稿');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh-CN');

    await changeLanguage('en');

    expect(i18n.t('nav.drafts')).toBe('Drafts');
    expect(document.documentElement.lang).toBe('en');
  });
});
