import { Observation } from '@statushub/contract';
import { MetricsRegistry } from '@statushub/platform';
import { ProviderConnection } from '@statushub/config';
import { PollerMetrics } from '../metrics/poller.metrics';
import { StatusSource } from '../model/status-source';
import { WatchRecord } from '../model/watch-record';
import { ConnectionGate } from './connection-gate';
import { ConnectionRunner } from './connection.runner';
import { PaymentTracker } from './payment.tracker';
import { PollSlots } from './poll-slots';
import { RunnerSettings } from './runner-settings';
import { WatchEntry } from './watch-entry';

/** Test doubles for a runner: a scripted provider, a tracker that records, real metrics on a fresh registry. */
export const SETTINGS: RunnerSettings = {
  maxInFlight: 8,
  ages: { youngMs: 600_000, oldMs: 3_600_000 },
  planPercent: 100,
  expiryGraceMs: 0,
  rateSafetyMs: 0,
  backoffMaxMs: 60_000,
  longBackoffMs: 300_000,
  notFoundGraceMs: 600_000,
  defaultRetryAfterMs: 5_000,
  breaker: { failureThreshold: 3, openMs: 10_000, maxOpenMs: 60_000 },
};

export const OBSERVATION: Observation = {
  status: 'pending',
  providerStatus: 'pending',
  providerSubstatus: null,
  progress: null,
  amount: null,
  paymentType: null,
  txHash: null,
};

export function record(paymentId: string, createdAt = new Date(Date.now()).toISOString()): WatchRecord {
  return {
    provider: 'p',
    paymentId,
    orderId: `o-${paymentId}`,
    metadata: {},
    createdAt,
    expiresAt: null,
    state: 'active',
    publishedVersion: 0,
    anomalies: 0,
    publishedAnomalies: 0,
    lastAnomaly: null,
  };
}

/** A provider whose answers the test releases by hand, or at once. */
export class FakeProvider implements StatusSource {
  readonly calls: Array<{ paymentId: string; at: number }> = [];
  readonly pending = new Map<string, Array<(result: Observation | Error) => void>>();
  hang = new Set<string>();
  failWith: Error | null = null;

  fetchStatus(paymentId: string): Promise<Observation> {
    this.calls.push({ paymentId, at: Date.now() });
    if (this.hang.has(paymentId)) {
      return new Promise((resolve, reject) => {
        const waiting = this.pending.get(paymentId) ?? [];
        waiting.push((result) => (result instanceof Error ? reject(result) : resolve(result)));
        this.pending.set(paymentId, waiting);
      });
    }
    return this.failWith ? Promise.reject(this.failWith) : Promise.resolve(OBSERVATION);
  }

  release(paymentId: string, result: Observation | Error = OBSERVATION): void {
    this.pending.get(paymentId)?.shift()?.(result);
  }

  callsOf(paymentId: string): number[] {
    return this.calls.filter((call) => call.paymentId === paymentId).map((call) => call.at);
  }
}

/** Records what it was asked; `terminal` payments become terminal on their next observation. */
export class FakeTracker {
  readonly ended: string[] = [];
  readonly terminal = new Set<string>();

  load(entry: WatchEntry): Promise<void> {
    entry.loaded = true;
    return Promise.resolve();
  }

  settle(): Promise<void> {
    return Promise.resolve();
  }

  observe(entry: WatchEntry): Promise<string> {
    if (this.terminal.has(entry.paymentId)) {
      entry.record = { ...entry.record, state: 'terminal' };
      return Promise.resolve('changed');
    }
    return Promise.resolve('unchanged');
  }

  end(entry: WatchEntry): Promise<void> {
    this.ended.push(entry.paymentId);
    entry.record = { ...entry.record, state: 'ended' };
    return Promise.resolve();
  }
}

export function connection(overrides: Partial<ProviderConnection> = {}): ProviderConnection {
  return Object.assign(new ProviderConnection(), {
    name: 'p',
    kind: 'cyberpay',
    baseUrl: 'http://127.0.0.1',
    auth: {},
    pollIntervalMs: 1_000,
    timeoutMs: 1_000,
    maxWatchHours: 25,
    ...overrides,
  });
}

export function runner(
  provider: FakeProvider,
  tracker: FakeTracker,
  options: { connection?: Partial<ProviderConnection>; settings?: Partial<RunnerSettings>; notBefore?: number } = {},
) {
  const settings = { ...SETTINGS, ...options.settings };
  const conn = connection(options.connection);
  const gate = new ConnectionGate(conn.rateLimitPerMinute, settings.rateSafetyMs, settings.breaker, null);
  const metrics = new PollerMetrics(new MetricsRegistry()).forConnection(conn.name);
  const deps = {
    tracker: tracker as unknown as PaymentTracker,
    slots: new PollSlots(100),
    metrics,
    settings,
    random: () => 0.5,
  };
  return new ConnectionRunner(conn, provider, gate, deps, options.notBefore ?? 0);
}
