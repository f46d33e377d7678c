import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, isLanguage, LANGUAGES, type Language } from '../../lib/i18n';

/** DE/EN switch; `onChange` lets the logged-in shell also store the choice on the server. */
export function LanguageSwitch({ onChange }: { onChange?: (lng: Language) => void }) {
  const { t, i18n } = useTranslation();
  const value = isLanguage(i18n.language) ? i18n.language : currentLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('layout.language')}
      value={value}
      onChange={(v) => {
        if (!isLanguage(v) || v === value) return;
        void i18n.changeLanguage(v);
        onChange?.(v);
      }}
      data={LANGUAGES.map((lng) => ({
        value: lng,
        label: <span lang={lng} title={t(`languages.${lng}`)}>{lng.toUpperCase()}</span>,
      }))}
    />
  );
}
