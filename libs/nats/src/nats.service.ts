import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { JetStreamClient, JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { KV, Kvm } from '@nats-io/kv';
import { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { HubEnv, NATS_NAMES } from '@statushub/config';
import { NatsNames } from '@statushub/contract';
import { ensureBucket, ensureStream } from './provision';

export const NATS_CONNECTION_NAME = Symbol('NATS_CONNECTION_NAME');

/**
 * The app's one NATS connection: reconnects forever and logs every state change,
 * provisions the hub's stream and buckets at start, drains on shutdown.
 */
@Injectable()
export class NatsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(NatsService.name);
  private connection?: NatsConnection;
  private jsClient?: JetStreamClient;
  private jsManager?: JetStreamManager;
  private buckets?: { status: KV; orderIndex: KV };

  constructor(
    private readonly env: HubEnv,
    @Inject(NATS_NAMES) readonly names: NatsNames,
    @Inject(NATS_CONNECTION_NAME) private readonly connectionName: string,
  ) {}

  async onModuleInit(): Promise<void> {
    const servers = this.env.NATS_URL.split(',').map((url) => url.trim());
    this.logger.log({ servers }, 'connecting to NATS');
    const nc = await connect({
      servers,
      name: this.connectionName,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1000,
      waitOnFirstConnect: true,
      // Without it every request builds Error objects with stack traces up front: ~9 % of a changed poll's CPU.
      noAsyncTraces: true,
    });
    this.connection = nc;
    void this.logStatusChanges(nc);
    this.jsManager = await jetstreamManager(nc);
    this.jsClient = jetstream(nc);
    await ensureStream(this.jsManager, this.names);
    const kvm = new Kvm(nc);
    this.buckets = {
      status: await ensureBucket(kvm, this.names.statusBucket),
      orderIndex: await ensureBucket(kvm, this.names.orderIndexBucket),
    };
    this.logger.log({ server: nc.getServer(), stream: this.names.stream }, 'NATS ready');
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.connection && !this.connection.isClosed()) {
      await this.connection.drain();
      this.logger.log('NATS connection drained');
    }
  }

  get nc(): NatsConnection {
    return required(this.connection, 'NATS connection');
  }

  get js(): JetStreamClient {
    return required(this.jsClient, 'JetStream client');
  }

  get jsm(): JetStreamManager {
    return required(this.jsManager, 'JetStream manager');
  }

  get statusKv(): KV {
    return required(this.buckets, 'KV buckets').status;
  }

  get orderIndexKv(): KV {
    return required(this.buckets, 'KV buckets').orderIndex;
  }

  isConnected(): boolean {
    return this.connection !== undefined && !this.connection.isClosed() && !this.reconnecting;
  }

  private reconnecting = false;

  private async logStatusChanges(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      switch (status.type) {
        case 'disconnect':
        case 'reconnecting':
          this.reconnecting = true;
          this.logger.warn({ status: status.type }, 'NATS connection lost');
          break;
        case 'reconnect':
          this.reconnecting = false;
          this.logger.log({ status: status.type, server: status.server }, 'NATS reconnected');
          break;
        case 'error':
          this.logger.error({ status: status.type, error: status.error.message }, 'NATS error');
          break;
        default:
          this.logger.debug({ status: status.type }, 'NATS status');
      }
    }
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`${what} is not ready: NatsModule has not finished starting`);
  }
  return value;
}
