import { staticAuthKind } from '../static-auth.kind';
import { cyberpayApi } from './cyberpay.api';
import { CyberpayAuth } from './cyberpay.auth';
import { CYBERPAY_STATUSES, cyberpayStatus } from './cyberpay.status';

export const cyberpay = staticAuthKind({
  kind: 'cyberpay',
  authSchema: CyberpayAuth,
  webhookIdPath: ['data', 'orderId'],
  knownStatuses: CYBERPAY_STATUSES,
  canonicalStatus: cyberpayStatus,
  api: cyberpayApi,
});
