/** Numbers as the grids show them: at most three decimals, no trailing zeros, no "−0". */
export function formatNumber(v: number): string {
  const r = Math.round(v * 1000) / 1000;
  return String(r === 0 ? 0 : r);
}

export const cellKey = (row: number, col: number) => `${row},${col}`;
