import { CARD_3DS_EXAMPLE_ID, card3dsExample } from '../../libs/providers/src/adapters/card-3ds/card-3ds.fixtures';
import {
  CRYPTO_APIKEY_EXAMPLE,
  CRYPTO_APIKEY_EXAMPLE_ID,
} from '../../libs/providers/src/adapters/crypto-apikey/crypto-apikey.fixtures';
import {
  CRYPTO_OAUTH_EXAMPLE,
  CRYPTO_OAUTH_EXAMPLE_ID,
} from '../../libs/providers/src/adapters/crypto-oauth/crypto-oauth.fixtures';
import { CYBERPAY_EXAMPLE, CYBERPAY_EXAMPLE_ID } from '../../libs/providers/src/adapters/cyberpay/cyberpay.fixtures';
import {
  MIRACLECASH_EXAMPLE,
  MIRACLECASH_EXAMPLE_ID,
} from '../../libs/providers/src/adapters/miraclecash/miraclecash.fixtures';
import { adapterDefinition } from '@statushub/providers';
import { Sandbox, startSandbox } from './sandbox.harness';

const LIFECYCLES: [string, string[]][] = [
  ['miraclecash', ['pending', 'succeeded']],
  ['crypto-apikey', ['pending', 'processing', 'processing', 'succeeded']],
  ['card-3ds', ['pending', 'succeeded']],
  ['cyberpay', ['pending', 'processing', 'processing', 'processing', 'succeeded']],
  ['crypto-oauth', ['pending', 'processing', 'processing', 'processing', 'succeeded']],
];

const EXAMPLES: [string, string, string, object][] = [
  ['miraclecash', MIRACLECASH_EXAMPLE_ID, MIRACLECASH_EXAMPLE, { status: 'succeeded', providerStatus: 'successful' }],
  ['crypto-apikey', CRYPTO_APIKEY_EXAMPLE_ID, CRYPTO_APIKEY_EXAMPLE, { amount: { expected: '100.00' } }],
  ['card-3ds', CARD_3DS_EXAMPLE_ID, card3dsExample('SUCCESS'), { amount: { expected: '150.00', currency: 'TRY' } }],
  ['cyberpay', CYBERPAY_EXAMPLE_ID, CYBERPAY_EXAMPLE, { providerSubstatus: 'settled', progress: { percentage: 100 } }],
  ['crypto-oauth', CRYPTO_OAUTH_EXAMPLE_ID, CRYPTO_OAUTH_EXAMPLE, { txHash: 'abc123def456...' }],
];

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe.each(LIFECYCLES)('%s over HTTP', (kind, expected) => {
  const id = `pay ${kind}/ü?#1`;
  const path = `/admin/payments/${kind}/${encodeURIComponent(id)}`;

  it('goes through its whole lifecycle, the id URL-encoded', async () => {
    await sandbox.admin.post('/admin/payments', { kind, id, amount: '100.050000' });
    const adapter = sandbox.adapter(kind);
    const seen: (string | null)[] = [];
    for (let step = 0; step < expected.length; step++) {
      seen.push((await adapter.fetchStatus(id)).status);
      await sandbox.admin.post(`${path}/advance`, {});
    }
    expect(seen).toEqual(expected);
    expect((await sandbox.admin.get(path)).calls).toBe(expected.length);
  });

  /** The mapping itself is checked against CONTRACT §1 by each adapter's unit tests. */
  it('maps every status of its document, and does not guess an unknown one', async () => {
    const definition = adapterDefinition(kind)!;
    for (const raw of definition.knownStatuses) {
      await sandbox.admin.post(`${path}/state`, { status: raw });
      await expect(sandbox.adapter(kind).fetchStatus(id)).resolves.toMatchObject({
        status: definition.canonicalStatus(raw),
        providerStatus: raw,
      });
    }
    await sandbox.admin.post(`${path}/state`, { status: 'on_hold' });
    const unknown = await sandbox.adapter(kind).fetchStatus(id);
    expect(unknown).toMatchObject({ status: kind === 'card-3ds' ? 'processing' : null, providerStatus: 'on_hold' });
  });

  it('keeps the amount exactly as written', async () => {
    const observation = await sandbox.adapter(kind).fetchStatus(id);
    expect(observation.amount?.expected ?? '100.050000').toBe('100.050000');
  });
});

describe.each(EXAMPLES)('%s document example served verbatim', (kind, id, body, expected) => {
  it('reads as the document means it', async () => {
    await sandbox.admin.post('/admin/payments', { kind, id, steps: [{ status: 'example', body }] });
    await expect(sandbox.adapter(kind).fetchStatus(id)).resolves.toMatchObject(expected);
  });
});

it('moves a payment on by itself with autoAdvanceMs', async () => {
  await sandbox.admin.post('/admin/payments', { kind: 'cyberpay', id: 'auto-1', autoAdvanceMs: 50 });
  const adapter = sandbox.adapter('cyberpay');
  await expect(adapter.fetchStatus('auto-1')).resolves.toMatchObject({ status: 'pending' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await expect(adapter.fetchStatus('auto-1')).resolves.toMatchObject({
    status: 'succeeded',
    providerSubstatus: 'settled',
    amount: { expected: '100.00', received: '100.00', currency: 'USD' },
    txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
  });
});

it('moves a payment on after a number of answers, and ends it with the given outcome', async () => {
  await sandbox.admin.post('/admin/payments', {
    kind: 'crypto-oauth',
    id: 'calls-1',
    autoAdvanceCalls: 2,
    outcome: 'expired',
  });
  const adapter = sandbox.adapter('crypto-oauth');
  const seen = [];
  for (let i = 0; i < 10; i++) {
    seen.push((await adapter.fetchStatus('calls-1')).providerStatus);
  }
  expect(seen).toEqual([
    'waiting',
    'waiting',
    'confirming',
    'confirming',
    'confirmed',
    'confirmed',
    'sending',
    'sending',
    'expired',
    'expired',
  ]);
});
