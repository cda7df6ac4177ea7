import { OptionalMoney, OptionalText, Text } from '../../parsing/field.decorators';

/** Typed `decimal`: a string in the document's example, a number from some serializers; kept as written either way. */
export const CRYPTO_OAUTH_DECIMALS: ReadonlySet<string> = new Set(['amount_usd']);

/** `POST /payments/status/` → TransactionDetailSerializer (document 004). customer_email is not read. */
export class CryptoOauthPayment {
  @Text() transaction_id!: string;
  @Text() status!: string;
  @OptionalMoney() amount_usd?: string | null;
  @OptionalText() transaction_hash?: string | null;
}
