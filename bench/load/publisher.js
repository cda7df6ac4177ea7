'use strict';
// Publishes CloudEvents of the contract at a steady rate to the namespace's stream subjects, one
// payment per order, versions rising by one per order; each carries its publish time (data.metadata.sentAt, µs).
const { connect } = require('@nats-io/transport-node');
const { natsNames, eventSubject, statusChangedEvent } = require('../lib/contract');
const { serve } = require('../lib/rpc');
const { nowMicros } = require('../lib/histogram');
const { orderId, PROVIDER } = require('../lib/orders');

const VERSION = 987654321;
const SENT_AT = 123456789012345;
let nc;
let orders = []; // { subject, parts, kinds, version }
let cursor = 0;

/** The event's JSON split around its version and publish time, so each publish is string concatenation. */
function template(index) {
  const id = orderId(index);
  const json = JSON.stringify(
    statusChangedEvent({
      orderId: id,
      provider: PROVIDER,
      paymentId: id,
      metadata: { sentAt: SENT_AT },
      version: VERSION,
      status: 'processing',
      previousStatus: 'pending',
      terminal: false,
      providerStatus: 'confirming',
      providerSubstatus: null,
      progress: { percentage: 50, currentStep: 1, totalSteps: 2 },
      amount: { expected: '100.00', received: '40.00', currency: 'USDT' },
      paymentType: null,
      txHash: '0x2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a',
      observedAt: new Date().toISOString(),
      via: 'poll',
    }),
  );
  const pieces = json.split(new RegExp(`(${VERSION}|${SENT_AT})`));
  return { parts: pieces.filter((_, i) => i % 2 === 0), kinds: pieces.filter((_, i) => i % 2 === 1) };
}

function render(order) {
  const values = { [VERSION]: order.version, [SENT_AT]: nowMicros() };
  let out = order.parts[0];
  for (let i = 0; i < order.kinds.length; i++) {
    out += values[order.kinds[i]] + order.parts[i + 1];
  }
  return out;
}

serve({
  async setup({ natsUrl, namespace, orderCount }) {
    nc = await connect({ servers: natsUrl });
    const names = natsNames(namespace);
    orders = Array.from({ length: orderCount }, (_, i) => ({
      subject: eventSubject(names, PROVIDER, orderId(i)),
      version: 0,
      ...template(i),
    }));
  },

  /** Publishes `count` events round-robin over the orders at `rate` per second; returns what each order got. */
  async publish({ rate, count }) {
    const counts = new Array(orders.length).fill(0);
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    let sent = 0;
    while (sent < count) {
      const due = Math.min(count, Math.floor(rate * elapsed()) + 1);
      for (; sent < due; sent++) {
        const index = cursor++ % orders.length;
        const order = orders[index];
        order.version++;
        counts[index]++;
        nc.publish(order.subject, render(order));
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await nc.flush();
    return { sent, seconds: elapsed(), counts };
  },

  async close() {
    await nc?.drain();
  },
});
