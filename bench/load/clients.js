'use strict';
// A load generator of client connections: opens them, subscribes each to its orders, and measures
// every status_update: latency from publish, order violations, duplicates, and (against what was
// published) loss.
const transports = require('./transports');
const { serve } = require('../lib/rpc');
const { Histogram, nowMicros } = require('../lib/histogram');
const { orderId } = require('../lib/orders');
const { pool } = require('../lib/pool');

const OPEN_TIMEOUT_MS = 60_000;
const connections = [];
let stats = freshStats();
const connectTimes = new Histogram();
const problems = new Map(); // message -> count

function freshStats() {
  return { received: 0, duplicates: 0, outOfOrder: 0, latency: new Histogram() };
}

function note(problem) {
  problems.set(problem, (problems.get(problem) ?? 0) + 1);
}

/** Resolves once every order of the connection is subscribed, rejects if it closes first. */
function open(kind, url, credentials, orderIndexes) {
  const subscriptions = new Map(orderIndexes.map((index) => [orderId(index), { index, last: 0, received: 0 }]));
  const started = nowMicros();
  let pending = subscriptions.size;
  let live = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      connection.close();
      reject(new Error(`not subscribed within ${OPEN_TIMEOUT_MS} ms`));
    }, OPEN_TIMEOUT_MS);
    const connection = transports[kind](url, {
      open: () =>
        subscriptions.forEach((_, id) => connection.send({ action: 'subscribe', orderId: id, ...credentials })),
      frame: (frame) => {
        if (frame.type === 'status_update') {
          track(subscriptions.get(frame.orderId), frame.data);
        } else if (frame.type === 'subscribed' && --pending === 0) {
          live = true;
          clearTimeout(timer);
          connectTimes.record(nowMicros() - started);
          resolve({ subscriptions, close: () => connection.close() });
        } else if (frame.type === 'error') {
          note(`error frame ${frame.code}`);
        }
      },
      closed: (reason) => {
        if (live) {
          note(`closed while live: ${reason}`);
        } else {
          clearTimeout(timer);
          reject(new Error(reason));
        }
      },
    });
  });
}

function track(subscription, data) {
  stats.latency.record(nowMicros() - data.metadata.sentAt);
  stats.received++;
  subscription.received++;
  if (data.version === subscription.last) {
    stats.duplicates++;
  } else if (data.version < subscription.last) {
    stats.outOfOrder++;
  } else {
    subscription.last = data.version;
  }
}

serve({
  /** `orders[i]` lists the order indexes of connection i. */
  async open({ kind, url, credentials, orders, concurrency }) {
    let failed = 0;
    await pool(orders, concurrency, async (indexes) => {
      try {
        connections.push(await open(kind, url, credentials, indexes));
      } catch (error) {
        failed++;
        note(`connect failed: ${error.message}`);
      }
    });
    return { opened: connections.length, failed };
  },

  reset() {
    stats = freshStats();
    connections.forEach((c) => c.subscriptions.forEach((s) => (s.received = 0)));
  },

  progress: () => ({ received: stats.received }),

  /** `counts[i]`: events published for order i since the last reset. */
  collect({ counts }) {
    let lost = 0;
    connections.forEach((c) => c.subscriptions.forEach((s) => (lost += Math.max(0, counts[s.index] - s.received))));
    return { ...stats, lost };
  },

  summary: () => ({ connectTimes, problems: Object.fromEntries(problems) }),

  close() {
    connections.splice(0).forEach((c) => c.close());
  },
});
