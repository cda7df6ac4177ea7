import { IsOptional, IsString } from 'class-validator';
import { DecimalText } from '../../parsing/decimal-text.decorator';

/** Money fields the document types as JSON numbers; their source text is kept. */
export const CRYPTO_APIKEY_DECIMALS: ReadonlySet<string> = new Set(['amount_usd', 'amount_crypto']);

/** `POST /payments/status` → 200 (document 001). Personal fields (customer_email) are not read. */
export class CryptoApikeyPayment {
  @IsString()
  transaction_id!: string;

  @IsString()
  status!: string;

  @IsOptional()
  @IsString()
  payment_type?: string | null;

  @IsOptional()
  @DecimalText()
  amount_usd?: string | null;

  @IsOptional()
  @DecimalText()
  amount_crypto?: string | null;

  @IsOptional()
  @IsString()
  tx_hash?: string | null;
}
