import { staticAuthKind } from '../static-auth.kind';
import { miraclecashApi } from './miraclecash.api';
import { MiraclecashAuth } from './miraclecash.auth';
import { MIRACLECASH_STATUSES, miraclecashStatus } from './miraclecash.status';

export const miraclecash = staticAuthKind({
  kind: 'miraclecash',
  authSchema: MiraclecashAuth,
  webhookIdPath: ['id'],
  knownStatuses: MIRACLECASH_STATUSES,
  canonicalStatus: miraclecashStatus,
  api: miraclecashApi,
});
