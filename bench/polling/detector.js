'use strict';
// Detection lag: changes a payment in the sandbox and times how long until its event is on NATS
// (a core subscription to the namespace's subjects), either left to the schedule or with a webhook.
const { connect } = require('@nats-io/transport-node');
const { natsNames, allEventsFilter } = require('../lib/contract');
const { serve } = require('../lib/rpc');
const { call } = require('../lib/http');
const { Histogram, nowMicros } = require('../lib/histogram');
const { sleep } = require('../lib/processes');

const waiting = new Map(); // paymentId -> { changedAt, resolve }
let nc;

function onEvent(msg) {
  const { data } = msg.json();
  const waiter = waiting.get(data.paymentId);
  if (waiter) {
    waiting.delete(data.paymentId);
    waiter.resolve(nowMicros() - waiter.changedAt);
  }
}

/** Resolves with the lag in µs, or null if no event came within `timeoutMs`. */
function change(id, { advanceUrl, webhookUrl }, timeoutMs) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      resolve(null);
    }, timeoutMs);
    waiting.set(id, {
      changedAt: nowMicros(),
      resolve: (lag) => {
        clearTimeout(timer);
        resolve(lag);
      },
    });
    call('POST', advanceUrl, { steps: 1 })
      .then(() => webhookUrl && call('POST', webhookUrl, { paymentId: id }))
      .catch(() => undefined); // a failed call shows as a missed detection
  });
}

serve({
  async setup({ natsUrl, namespace }) {
    nc = await connect({ servers: natsUrl });
    nc.subscribe(allEventsFilter(natsNames(namespace)), { callback: (_, msg) => onEvent(msg) });
    await nc.flush();
  },

  /** `changes`: [{ id, advanceUrl, webhookUrl? }], each started at a random moment within `spreadMs`. */
  async measure({ changes, spreadMs, timeoutMs }) {
    const lags = await Promise.all(
      changes.map(async (target) => {
        await sleep(Math.random() * spreadMs);
        return change(target.id, target, timeoutMs);
      }),
    );
    const histogram = new Histogram();
    lags.filter((lag) => lag !== null).forEach((lag) => histogram.record(lag));
    return { histogram, missed: lags.filter((lag) => lag === null).length };
  },

  close: () => nc?.drain(),
});
