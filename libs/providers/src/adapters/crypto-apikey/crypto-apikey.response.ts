import { OptionalMoney, OptionalText, Text } from '../../parsing/field.decorators';

/** Money fields the document types as JSON numbers; their source text is kept. */
export const CRYPTO_APIKEY_DECIMALS: ReadonlySet<string> = new Set(['amount_usd']);

/** `POST /payments/status` → 200 (document 001). Personal fields (customer_email) are not read. */
export class CryptoApikeyPayment {
  @Text() transaction_id!: string;
  @Text() status!: string;
  @OptionalText() payment_type?: string | null;
  @OptionalMoney() amount_usd?: string | null;
  @OptionalText() tx_hash?: string | null;
}
