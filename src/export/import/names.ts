/** Node names on the canvas: unique, and made of the characters Keras allows (A–Z a–z 0–9 _ . -). */

export class NodeNames {
  private readonly taken = new Set<string>();
  /** Names that had to change, `from → to`, for one warning. */
  readonly renamed: string[] = [];

  /** A unique, allowed name as close to `wanted` as possible; `quiet` for names made up here. */
  claim(wanted: string, quiet = false): string {
    const base = wanted.replace(/[^A-Za-z0-9_.-]/g, '_') || 'layer';
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
    this.taken.add(name);
    if (name !== wanted && !quiet) this.renamed.push(`'${wanted}' → '${name}'`);
    return name;
  }

  /** The warning listing renamed layers, or null when none was renamed. */
  warning(): string | null {
    if (this.renamed.length === 0) return null;
    const shown = this.renamed.slice(0, 5).join(', ');
    const more = this.renamed.length > 5 ? ` and ${this.renamed.length - 5} more` : '';
    return `Some layers were renamed so that every name is unique and uses only letters, digits, '_', '.' and '-': ${shown}${more}.`;
  }
}
