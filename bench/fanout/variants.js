'use strict';
// The servers compared in every fan-out round: the product and its two baselines.
const fs = require('node:fs');
const path = require('node:path');
const { ROOT } = require('../lib/processes');

const API_KEY = 'bench-api-key-000000000000';
const TOKEN_SECRET = 'bench-token-secret-0000000000000000000000';

const VARIANTS = {
  bare: {
    script: 'bench/servers/bare.js',
    client: 'ws',
    url: (port) => `ws://127.0.0.1:${port}/v1/stream`,
    health: '/healthz',
    env: (port) => ({ PORT: String(port) }),
  },
  socketio: {
    script: 'bench/servers/socketio.js',
    client: 'socketio',
    url: (port) => `http://127.0.0.1:${port}`,
    health: '/healthz',
    env: (port) => ({ PORT: String(port) }),
  },
  gateway: {
    script: 'dist/apps/gateway/main.js',
    client: 'ws',
    url: (port) => `ws://127.0.0.1:${port}/v1/stream`,
    health: '/readyz',
    credentials: { apiKey: API_KEY },
    env: (port) => ({
      GATEWAY_PORT: String(port),
      HUB_AUTH: 'on',
      HUB_API_KEYS: API_KEY,
      HUB_TOKEN_SECRET: TOKEN_SECRET,
      LOG_LEVEL: process.env.BENCH_GATEWAY_LOG_LEVEL ?? 'info',
    }),
    built: () => fs.existsSync(path.join(ROOT, 'dist/apps/gateway/main.js')),
  },
};

module.exports = { VARIANTS, API_KEY };
