import { staticAuthKind } from '../static-auth.kind';
import { cyberpayApi } from './cyberpay.api';
import { CyberpayAuth } from './cyberpay.auth';

export const cyberpay = staticAuthKind({
  kind: 'cyberpay',
  authSchema: CyberpayAuth,
  webhookIdPath: ['data', 'orderId'],
  api: cyberpayApi,
});
