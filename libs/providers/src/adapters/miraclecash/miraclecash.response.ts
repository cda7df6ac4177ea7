import { OptionalText, Text } from '../../parsing/field.decorators';

/** `GET /external/payments/prompt/:id` → 200 (document 000). */
export class MiraclecashPayment {
  @Text() id!: string;
  @Text() status!: string;
  @OptionalText() blockchainId?: string | null;
  @OptionalText() createdAt?: string | null;
}
