import { Logger } from '@nestjs/common';
import { JetStreamClient, JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { CloudEvent, NatsNames } from '@statushub/contract';
import { NATS_URL, testNamespace } from '../../support/nats-namespace';

/** A JSON answer as the tests read it: shapes are asserted, not typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type Json = any;

/** An event as the tests read it: any of the three types' data. */
export type TestEvent = Omit<CloudEvent, 'data'> & { data: Json };

export const API_KEY = 'poller-test-key-0123456789';
export const TOKEN_SECRET = 'poller-test-secret-0123456789abcdef01234567';

/** One test file's NATS namespace, a client to read what the poller published, and its cleanup. */
export class TestHub {
  private constructor(
    readonly namespace: string,
    readonly names: NatsNames,
    readonly nc: NatsConnection,
    readonly js: JetStreamClient,
    readonly jsm: JetStreamManager,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static async open(label: string): Promise<TestHub> {
    if (process.env.TEST_LOG_LEVEL === undefined) {
      Logger.overrideLogger(false);
    }
    const space = testNamespace(`poller_${label}`);
    const nc = await connect({ servers: NATS_URL });
    return new TestHub(space.namespace, space.names, nc, jetstream(nc), await jetstreamManager(nc), space.cleanup);
  }

  /** The poller's environment for this namespace; `extra` overrides. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      NATS_URL,
      NATS_NAMESPACE: this.namespace,
      HUB_API_KEYS: API_KEY,
      HUB_TOKEN_SECRET: TOKEN_SECRET,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      POLLER_LEASE_TTL_MS: '1500',
      POLLER_LEASE_RETRY_MS: '200',
      ...extra,
    };
  }

  /** Every event in the stream so far, in stream order. */
  async events(): Promise<TestEvent[]> {
    const last = await this.lastSeq();
    if (last === 0) {
      return [];
    }
    const consumer = await this.js.consumers.get(this.names.stream);
    const events: TestEvent[] = [];
    const messages = await consumer.consume();
    for await (const message of messages) {
      events.push(message.json<TestEvent>());
      if (message.seq >= last) {
        break;
      }
    }
    await messages.close();
    return events;
  }

  /** Events of one payment, in order. */
  async eventsOf(paymentId: string): Promise<TestEvent[]> {
    return (await this.events()).filter((event) => event.data.paymentId === paymentId);
  }

  /** Calls `onEvent` for each event published from now on (a core subscription: no JetStream delay). */
  live(onEvent: (event: TestEvent) => void): { stop(): void } {
    const sub = this.nc.subscribe(`${this.names.subjectRoot}.>`, { callback: (_e, msg) => onEvent(msg.json()) });
    return { stop: () => sub.unsubscribe() };
  }

  async close(): Promise<void> {
    await this.nc.drain();
    await this.cleanup();
  }

  private async lastSeq(): Promise<number> {
    try {
      return (await this.jsm.streams.info(this.names.stream)).state.last_seq;
    } catch {
      return 0;
    }
  }
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 10_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await sleep(everyMs);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
