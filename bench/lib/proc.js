'use strict';
// CPU and memory of a process from /proc, read from outside so the load never runs inside it.
const fs = require('node:fs');

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime, stime
}

function statusField(pid, name) {
  const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) * 1024 : null;
}

const rssBytes = (pid) => statusField(pid, 'VmRSS');
const peakRssBytes = (pid) => statusField(pid, 'VmHWM');

/** Soft and hard limits of open files of this process. */
function openFileLimits(pid = 'self') {
  const line = fs
    .readFileSync(`/proc/${pid}/limits`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('Max open files'));
  const [soft, hard] = line
    .split(/\s{2,}/)
    .slice(1, 3)
    .map(Number);
  return { soft, hard };
}

function findPidByName(name) {
  for (const entry of fs.readdirSync('/proc')) {
    if (/^\d+$/.test(entry)) {
      try {
        if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) {
          return Number(entry);
        }
      } catch {
        // the process ended while we looked
      }
    }
  }
  return null;
}

/** CPU used by each process between start() and stop(), and the highest RSS seen on the way. */
class CpuWindow {
  constructor(pids) {
    this.pids = pids.filter(Boolean);
  }

  start() {
    this.startedAt = process.hrtime.bigint();
    this.cpuAtStart = this.pids.map(cpuSeconds);
    this.peakRss = this.pids.map(rssBytes);
    this.timer = setInterval(() => this.sampleRss(), 200);
    return this;
  }

  sampleRss() {
    this.pids.forEach((pid, i) => (this.peakRss[i] = Math.max(this.peakRss[i], rssBytes(pid) ?? 0)));
  }

  /** Per pid: CPU seconds used, CPU share of one core, peak RSS. */
  stop() {
    clearInterval(this.timer);
    this.sampleRss();
    const wallSeconds = Number(process.hrtime.bigint() - this.startedAt) / 1e9;
    return this.pids.map((pid, i) => {
      const cpu = cpuSeconds(pid) - this.cpuAtStart[i];
      return { pid, cpuSeconds: cpu, cpuShare: cpu / wallSeconds, peakRss: this.peakRss[i], wallSeconds };
    });
  }
}

module.exports = { cpuSeconds, rssBytes, peakRssBytes, openFileLimits, findPidByName, CpuWindow };
