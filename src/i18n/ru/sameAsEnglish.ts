/**
 * Keys whose Russian message is rightly the same as the English one: names of layers, optimizers
 * and formats that Russian texts also write in Latin letters. The catalog test accepts an
 * untranslated-looking message only for these.
 */
export const SAME_AS_ENGLISH: ReadonlySet<string> = new Set<string>([]);
