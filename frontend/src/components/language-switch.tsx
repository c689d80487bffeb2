import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { changeLanguage, isLocale, LANGUAGES } from '@/lib/i18n';

/** English / 简体中文; the choice is remembered on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('header.language')}
      data-testid="language-switch"
      size="xs"
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLocale(value)) {
          void changeLanguage(value);
        }
      }}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  );
}
