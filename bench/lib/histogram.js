'use strict';
// Latencies in microseconds, in log buckets 1 % wide: merges across processes, percentiles within 1 %.

const GROWTH = 1.01;
const BUCKETS = 2400; // up to ~2.3e10 µs
const LOG_GROWTH = Math.log(GROWTH);

class Histogram {
  constructor(counts = new Array(BUCKETS).fill(0), max = 0) {
    this.counts = counts;
    this.max = max;
    this.count = counts.reduce((sum, n) => sum + n, 0);
  }

  record(micros) {
    const index = micros <= 1 ? 0 : Math.min(BUCKETS - 1, Math.ceil(Math.log(micros) / LOG_GROWTH));
    this.counts[index]++;
    this.count++;
    if (micros > this.max) {
      this.max = micros;
    }
  }

  merge(other) {
    for (let i = 0; i < BUCKETS; i++) {
      this.counts[i] += other.counts[i];
    }
    this.count += other.count;
    this.max = Math.max(this.max, other.max);
    return this;
  }

  /** The value below which `p` (0–1) of the samples fall, in microseconds; null when empty. */
  percentile(p) {
    if (this.count === 0) {
      return null;
    }
    const rank = Math.ceil(p * this.count);
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) {
        return Math.min(GROWTH ** i, this.max);
      }
    }
    return this.max;
  }

  toJSON() {
    return { counts: this.counts, max: this.max };
  }

  static from({ counts, max }) {
    return new Histogram(counts.slice(), max);
  }
}

/** p50/p99/max in milliseconds. */
function latencySummary(histogram) {
  const ms = (micros) => (micros === null ? null : micros / 1000);
  return { p50: ms(histogram.percentile(0.5)), p99: ms(histogram.percentile(0.99)), max: ms(histogram.max || null) };
}

/** CLOCK_MONOTONIC in microseconds: one clock for every process on the machine. */
function nowMicros() {
  return Number(process.hrtime.bigint() / 1000n);
}

module.exports = { Histogram, latencySummary, nowMicros };
