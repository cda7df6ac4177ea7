'use strict';
// Preloaded (`node -r`) into every server under test: answers the runner's requests for memory
// (after a full GC) and records a CPU profile (the same .cpuprofile `node --cpu-prof` writes) for a window.
const fs = require('node:fs');
const inspector = require('node:inspector');
const { serve } = require('../lib/rpc');

let session;

function post(method, params) {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

serve({
  memory() {
    global.gc?.();
    const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
    return { rss, heapUsed, heapTotal, external, arrayBuffers };
  },
  async profileStart() {
    session = new inspector.Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 500 });
    await post('Profiler.start');
  },
  async profileStop({ file }) {
    const { profile } = await post('Profiler.stop');
    session.disconnect();
    fs.writeFileSync(file, JSON.stringify(profile));
    return file;
  },
});
