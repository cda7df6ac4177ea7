import { IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_ID_LENGTH } from '../order-token';

export const PROVIDER_NAME = /^[a-z0-9_-]+$/;

export class WatchRefDto {
  @IsString()
  @Matches(PROVIDER_NAME, { message: 'provider must be a connection name of [a-z0-9_-]' })
  provider!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ID_LENGTH)
  paymentId!: string;
}

export class WatchRegistrationDto extends WatchRefDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ID_LENGTH)
  orderId!: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;

  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}
