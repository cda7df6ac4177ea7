import { Expose } from 'class-transformer';
import { IsOptional, IsString } from 'class-validator';
import { DecimalText } from '../../parsing/decimal-text.decorator';

/** Money fields the document types as JSON numbers; their source text is kept. */
export const CRYPTO_APIKEY_DECIMALS: ReadonlySet<string> = new Set(['amount_usd', 'amount_crypto']);

/** `POST /payments/status` → 200 (document 001). Personal fields (customer_email) are not read. */
export class CryptoApikeyPayment {
  @Expose()
  @IsString()
  transaction_id!: string;

  @Expose()
  @IsString()
  status!: string;

  @Expose()
  @IsOptional()
  @IsString()
  payment_type?: string | null;

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
  tx_hash?: string | null;
}
