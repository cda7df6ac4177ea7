'use strict';
// The simulated providers in a process of their own, and the admin calls the polling bench uses.
const { startNode, freePort, waitForOk } = require('../lib/processes');
const { call } = require('../lib/http');

const KIND = 'cyberpay';
const BEARER = 'sandbox-cyberpay-key';
const BULK_CHUNK = 10_000;

/** A script whose every answer is a change at the same rank (progress), ending in a terminal state. */
function changingScript(changes) {
  const steps = Array.from({ length: changes }, (_, i) => ({
    status: 'processing',
    substatus: 'confirming',
    progress: { percentage: i + 1, currentStep: 1, totalSteps: 3 },
  }));
  return { steps: [...steps, { status: 'completed', substatus: 'settled' }], autoAdvanceCalls: 1 };
}

async function startSandbox() {
  const port = await freePort();
  const proc = startNode('dist/apps/sandbox/main.js', {
    env: { SANDBOX_PORT: String(port), LOG_LEVEL: 'warn' },
    probe: true,
    label: 'sandbox',
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/healthz`, proc);
  return {
    proc,
    url,
    baseUrl: `${url}/${KIND}`,
    async create(ids, template = {}) {
      for (let i = 0; i < ids.length; i += BULK_CHUNK) {
        await call('POST', `${url}/admin/payments/bulk`, {
          kind: KIND,
          ids: ids.slice(i, i + BULK_CHUNK),
          ...template,
        });
      }
    },
    /** Status calls answered so far (every payment of the kind). */
    calls: async () => (await call('GET', `${url}/admin/kinds/${KIND}/calls?windowMs=1000`)).count,
    /** Epoch ms of the payment's last calls (the sandbox keeps 32). */
    callTimes: async (id) =>
      (await call('GET', `${url}/admin/payments/${KIND}/${encodeURIComponent(id)}/calls`)).timestamps,
    advance: (id) => call('POST', `${url}/admin/payments/${KIND}/${encodeURIComponent(id)}/advance`, { steps: 1 }),
  };
}

/** The request the poller's cyberpay adapter makes (libs/providers/src/adapters/cyberpay/cyberpay.api.ts). */
function statusRequest(baseUrl, paymentId) {
  return {
    url: `${baseUrl}/v1/payment/status/${encodeURIComponent(paymentId)}?includeTransactions=true&includeEvents=true`,
    headers: { authorization: `Bearer ${BEARER}`, accept: 'application/json' },
  };
}

module.exports = { startSandbox, changingScript, statusRequest, KIND, BEARER };
