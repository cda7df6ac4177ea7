import { Expose, Transform } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Min } from 'class-validator';

/** RFC 6749 §5.1 access token response. */
export class OAuthTokenAnswer {
  @Expose()
  @IsString()
  @IsNotEmpty()
  access_token!: string;

  @Expose()
  @IsOptional()
  @Matches(/^bearer$/i, { message: '$property must be Bearer' })
  token_type?: string;

  /** Some servers send it as a string of digits. */
  @Expose()
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value,
  )
  @IsNumber()
  @Min(0)
  expires_in?: number;
}

/** Token endpoint errors (RFC 6749 §5.2) whose HTTP status can be a plain 400. */
export const TOKEN_ERROR_CODES = {
  invalid_client: 'auth_rejected',
  unauthorized_client: 'auth_rejected',
  invalid_grant: 'auth_rejected',
  invalid_scope: 'forbidden',
} as const;
