import { Test } from '@nestjs/testing';
import { ConfigModule, HubEnv, loadEnv } from '@statushub/config';
import { PaymentStatusData, nextPaymentState } from '@statushub/contract';
import { NatsModule, NatsService } from '@statushub/nats';
import { PaymentStateStore, StateConflictError, StateModule } from '@statushub/state';
import { NATS_URL, testNamespace } from '../support/nats-namespace';

const space = testNamespace('prov');

async function startNats() {
  const env = loadEnv(HubEnv, { NATS_URL, NATS_NAMESPACE: space.namespace, HUB_AUTH: 'off' });
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(env), NatsModule.forRoot('provisioning-test'), StateModule],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

function state(version: number, status: PaymentStatusData['status']): PaymentStatusData {
  const ref = { provider: 'cyberpay', paymentId: 'pay 1', orderId: 'order 1', metadata: {} };
  const observation = {
    status,
    providerStatus: status,
    providerSubstatus: null,
    progress: null,
    amount: null,
    paymentType: null,
    txHash: null,
  };
  return { ...nextPaymentState(ref, null, observation, status, 'poll', new Date()), version };
}

afterAll(() => space.cleanup());

describe('NATS provisioning and payment state', () => {
  it('creates the stream and buckets idempotently, with the contract settings', async () => {
    const first = await startNats();
    await first.close();
    const app = await startNats();
    try {
      const nats = app.get(NatsService);
      const info = await nats.jsm.streams.info(space.names.stream);
      expect(info.config).toMatchObject({
        subjects: [`${space.names.subjectRoot}.>`],
        storage: 'file',
        allow_direct: true,
      });
      expect(info.config.duplicate_window).toBeGreaterThan(0);
      expect((await nats.statusKv.status()).bucket).toBe(space.names.statusBucket);
      expect(nats.isConnected()).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('deduplicates publishes by Nats-Msg-Id', async () => {
    const app = await startNats();
    try {
      const nats = app.get(NatsService);
      const subject = `${space.names.subjectRoot}.cyberpay.order=201`;
      const first = await nats.js.publish(subject, '{}', { msgID: 'cyberpay:pay 1:1' });
      const again = await nats.js.publish(subject, '{}', { msgID: 'cyberpay:pay 1:1' });
      expect(again.duplicate).toBe(true);
      expect(again.seq).toBe(first.seq);
    } finally {
      await app.close();
    }
  });

  it('writes payment state under compare-and-set and lists an order for snapshots', async () => {
    const app = await startNats();
    try {
      const store = app.get(PaymentStateStore);
      expect(await store.get('cyberpay', 'pay 1')).toBeNull();
      const revision = await store.compareAndSet(state(1, 'pending'), 0);
      await expect(store.compareAndSet(state(1, 'pending'), 0)).rejects.toBeInstanceOf(StateConflictError);
      await store.compareAndSet(state(2, 'processing'), revision);
      await expect(store.compareAndSet(state(2, 'succeeded'), revision)).rejects.toBeInstanceOf(StateConflictError);
      expect((await store.get('cyberpay', 'pay 1'))?.data.version).toBe(2);

      expect(await store.snapshot('order 1')).toEqual([]);
      await Promise.all([1, 2, 3].map(() => store.addToOrder('order 1', 'cyberpay', 'pay 1')));
      await store.addToOrder('order 1', 'cyberpay', 'pay 2');
      const snapshot = await store.snapshot('order 1');
      expect(snapshot.map((data) => [data.paymentId, data.version])).toEqual([['pay 1', 2]]);
    } finally {
      await app.close();
    }
  });
});
