/**
 * A message catalog maps keys such as 'toolbar.train' to ICU messages such as
 * 'Train {count, plural, one {# epoch} other {# epochs}}'. English catalogs define the keys; every
 * other language must give each key a message with the same arguments.
 */
export type Catalog = Readonly<Record<string, string>>;

/** Another language's version of an English catalog: the same keys, no more, no fewer. */
export type Translation<T extends Catalog> = { readonly [K in keyof T]: string };

/** The union's members as one type holding all their keys. */
type AllOf<U> = (U extends unknown ? (part: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

/** One catalog holding every area's messages (each area's keys start with its name). */
export function mergeAreas<Areas extends Readonly<Record<string, Catalog>>>(
  areas: Areas,
): AllOf<Areas[keyof Areas]> {
  return Object.assign({}, ...Object.values(areas)) as AllOf<Areas[keyof Areas]>;
}
