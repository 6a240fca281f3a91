export {
  LOCALES,
  LOCALE_NAMES,
  DEFAULT_LOCALE,
  isLocale,
  matchLocale,
  type Locale,
} from './locales';
export { MESSAGES, isMessageKey, type CodesUnder, type MessageKey } from './messages';
export { translate, translator, type Translate, type MessageValues } from './translate';
