'use strict';
// What the runner may ask of a process it measures: memory after a full GC, and a CPU profile (the
// same .cpuprofile `node --cpu-prof` writes) of a window. Used by the probe and by the bare loop.
const fs = require('node:fs');
const inspector = require('node:inspector');

let session;

function post(method, params) {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

module.exports = {
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
};
