/**
 * The Russian of every phrase in the layer definitions, looked up by the English phrase itself.
 * The definitions stay the one source of English; keying by the English means a phrase shared by
 * several layers (the padding help, the activation options) is translated once, and a changed
 * English phrase shows up in the coverage test as one without Russian.
 */
import type { Locale } from '../../i18n';
import { convTerms } from './ru/conv';
import { coreTerms } from './ru/core';
import { mergeOutputTerms } from './ru/mergeOutput';
import { poolingTerms } from './ru/pooling';
import { recurrentTerms } from './ru/recurrent';

const parts = [coreTerms, convTerms, poolingTerms, recurrentTerms, mergeOutputTerms];

/** Every Russian phrase, by its English; a phrase in two files must say the same. */
export const RU_TERMS: ReadonlyMap<string, string> = new Map(
  parts.flatMap((part) => Object.entries(part)),
);

/** A definition's phrase in `locale`; English, as written in the definition, if none is known. */
export function termText(locale: Locale, english: string): string {
  if (locale === 'en') return english;
  return RU_TERMS.get(english) ?? english;
}
