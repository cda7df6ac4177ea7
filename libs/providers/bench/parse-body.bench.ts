/**
 * µs per call of each kind's answer handling, on its document fixture: the lossless JSON parse alone,
 * `parseBody` (parse + schema), and the adapter's whole `read`. Median of batches, after a warm-up.
 *
 *   node -r ./libs/providers/bench/register.js libs/providers/bench/parse-body.bench.ts
 */
import { STATUS_ANSWERS } from '../src/adapters/status-answers.fixtures';
import { parseJsonKeepingDecimals } from '../src/parsing/lossless-json';
import { parseBody } from '../src/parsing/parse-body';

const BATCH = 2_000;
const BATCHES = 25;

/** Median µs per call over `BATCHES` batches, the first few batches being the warm-up. */
function microseconds(call: () => unknown): number {
  const perCall: number[] = [];
  for (let batch = 0; batch < BATCHES + 5; batch++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < BATCH; i++) {
      call();
    }
    perCall.push(Number(process.hrtime.bigint() - start) / 1_000 / BATCH);
  }
  const measured = perCall.slice(5).sort((a, b) => a - b);
  return measured[Math.floor(measured.length / 2)];
}

const rows = STATUS_ANSWERS.map(({ kind, body, paymentId, schema, decimals, api }) => ({
  kind,
  'JSON.parse': microseconds(() => JSON.parse(body)),
  'lossless parse': microseconds(() => parseJsonKeepingDecimals(body, decimals)),
  parseBody: microseconds(() => parseBody(body, schema, decimals)),
  'api.read': microseconds(() => api.read(body, paymentId)),
}));
console.table(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, round(v)]))));

function round(value: string | number): string | number {
  return typeof value === 'number' ? Number(value.toFixed(2)) : value;
}
