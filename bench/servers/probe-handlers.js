'use strict';
// What the runner may ask of a process it measures: memory after a full GC, its event-loop delay, and
// a CPU profile (the same .cpuprofile `node --cpu-prof` writes) of a window. Used by the probe and the bare loop.
const fs = require('node:fs');
const inspector = require('node:inspector');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const LOOP_RESOLUTION_MS = 10;
let session;
let loop;

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
  /** How late the event loop ran a timer (ms) since the previous call, which starts the next window. */
  loopDelay() {
    const ended = loop;
    loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    loop.enable();
    if (!ended) {
      return null;
    }
    ended.disable();
    const late = (nanos) => Math.max(0, nanos / 1e6 - LOOP_RESOLUTION_MS); // samples include the timer's own period
    return { p50: late(ended.percentile(50)), p99: late(ended.percentile(99)), max: late(ended.max) };
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
