import { staticAuthKind } from '../static-auth.kind';
import { cryptoApikeyApi } from './crypto-apikey.api';
import { CryptoApikeyAuth } from './crypto-apikey.auth';
import { CRYPTO_APIKEY_STATUSES, cryptoApikeyStatus } from './crypto-apikey.status';

export const cryptoApikey = staticAuthKind({
  kind: 'crypto-apikey',
  authSchema: CryptoApikeyAuth,
  webhookIdPath: ['transaction_id'],
  knownStatuses: CRYPTO_APIKEY_STATUSES,
  canonicalStatus: cryptoApikeyStatus,
  api: cryptoApikeyApi,
});
