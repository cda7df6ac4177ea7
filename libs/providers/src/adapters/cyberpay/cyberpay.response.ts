import { Expose, Type } from 'class-transformer';
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
  @Expose()
  @IsOptional()
  @IsNumber()
  currentStep?: number | null;

  @Expose()
  @IsOptional()
  @IsNumber()
  totalSteps?: number | null;

  @Expose()
  @IsOptional()
  @IsNumber()
  percentage?: number | null;
}

class CyberpayToken {
  @Expose()
  @IsString()
  symbol!: string;
}

class CyberpayPaymentAmounts {
  @Expose()
  @IsOptional()
  @DecimalText()
  settlementAmount?: string | null;

  @Expose()
  @IsOptional()
  @DecimalText()
  actualReceived?: string | null;

  @Expose()
  @IsOptional()
  @ValidateNested()
  @Type(() => CyberpayToken)
  settlementToken?: CyberpayToken | null;
}

class CyberpayTransaction {
  @Expose()
  @IsOptional()
  @IsString()
  txHash?: string | null;

  @Expose()
  @IsOptional()
  @IsString()
  destinationTxHash?: string | null;
}

export class CyberpayOrder {
  @Expose()
  @IsString()
  orderId!: string;

  @Expose()
  @IsString()
  status!: string;

  @Expose()
  @IsOptional()
  @IsString()
  substatus?: string | null;

  @Expose()
  @IsOptional()
  @ValidateNested()
  @Type(() => CyberpayProgress)
  progress?: CyberpayProgress | null;

  @Expose()
  @IsOptional()
  @ValidateNested()
  @Type(() => CyberpayPaymentAmounts)
  payment?: CyberpayPaymentAmounts | null;

  @Expose()
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CyberpayTransaction)
  transactions?: CyberpayTransaction[] | null;
}

/** `GET /v1/payment/status/{orderId}` (document 003): `{ success, data | error, timestamp }`. */
export class CyberpayAnswer {
  @Expose()
  @IsBoolean()
  success!: boolean;

  @Expose()
  @ValidateIf((answer: CyberpayAnswer) => answer.success)
  @IsDefined()
  @ValidateNested()
  @Type(() => CyberpayOrder)
  data!: CyberpayOrder;
}
