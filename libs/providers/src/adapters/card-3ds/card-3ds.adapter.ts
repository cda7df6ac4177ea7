import { staticAuthKind } from '../static-auth.kind';
import { card3dsApi } from './card-3ds.api';
import { Card3dsAuth } from './card-3ds.auth';

export const card3ds = staticAuthKind({
  kind: 'card-3ds',
  authSchema: Card3dsAuth,
  webhookIdPath: ['paymentId'],
  api: card3dsApi,
});
