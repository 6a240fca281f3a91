/**
 * Typed arrays that grow by doubling, so a column of a million values costs one buffer of numbers
 * instead of a million JS values.
 */
type Typed = Float32Array | Int32Array | Uint32Array;

function grown<T extends Typed>(old: T, make: (n: number) => T): T {
  const next = make(Math.max(16, old.length * 2));
  next.set(old);
  return next;
}

export class GrowableFloat32 {
  private data = new Float32Array(16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, (n) => new Float32Array(n));
    this.data[this.length++] = value;
  }
  /** The values pushed so far, without the spare capacity (a view, not a copy). */
  values(): Float32Array {
    return this.data.subarray(0, this.length);
  }
}

export class GrowableInt32 {
  private data = new Int32Array(16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, (n) => new Int32Array(n));
    this.data[this.length++] = value;
  }
  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

export class GrowableUint32 {
  private data = new Uint32Array(16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, (n) => new Uint32Array(n));
    this.data[this.length++] = value;
  }
  values(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}
