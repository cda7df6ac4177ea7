import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDefined,
  IsNumber,
  IsOptional,
  IsString,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DecimalText } from '../../parsing/decimal-text.decorator';

export const CYBERPAY_DECIMALS: ReadonlySet<string> = new Set(['paymentAmount', 'settlementAmount', 'actualReceived']);

class CyberpayProgress {
  @IsOptional()
  @IsNumber()
  currentStep?: number | null;

  @IsOptional()
  @IsNumber()
  totalSteps?: number | null;

  @IsOptional()
  @IsNumber()
  percentage?: number | null;
}

class CyberpayToken {
  @IsString()
  symbol!: string;
}

class CyberpayPaymentAmounts {
  @IsOptional()
  @DecimalText()
  settlementAmount?: string | null;

  @IsOptional()
  @DecimalText()
  actualReceived?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => CyberpayToken)
  settlementToken?: CyberpayToken | null;
}

class CyberpayTransaction {
  @IsOptional()
  @IsString()
  txHash?: string | null;

  @IsOptional()
  @IsString()
  destinationTxHash?: string | null;
}

export class CyberpayOrder {
  @IsString()
  orderId!: string;

  @IsString()
  status!: string;

  @IsOptional()
  @IsString()
  substatus?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => CyberpayProgress)
  progress?: CyberpayProgress | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => CyberpayPaymentAmounts)
  payment?: CyberpayPaymentAmounts | null;

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CyberpayTransaction)
  transactions?: CyberpayTransaction[] | null;
}

/** `GET /v1/payment/status/{orderId}` (document 003): `{ success, data | error, timestamp }`. */
export class CyberpayAnswer {
  @IsBoolean()
  success!: boolean;

  @ValidateIf((answer: CyberpayAnswer) => answer.success)
  @IsDefined()
  @ValidateNested()
  @Type(() => CyberpayOrder)
  data!: CyberpayOrder;
}
