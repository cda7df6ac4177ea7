import { AckPolicy, DeliverPolicy } from '@nats-io/jetstream';
import { natsNames } from '@statushub/contract';
import { durableConsumerConfig } from './durable-consumer';

describe('durableConsumerConfig', () => {
  it('reads every event of the namespace once per ack, as often as it takes', () => {
    expect(durableConsumerConfig(natsNames('ns'), 'casino', 30_000)).toEqual({
      durable_name: 'casino',
      filter_subject: 'ns.payments.status.>',
      ack_policy: AckPolicy.Explicit,
      ack_wait: 30_000_000_000,
      deliver_policy: DeliverPolicy.All,
      max_deliver: -1,
    });
  });
});
