import { Expose } from 'class-transformer';
import { IsOptional, IsString } from 'class-validator';
import { DecimalText } from '../../parsing/decimal-text.decorator';

/** Typed `decimal`: a string in the document's example, a number from some serializers; kept as written either way. */
export const CRYPTO_OAUTH_DECIMALS: ReadonlySet<string> = new Set(['amount_usd', 'amount_crypto']);

/** `POST /payments/status/` → TransactionDetailSerializer (document 004). customer_email is not read. */
export class CryptoOauthPayment {
  @Expose()
  @IsString()
  transaction_id!: string;

  @Expose()
  @IsString()
  status!: string;

  @Expose()
  @IsOptional()
  @DecimalText()
  amount_usd?: string | null;

  @Expose()
  @IsOptional()
  @DecimalText()
  amount_crypto?: string | null;

  @Expose()
  @IsOptional()
  @IsString()
  transaction_hash?: string | null;
}
