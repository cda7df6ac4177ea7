import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_ID_LENGTH } from '../order-token';

export const MAX_TOKEN_TTL_SECONDS = 86_400;

export class StreamTokenRequestDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(MAX_ID_LENGTH, { each: true })
  orderIds!: string[];

  @IsInt()
  @Min(1)
  @Max(MAX_TOKEN_TTL_SECONDS)
  ttlSeconds: number = 3600;
}
