/**
 * A translated sentence with some of its values in bold, such as the names of layers: the values
 * are marked with `strong` before they go into the message, and shown as <strong> where they land,
 * wherever each language puts them.
 */
const MARK = '\u0001';

/** A message value to show in bold. */
export function strong(text: string): string {
  return `${MARK}${text.replaceAll(MARK, '')}${MARK}`;
}

export function Emphasised({ text }: { text: string }) {
  return (
    <>{text.split(MARK).map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))}</>
  );
}
