export { createLocaleStore, currentT, localeStore, useLocale, useT } from './localeStore';
