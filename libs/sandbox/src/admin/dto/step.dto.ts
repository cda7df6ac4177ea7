import { Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { SimProgress, SimState } from '../../sim/sim-state';

export const DECIMAL = /^-?\d+(\.\d+)?$/;

class ProgressDto implements SimProgress {
  @IsOptional()
  @IsNumber()
  percentage: number | null = null;

  @IsOptional()
  @IsNumber()
  currentStep: number | null = null;

  @IsOptional()
  @IsNumber()
  totalSteps: number | null = null;
}

/** One lifecycle step, or the state set by `POST …/state`. */
export class StepDto implements SimState {
  @IsString()
  @MinLength(1)
  status!: string;

  @IsOptional()
  @IsString()
  substatus?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => ProgressDto)
  progress?: ProgressDto | null;

  @IsOptional()
  @IsString()
  txHash?: string | null;

  @IsOptional()
  @IsString()
  paymentType?: string | null;

  @IsOptional()
  @Matches(DECIMAL, { message: '$property must be a decimal string' })
  received?: string | null;

  @IsOptional()
  @IsArray()
  @IsObject({ each: true })
  transactions?: Record<string, unknown>[];

  @IsOptional()
  @IsString()
  body?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  afterMs?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  afterCalls?: number;
}
