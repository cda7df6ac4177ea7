import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { HubEnv, loadEnv } from '@statushub/config';
import {
  CanonicalStatus,
  CloudEvent,
  PaymentStatusData,
  anomalyEvent,
  eventSubject,
  isTerminal,
  statusChangedEvent,
  watchEndedEvent,
} from '@statushub/contract';
import { NatsService } from '@statushub/nats';
import { PaymentStateStore } from '@statushub/state';
import { GatewayEnv, configureGateway } from '@statushub/streaming';
import { SignJWT } from 'jose';
import { AddressInfo } from 'node:net';
import { GatewayAppModule } from '../../../apps/gateway/src/gateway-app.module';
import { NATS_URL, testNamespace } from '../../support/nats-namespace';

export const API_KEY = 'gateway-test-key-0123456789';
export const TOKEN_SECRET = 'gateway-test-secret-0123456789abcdef0123';

export interface RunningGateway {
  app: INestApplication;
  wsUrl: string;
  httpUrl: string;
}

/**
 * One test file's hub: its own NATS namespace, a publisher that acts as the poller does (state and
 * order index to the KV first, then the event to the stream), and in-process gateways.
 */
export class Hub {
  private readonly gateways: INestApplication[] = [];

  private constructor(
    private readonly space: ReturnType<typeof testNamespace>,
    private readonly nats: NatsService,
    private readonly store: PaymentStateStore,
  ) {}

  static async open(label: string): Promise<Hub> {
    if (process.env.TEST_LOG_LEVEL === undefined) {
      Logger.overrideLogger(false);
    }
    const space = testNamespace(label);
    const env = loadEnv(HubEnv, { NATS_URL, NATS_NAMESPACE: space.namespace, HUB_AUTH: 'off' });
    const nats = new NatsService(env, space.names, 'gateway-test-publisher');
    await nats.onModuleInit();
    return new Hub(space, nats, new PaymentStateStore(nats));
  }

  /** The environment a gateway of this hub runs with; `extra` overrides. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      NATS_URL,
      NATS_NAMESPACE: this.space.namespace,
      HUB_API_KEYS: API_KEY,
      HUB_TOKEN_SECRET: TOKEN_SECRET,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...extra,
    };
  }

  async startGateway(extra: Record<string, string> = {}): Promise<RunningGateway> {
    const env = loadEnv(GatewayEnv, this.env(extra));
    const app = await NestFactory.create(GatewayAppModule.forRoot(env), { logger: false });
    configureGateway(app);
    await app.listen(0, '127.0.0.1');
    this.gateways.push(app);
    const port = (app.getHttpServer() as { address(): AddressInfo }).address().port;
    return { app, wsUrl: `ws://127.0.0.1:${port}/v1/stream`, httpUrl: `http://127.0.0.1:${port}` };
  }

  /** Shuts one gateway down as SIGTERM would (Nest's shutdown hooks). */
  async stopGateway(gateway: RunningGateway): Promise<void> {
    this.gateways.splice(this.gateways.indexOf(gateway.app), 1);
    await gateway.app.close();
  }

  /** Publishes a change as the poller does: KV state and order index first, then the event; returns its seq. */
  async change(data: PaymentStatusData): Promise<number> {
    const stored = await this.store.get(data.provider, data.paymentId);
    await this.store.addToOrder(data.orderId, data.provider, data.paymentId);
    await this.store.compareAndSet(data, stored?.revision ?? 0);
    return this.publish(statusChangedEvent(data));
  }

  /** Only the event, without the KV writes: for volume. */
  publishChange(data: PaymentStatusData): Promise<number> {
    return this.publish(statusChangedEvent(data));
  }

  async publish(event: CloudEvent): Promise<number> {
    const subject = eventSubject(this.space.names, event.data.provider, event.data.orderId);
    const ack = await this.nats.js.publish(subject, JSON.stringify(event), { msgID: event.id });
    return ack.seq;
  }

  async anomaly(data: PaymentStatusData, k = 1): Promise<number> {
    const observed = {
      observedStatus: 'failed' as const,
      observedProviderStatus: 'failed',
      observedAt: now(),
      via: 'poll' as const,
    };
    return this.publish(anomalyEvent({ ...data, anomaly: observed }, k));
  }

  async watchEnded(data: PaymentStatusData): Promise<number> {
    return this.publish(watchEndedEvent({ ...data, terminal: false, reason: 'max_duration', endedAt: now() }));
  }

  async close(): Promise<void> {
    await Promise.all(this.gateways.map((app) => app.close()));
    await this.nats.onApplicationShutdown();
    await this.space.cleanup();
  }
}

let paymentCounter = 0;

/** The state of a payment at `version`; `metadata` can carry padding or a publish timestamp. */
export function payment(
  orderId: string,
  status: CanonicalStatus,
  version: number,
  options: {
    paymentId?: string;
    provider?: string;
    previousStatus?: CanonicalStatus | null;
    metadata?: Record<string, unknown>;
  } = {},
): PaymentStatusData {
  return {
    orderId,
    provider: options.provider ?? 'cyberpay',
    paymentId: options.paymentId ?? `pay-${orderId}`,
    version,
    status,
    previousStatus: options.previousStatus ?? (version === 1 ? null : 'pending'),
    terminal: isTerminal(status),
    providerStatus: status === 'succeeded' ? 'completed' : 'processing',
    providerSubstatus: null,
    progress: { percentage: Math.min(100, version * 10), currentStep: version, totalSteps: 10 },
    amount: { expected: '100.00', received: null, currency: 'USD' },
    paymentType: null,
    txHash: null,
    observedAt: now(),
    via: 'poll',
    metadata: options.metadata ?? { n: ++paymentCounter },
  };
}

export function signToken(orders: string[], options: { secret?: string; expiresInSeconds?: number } = {}) {
  const exp = Math.floor(Date.now() / 1000) + (options.expiresInSeconds ?? 600);
  return new SignJWT({ orders })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(exp - 3600)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(options.secret ?? TOKEN_SECRET));
}

/** The sum of a metric's samples whose labels contain `labels` (e.g. `code="FORBIDDEN"`). */
export async function metricValue(httpUrl: string, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${httpUrl}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || (line.startsWith(`${name}{`) && line.includes(labels)))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

function now(): string {
  return new Date().toISOString();
}
