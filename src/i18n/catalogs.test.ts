import { describe, expect, it } from 'vitest';
import { messageArguments } from './arguments';
import { EN_AREAS } from './en';
import { LOCALES, matchLocale } from './locales';
import { MESSAGES } from './messages';
import { RU_AREAS } from './ru';
import { SAME_AS_ENGLISH } from './ru/sameAsEnglish';
import { translate } from './translate';

const areas = Object.keys(EN_AREAS) as (keyof typeof EN_AREAS)[];
const CYRILLIC = /[\u0400-\u04ff]/;

describe('message catalogs', () => {
  it.each(areas)('%s: Russian has exactly the English keys', (area) => {
    const english = Object.keys(EN_AREAS[area]).sort();
    const russian = Object.keys(RU_AREAS[area]).sort();
    expect(
      russian.filter((k) => !english.includes(k)),
      'keys only in Russian',
    ).toEqual([]);
    expect(
      english.filter((k) => !russian.includes(k)),
      'keys missing from Russian',
    ).toEqual([]);
  });

  it.each(areas)("%s: every key starts with the area's name", (area) => {
    const stray = Object.keys(EN_AREAS[area]).filter((k) => !k.startsWith(`${area}.`));
    expect(stray).toEqual([]);
  });

  it.each(areas)('%s: both languages use the same arguments in each message', (area) => {
    const english: Record<string, string> = EN_AREAS[area];
    const russian: Record<string, string> = RU_AREAS[area];
    const differing = Object.keys(english).filter((key) => {
      const a = [...messageArguments(english[key]!)].sort().join(',');
      const b = [...messageArguments(russian[key] ?? '')].sort().join(',');
      return a !== b;
    });
    expect(differing).toEqual([]);
  });

  it.each(areas)('%s: every Russian message is translated', (area) => {
    const english: Record<string, string> = EN_AREAS[area];
    const russian: Record<string, string> = RU_AREAS[area];
    const untranslated = Object.keys(english).filter(
      (key) => !SAME_AS_ENGLISH.has(key) && !CYRILLIC.test(russian[key] ?? ''),
    );
    expect(untranslated).toEqual([]);
  });

  it('lists only real keys as the same in both languages', () => {
    const stale = [...SAME_AS_ENGLISH].filter(
      (key) =>
        !Object.hasOwn(MESSAGES.en, key) || MESSAGES.en[key as never] !== MESSAGES.ru[key as never],
    );
    expect(stale).toEqual([]);
  });

  it('formats every message in every language with sample arguments', () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
        const values = Object.fromEntries(
          [...messageArguments(MESSAGES.en[key])].map((name) => [name, 3]),
        );
        expect(() => translate(locale, key, values), `${locale} ${key}`).not.toThrow();
      }
    }
  });
});

describe('messageArguments', () => {
  it.each([
    ['Plain text', ''],
    ['{name} has {count} units', 'count,name'],
    ['{count, plural, one {# layer in {group}} other {# layers}}', 'count,group'],
    ['{kind, select, conv {Conv {size}} other {Other}}', 'kind,size'],
  ])('%s uses [%s]', (message, names) => {
    expect([...messageArguments(message)].sort().join(',')).toBe(names);
  });

  it('rejects a message with an unclosed argument', () => {
    expect(() => messageArguments('Broken {name')).toThrow();
  });
});

describe('matchLocale', () => {
  it.each([
    [['ru-RU', 'en-US'], 'ru'],
    [['de-DE', 'RU'], 'ru'],
    [['en-GB'], 'en'],
    [['fr'], 'en'],
    [[], 'en'],
  ])('%j gives %s', (tags, locale) => {
    expect(matchLocale(tags)).toBe(locale);
  });
});
