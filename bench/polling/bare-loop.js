'use strict';
// The polling baseline: each payment read every interval with the same keep-alive undici client
// and the same request as the poller's adapter, the answer parsed and nothing else.
const { Agent, request } = require('undici');
const { serve } = require('../lib/rpc');
const probe = require('../servers/probe-handlers');

// ProviderHttpClient's settings (libs/providers/src/http/provider-http.client.ts).
const agent = new Agent({ connections: 256, keepAliveTimeout: 30_000, pipelining: 1 });
const timers = new Set();
let settings;
let polls = 0;
let failures = 0;

async function poll(url) {
  try {
    const { statusCode, body } = await request(url, { dispatcher: agent, method: 'GET', headers: settings.headers });
    JSON.parse(await body.text());
    if (statusCode === 200) {
      polls++;
    } else {
      failures++;
    }
  } catch {
    failures++;
  }
  schedule(url, settings.intervalMs); // from the end of this read, as the poller plans its next poll
}

function schedule(url, delayMs) {
  const timer = setTimeout(
    () => {
      timers.delete(timer);
      void poll(url);
    },
    Math.max(0, delayMs),
  );
  timers.add(timer);
}

serve({
  ...probe,
  configure(given) {
    settings = given;
  },
  /** Starts polling `urls`, their first polls spread over one interval. */
  add({ urls }) {
    urls.forEach((url) => schedule(url, Math.random() * settings.intervalMs));
  },
  counts: () => ({ polls, failures }),
  stop() {
    timers.forEach(clearTimeout);
    timers.clear();
  },
});
