import { Expose, Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsObject, ValidateIf, ValidateNested } from 'class-validator';
import {
  OptionalList,
  OptionalMoney,
  OptionalNumber,
  OptionalObject,
  OptionalText,
  Text,
} from '../../parsing/field.decorators';

export const CYBERPAY_DECIMALS: ReadonlySet<string> = new Set(['settlementAmount', 'actualReceived']);

class CyberpayProgress {
  @OptionalNumber() currentStep?: number | null;
  @OptionalNumber() totalSteps?: number | null;
  @OptionalNumber() percentage?: number | null;
}

class CyberpayToken {
  @Text() symbol!: string;
}

class CyberpayPaymentAmounts {
  @OptionalMoney() settlementAmount?: string | null;
  @OptionalMoney() actualReceived?: string | null;
  @OptionalObject(() => CyberpayToken) settlementToken?: CyberpayToken | null;
}

class CyberpayTransaction {
  @OptionalText() txHash?: string | null;
  @OptionalText() destinationTxHash?: string | null;
}

export class CyberpayOrder {
  @Text() orderId!: string;
  @Text() status!: string;
  @OptionalText() substatus?: string | null;
  @OptionalObject(() => CyberpayProgress) progress?: CyberpayProgress | null;
  @OptionalObject(() => CyberpayPaymentAmounts) payment?: CyberpayPaymentAmounts | null;
  @OptionalList(() => CyberpayTransaction) transactions?: CyberpayTransaction[] | null;
}

/** `GET /v1/payment/status/{orderId}` (document 003): `{ success, data | error, timestamp }`. */
export class CyberpayAnswer {
  @Expose()
  @IsBoolean()
  success!: boolean;

  @Expose()
  @ValidateIf((answer: CyberpayAnswer) => answer.success)
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CyberpayOrder)
  data!: CyberpayOrder;
}
