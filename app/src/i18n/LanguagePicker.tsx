/** The language switch: each language named in itself, so anyone can find their own. */
import { useEffect } from 'react';
import { LOCALES, LOCALE_NAMES, isLocale, translator } from '../../../src/i18n';
import { useUi } from '../stores/uiStore';
import { localeStore, useLocale, useT } from './localeStore';

export function LanguagePicker() {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const announce = useUi((s) => s.announce);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <select
      className="language-picker"
      aria-label={t('app.language')}
      title={t('app.language')}
      value={locale}
      onChange={(event) => {
        const next = event.target.value;
        if (!isLocale(next)) return;
        localeStore.getState().setLocale(next);
        announce(translator(next)('app.languageChanged'));
      }}
    >
      {LOCALES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LOCALE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}
