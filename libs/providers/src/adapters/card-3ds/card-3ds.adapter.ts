import { staticAuthKind } from '../static-auth.kind';
import { card3dsApi } from './card-3ds.api';
import { Card3dsAuth } from './card-3ds.auth';
import { CARD_3DS_STATUSES, card3dsStatus } from './card-3ds.status';

export const card3ds = staticAuthKind({
  kind: 'card-3ds',
  authSchema: Card3dsAuth,
  webhookIdPath: ['paymentId'],
  knownStatuses: CARD_3DS_STATUSES,
  canonicalStatus: card3dsStatus,
  api: card3dsApi,
});
