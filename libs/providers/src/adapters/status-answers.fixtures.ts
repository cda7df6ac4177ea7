import { card3dsApi } from './card-3ds/card-3ds.api';
import { CARD_3DS_EXAMPLE_ID, card3dsExample } from './card-3ds/card-3ds.fixtures';
import { CARD_3DS_DECIMALS, Card3dsPayment } from './card-3ds/card-3ds.response';
import { cryptoApikeyApi } from './crypto-apikey/crypto-apikey.api';
import { CRYPTO_APIKEY_EXAMPLE, CRYPTO_APIKEY_EXAMPLE_ID } from './crypto-apikey/crypto-apikey.fixtures';
import { CRYPTO_APIKEY_DECIMALS, CryptoApikeyPayment } from './crypto-apikey/crypto-apikey.response';
import { cryptoOauthApi } from './crypto-oauth/crypto-oauth.api';
import { CRYPTO_OAUTH_EXAMPLE, CRYPTO_OAUTH_EXAMPLE_ID } from './crypto-oauth/crypto-oauth.fixtures';
import { CRYPTO_OAUTH_DECIMALS, CryptoOauthPayment } from './crypto-oauth/crypto-oauth.response';
import { cyberpayApi } from './cyberpay/cyberpay.api';
import { CYBERPAY_EXAMPLE, CYBERPAY_EXAMPLE_ID } from './cyberpay/cyberpay.fixtures';
import { CYBERPAY_DECIMALS, CyberpayAnswer } from './cyberpay/cyberpay.response';
import { miraclecashApi } from './miraclecash/miraclecash.api';
import { MIRACLECASH_EXAMPLE, MIRACLECASH_EXAMPLE_ID } from './miraclecash/miraclecash.fixtures';
import { MiraclecashPayment } from './miraclecash/miraclecash.response';
import { StatusApi } from './status-api';

export interface StatusAnswer {
  kind: string;
  /** The kind's document example of a status answer. */
  body: string;
  paymentId: string;
  schema: new () => object;
  decimals: ReadonlySet<string>;
  api: Pick<StatusApi<never>, 'read'>;
}

/** Every kind's status answer with the schema and API that read it. */
export const STATUS_ANSWERS: readonly StatusAnswer[] = [
  {
    kind: 'cyberpay',
    body: CYBERPAY_EXAMPLE,
    paymentId: CYBERPAY_EXAMPLE_ID,
    schema: CyberpayAnswer,
    decimals: CYBERPAY_DECIMALS,
    api: cyberpayApi,
  },
  {
    kind: 'crypto-apikey',
    body: CRYPTO_APIKEY_EXAMPLE,
    paymentId: CRYPTO_APIKEY_EXAMPLE_ID,
    schema: CryptoApikeyPayment,
    decimals: CRYPTO_APIKEY_DECIMALS,
    api: cryptoApikeyApi,
  },
  {
    kind: 'crypto-oauth',
    body: CRYPTO_OAUTH_EXAMPLE,
    paymentId: CRYPTO_OAUTH_EXAMPLE_ID,
    schema: CryptoOauthPayment,
    decimals: CRYPTO_OAUTH_DECIMALS,
    api: cryptoOauthApi,
  },
  {
    kind: 'card-3ds',
    body: card3dsExample('SUCCESS'),
    paymentId: CARD_3DS_EXAMPLE_ID,
    schema: Card3dsPayment,
    decimals: CARD_3DS_DECIMALS,
    api: card3dsApi,
  },
  {
    kind: 'miraclecash',
    body: MIRACLECASH_EXAMPLE,
    paymentId: MIRACLECASH_EXAMPLE_ID,
    schema: MiraclecashPayment,
    decimals: new Set(),
    api: miraclecashApi,
  },
];
