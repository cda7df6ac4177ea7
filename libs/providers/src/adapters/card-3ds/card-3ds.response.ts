import { OptionalMoney, OptionalText, Text } from '../../parsing/field.decorators';

/** Money fields the document types as numbers; their source text is kept. */
export const CARD_3DS_DECIMALS: ReadonlySet<string> = new Set(['amount']);

/**
 * `GET /api/payment/{paymentId}` → ApiPaymentResponse (document 002). Card holder name, masked
 * PAN and customer id are personal data: not declared, never read.
 */
export class Card3dsPayment {
  @Text() paymentId!: string;
  @Text() status!: string;
  @OptionalMoney() amount?: string | null;
  @OptionalText() currency?: string | null;
}
