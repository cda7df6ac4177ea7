import { staticAuthKind } from '../static-auth.kind';
import { miraclecashApi } from './miraclecash.api';
import { MiraclecashAuth } from './miraclecash.auth';

export const miraclecash = staticAuthKind({
  kind: 'miraclecash',
  authSchema: MiraclecashAuth,
  webhookIdPath: ['id'],
  api: miraclecashApi,
});
