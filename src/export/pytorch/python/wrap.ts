/** Keeps generated Python lines within 99 characters, as PEP 8 allows for a team's own code. */

const MAX = 99;

/** The top-level arguments of the call that spans `text` from index `open` (its '(') to the end. */
function splitArguments(text: string, open: number): string[] | null {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) {
        if (i !== text.length - 1) return null;
        args.push(text.slice(start, i).trim());
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return args;
}

/**
 * `line` indented by `indent`; a call that would be too long gets one argument per line, with a
 * hanging indent. Lines that are not such a call stay as they are.
 */
export function wrapLine(line: string, indent: string): string[] {
  if (indent.length + line.length <= MAX) return [indent + line];
  const open = line.indexOf('(');
  const args = open >= 0 ? splitArguments(line, open) : null;
  if (!args || args.length < 2) return [indent + line];
  const inner = `${indent}    `;
  return [
    `${indent}${line.slice(0, open + 1)}`,
    ...args.map((a, i) => `${inner}${a}${i === args.length - 1 ? '' : ','}`),
    `${indent})`,
  ];
}
