import { Expose } from 'class-transformer';
import { IsOptional, IsString } from 'class-validator';
import { DecimalText } from '../../parsing/decimal-text.decorator';

/** Money fields the document types as numbers; their source text is kept. */
export const CARD_3DS_DECIMALS: ReadonlySet<string> = new Set(['amount', 'merchantCommission']);

/**
 * `GET /api/payment/{paymentId}` → ApiPaymentResponse (document 002). Card holder name, masked
 * PAN and customer id are personal data: not declared, never read.
 */
export class Card3dsPayment {
  @Expose()
  @IsString()
  paymentId!: string;

  @Expose()
  @IsString()
  status!: string;

  @Expose()
  @IsOptional()
  @DecimalText()
  amount?: string | null;

  @Expose()
  @IsOptional()
  @IsString()
  currency?: string | null;
}
