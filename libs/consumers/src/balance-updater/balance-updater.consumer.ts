import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConsumerMessages } from '@nats-io/jetstream';
import { NatsService } from '@statushub/nats';
import { BalanceUpdaterEnv } from './balance-updater.env';
import { DepositHandler } from './deposit.handler';
import { durableConsumerConfig, ensureDurableConsumer } from './durable-consumer';

const RESTART_DELAY_MS = 5000;
/** Few, because events are handled one at a time and each buffered one ages towards its ack wait. */
const BATCH = 20;

/**
 * Reads the stream through the durable pull consumer, one event at a time, from start to
 * shutdown. The NATS client reconnects forever and `consume()` pulls again after a reconnect; a
 * round that ends anyway (consumer deleted, stream missing) is logged and started again.
 */
@Injectable()
export class BalanceUpdaterConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(BalanceUpdaterConsumer.name);
  private readonly stopping = new AbortController();
  private messages?: ConsumerMessages;
  private running?: Promise<void>;

  constructor(
    private readonly nats: NatsService,
    private readonly handler: DepositHandler,
    private readonly env: BalanceUpdaterEnv,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.run();
  }

  /** Before NATS drains: the event in hand is finished and acked; buffered ones are delivered again later. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.messages?.close();
    await this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        await this.consumeRound();
        if (!this.stopping.signal.aborted) {
          this.logger.warn({ restartInMs: RESTART_DELAY_MS }, 'consuming ended; starting again');
        }
      } catch (error) {
        this.logger.error({ err: error, restartInMs: RESTART_DELAY_MS }, 'consuming failed; starting again');
      }
      await pause(RESTART_DELAY_MS, this.stopping.signal);
    }
  }

  private async consumeRound(): Promise<void> {
    const { stream } = this.nats.names;
    const name = this.env.BALANCE_UPDATER_CONSUMER;
    const config = durableConsumerConfig(this.nats.names, name, this.env.BALANCE_UPDATER_ACK_WAIT_MS);
    await ensureDurableConsumer(this.nats.jsm, stream, config);
    const consumer = await this.nats.js.consumers.get(stream, name);
    const messages = await consumer.consume({ max_messages: BATCH });
    this.messages = messages;
    if (this.stopping.signal.aborted) {
      await messages.close();
    }
    this.watch(messages).catch((error: unknown) => this.logger.error({ err: error }, 'watching the pull loop failed'));
    this.logger.log({ stream, consumer: name, filter: config.filter_subject }, 'consuming');
    for await (const msg of messages) {
      await this.handler.handle(msg);
    }
  }

  /** Logs what the pull loop reports; a consumer that is gone ends the round, so the next one creates it again. */
  private async watch(messages: ConsumerMessages): Promise<void> {
    for await (const status of messages.status()) {
      switch (status.type) {
        case 'consumer_deleted':
        case 'consumer_not_found':
        case 'stream_not_found':
          this.logger.warn({ status }, 'JetStream consumer is gone');
          await messages.close();
          return;
        case 'heartbeats_missed':
        case 'no_responders':
        case 'exceeded_limits':
          this.logger.warn({ status }, 'JetStream pull trouble');
          break;
        default:
          this.logger.debug({ status }, 'JetStream pull status');
      }
    }
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      return resolve();
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}
