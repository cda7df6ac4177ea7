import {
  AckPolicy,
  ConsumerConfig,
  DeliverPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  JetStreamManager,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/nats-core';
import { NatsNames, allEventsFilter } from '@statushub/contract';

export type DurableConfig = Partial<ConsumerConfig> & { durable_name: string };

export function durableConsumerConfig(names: NatsNames, name: string, ackWaitMs: number): DurableConfig {
  return {
    durable_name: name,
    filter_subject: allEventsFilter(names),
    ack_policy: AckPolicy.Explicit,
    ack_wait: nanos(ackWaitMs),
    // A new consumer reads the whole stream: a deposit published before it existed is still credited.
    deliver_policy: DeliverPolicy.All,
    // Unlimited: a deposit must be credited however long the database is away; nak sets the pace.
    max_deliver: -1,
  };
}

/** Creates the durable consumer, or brings the settings that may change to the configured ones. */
export async function ensureDurableConsumer(
  jsm: JetStreamManager,
  stream: string,
  config: DurableConfig,
): Promise<void> {
  try {
    await jsm.consumers.info(stream, config.durable_name);
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound) {
      await jsm.consumers.add(stream, config);
      return;
    }
    throw error;
  }
  await jsm.consumers.update(stream, config.durable_name, {
    ack_wait: config.ack_wait,
    max_deliver: config.max_deliver,
  });
}
