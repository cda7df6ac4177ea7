import { staticAuthKind } from '../static-auth.kind';
import { cryptoApikeyApi } from './crypto-apikey.api';
import { CryptoApikeyAuth } from './crypto-apikey.auth';

export const cryptoApikey = staticAuthKind({
  kind: 'crypto-apikey',
  authSchema: CryptoApikeyAuth,
  webhookIdPath: ['transaction_id'],
  api: cryptoApikeyApi,
});
