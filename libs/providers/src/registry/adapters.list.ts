import { card3ds } from '../adapters/card-3ds/card-3ds.adapter';
import { cryptoApikey } from '../adapters/crypto-apikey/crypto-apikey.adapter';
import { cryptoOauth } from '../adapters/crypto-oauth/crypto-oauth.adapter';
import { cyberpay } from '../adapters/cyberpay/cyberpay.adapter';
import { miraclecash } from '../adapters/miraclecash/miraclecash.adapter';
import { AdapterDefinition } from '../provider-adapter';

/** Every kind the hub speaks. A new provider is one folder under adapters/ and one entry here. */
export const ADAPTERS: readonly AdapterDefinition[] = [miraclecash, cryptoApikey, card3ds, cyberpay, cryptoOauth];

export const ADAPTER_KINDS: readonly string[] = ADAPTERS.map((definition) => definition.kind);

export function adapterDefinition(kind: string): AdapterDefinition | undefined {
  return ADAPTERS.find((definition) => definition.kind === kind);
}
