/**
 * Mode collapse: the generator has found a few samples that fool the discriminator and makes
 * little else. Two signs, either of which raises the warning:
 *
 * - the generated samples are far less spread out than the real ones (`spread` below
 *   `MIN_SPREAD_RATIO` of the real data's), as when every sample comes out nearly the same;
 * - much of the real data has no generated sample anywhere near it (`coverage` below
 *   `MIN_COVERAGE`), as when two clouds of points are real and all samples sit in one of them.
 *
 * "Near" is a few times the typical gap between neighbouring real samples, so the test does not
 * depend on the data's scale.
 */
import { coverage, spread, typicalGap, type Rows } from './spread';

export const MIN_SPREAD_RATIO = 0.25;
export const MIN_COVERAGE = 0.6;
/** A real sample counts as covered when a generated one lies within this many typical gaps. */
export const COVER_RADIUS_GAPS = 4;

export interface CollapseCheck {
  collapsed: boolean;
  /** The generated samples' spread divided by the real ones'. */
  spreadRatio: number;
  /** The share of real samples with a generated sample near them, 0 … 1. */
  coverage: number;
}

/** The real samples' measures, computed once per run and compared with every new set of samples. */
export class CollapseReference {
  private readonly realSpread: number;
  private readonly radius: number;

  constructor(private readonly real: Rows) {
    this.realSpread = spread(real);
    this.radius = COVER_RADIUS_GAPS * typicalGap(real);
  }

  check(made: Rows): CollapseCheck {
    const spreadRatio = this.realSpread > 0 ? spread(made) / this.realSpread : 1;
    const covered = this.radius > 0 ? coverage(this.real, made, this.radius) : 1;
    return {
      collapsed: !(spreadRatio >= MIN_SPREAD_RATIO && covered >= MIN_COVERAGE),
      spreadRatio: Number.isFinite(spreadRatio) ? spreadRatio : 0,
      coverage: covered,
    };
  }
}

export function checkCollapse(real: Rows, made: Rows): CollapseCheck {
  return new CollapseReference(real).check(made);
}
