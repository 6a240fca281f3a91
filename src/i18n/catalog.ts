/**
 * A message catalog maps keys such as 'toolbar.train' to ICU messages such as
 * 'Train {count, plural, one {# epoch} other {# epochs}}'. English catalogs define the keys; every
 * other language must give each key a message with the same arguments.
 */
export type Catalog = Readonly<Record<string, string>>;

/** Another language's version of an English catalog: the same keys, no more, no fewer. */
export type Translation<T extends Catalog> = { readonly [K in keyof T]: string };
