import { basicCredentials, iso, plainError } from './sim-kind.helpers';
import { SimKind } from './sim-kind';

/** Document 000: `GET /external/payments/prompt/:id`, HTTP Basic `client_id:api_key`. */
export const miraclecashSim: SimKind = {
  kind: 'miraclecash',
  defaultCredentials: { clientId: 'sandbox-mc-client', apiKey: 'sandbox-mc-key' },
  succeeded: 'successful',
  failed: 'unsuccessful',
  authorized({ headers }, { credentials }) {
    const basic = basicCredentials(headers);
    return basic?.user === credentials.clientId && basic.password === credentials.apiKey;
  },
  paymentId: ({ params }) => params.id ?? null,
  render: (info, state) =>
    JSON.stringify({ id: info.id, blockchainId: 'eth', status: state.status, createdAt: iso(info.createdAt) }),
  error: (status) => plainError(status),
  lifecycle: () => [{ status: 'pending' }, { status: 'successful' }],
};
