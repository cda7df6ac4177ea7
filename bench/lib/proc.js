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

/** CPU seconds the whole machine has spent busy so far (every core; idle and iowait excluded). */
function machineBusySeconds() {
  const fields = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields; // idle and iowait left out
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
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

/** The process listening on a local TCP port (the NATS server the bench uses), from /proc/net/tcp and fds. */
function pidListeningOn(port) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const LISTEN = '0A';
  const inodes = new Set(
    fs
      .readFileSync('/proc/net/tcp', 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === LISTEN)
      .map((f) => `socket:[${f[9]}]`),
  );
  for (const entry of fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      if (fs.readdirSync(`/proc/${entry}/fd`).some((fd) => inodes.has(fs.readlinkSync(`/proc/${entry}/fd/${fd}`)))) {
        return Number(entry);
      }
    } catch {
      // gone, or not ours to read
    }
  }
  return null;
}

/** A process that ended during a window reads as what it had before. */
function readOr(read, fallback) {
  try {
    return read() ?? fallback;
  } catch {
    return fallback;
  }
}

/** CPU used by each process between start() and stop(), and the highest RSS seen on the way; a null pid reads null. */
class CpuWindow {
  constructor(pids) {
    this.pids = pids;
  }

  start() {
    this.startedAt = process.hrtime.bigint();
    this.cpuAtStart = this.pids.map((pid) => pid && cpuSeconds(pid));
    this.machineAtStart = machineBusySeconds();
    this.peakRss = this.pids.map((pid) => pid && rssBytes(pid));
    this.timer = setInterval(() => this.sampleRss(), 200);
    return this;
  }

  sampleRss() {
    this.pids.forEach(
      (pid, i) =>
        pid &&
        (this.peakRss[i] = Math.max(
          this.peakRss[i],
          readOr(() => rssBytes(pid), 0),
        )),
    );
  }

  /** Per pid: CPU seconds used, CPU share of one core, peak RSS; and how busy the whole machine was (cores). */
  stop() {
    clearInterval(this.timer);
    this.sampleRss();
    const wallSeconds = Number(process.hrtime.bigint() - this.startedAt) / 1e9;
    const processes = this.pids.map((pid, i) => {
      if (!pid) {
        return null;
      }
      const cpu = readOr(() => cpuSeconds(pid), this.cpuAtStart[i]) - this.cpuAtStart[i];
      return { pid, cpuSeconds: cpu, cpuShare: cpu / wallSeconds, peakRss: this.peakRss[i] };
    });
    return { processes, machineBusyCores: (machineBusySeconds() - this.machineAtStart) / wallSeconds, wallSeconds };
  }
}

module.exports = { cpuSeconds, machineBusySeconds, rssBytes, peakRssBytes, openFileLimits, pidListeningOn, CpuWindow };
