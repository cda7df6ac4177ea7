/**
 * The last `capacity` call times (epoch ms) and the total count, in a fixed array allocated on
 * the first call: recording is two writes, so it costs nothing next to the request itself.
 */
export class CallRing {
  private times: Float64Array | null = null;
  private next = 0;
  count = 0;

  constructor(private readonly capacity: number) {}

  record(at: number): void {
    this.times ??= new Float64Array(this.capacity);
    this.times[this.next] = at;
    this.next = (this.next + 1) % this.capacity;
    this.count++;
  }

  get last(): number | null {
    return this.count === 0 ? null : this.times![(this.next - 1 + this.capacity) % this.capacity];
  }

  /** The kept times, oldest first. */
  timestamps(): number[] {
    if (!this.times) {
      return [];
    }
    const kept = Math.min(this.count, this.capacity);
    const start = (this.next - kept + this.capacity) % this.capacity;
    return Array.from({ length: kept }, (_, i) => this.times![(start + i) % this.capacity]);
  }
}

/** Smallest time between two consecutive calls; null with fewer than two. `times` oldest first. */
export function minGapMs(times: readonly number[]): number | null {
  let min: number | null = null;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    min = min === null ? gap : Math.min(min, gap);
  }
  return min;
}

/** Most calls within any `windowMs` (a sliding window). `times` oldest first. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  let max = 0;
  let from = 0;
  for (let to = 0; to < times.length; to++) {
    while (times[to] - times[from] >= windowMs) {
      from++;
    }
    max = Math.max(max, to - from + 1);
  }
  return max;
}
