import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { SIM_KIND_NAMES } from '../../kinds/sim-kinds.list';
import { PaymentSpec } from '../../sim/payment-spec';
import { DECIMAL, StepDto } from './step.dto';

/** Everything about a simulated payment but its id. */
export class PaymentTemplateDto implements Omit<PaymentSpec, 'id'> {
  @IsIn(SIM_KIND_NAMES)
  kind!: string;

  @IsOptional()
  @IsString()
  status?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => StepDto)
  steps?: StepDto[];

  @IsOptional()
  @IsString()
  outcome?: string;

  @IsOptional()
  @Matches(DECIMAL, { message: '$property must be a decimal string' })
  amount?: string;

  @IsOptional()
  @IsString()
  currency?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  autoAdvanceMs?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  autoAdvanceCalls?: number;
}
