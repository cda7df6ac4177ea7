'use strict';
// JSON over HTTP for the runner and the detector (setup and admin calls, never measured themselves).
const { Agent, request } = require('undici');

const agent = new Agent({ connections: 128, keepAliveTimeout: 30_000 });

async function call(method, url, body, headers = {}) {
  const response = await request(url, {
    dispatcher: agent,
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  if (response.statusCode >= 300) {
    throw new Error(`${method} ${url}: HTTP ${response.statusCode} ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}

module.exports = { call, close: () => agent.close() };
