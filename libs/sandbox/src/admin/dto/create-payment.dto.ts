import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { PaymentTemplateDto } from './payment-template.dto';

export class CreatePaymentDto extends PaymentTemplateDto {
  @IsString()
  @Length(1, 128)
  id!: string;
}

/** Many payments from one template: the given `ids`, or `count` ids `<idPrefix><n>`. */
export class BulkCreateDto extends PaymentTemplateDto {
  @ValidateIf((dto: BulkCreateDto) => dto.ids === undefined)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  count?: number;

  @IsOptional()
  @IsString()
  idPrefix?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1_000_000)
  @IsString({ each: true })
  @Length(1, 128, { each: true })
  ids?: string[];
}
