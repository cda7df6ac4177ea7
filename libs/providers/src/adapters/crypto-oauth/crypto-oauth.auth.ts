import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsOptional, IsString, IsUrl, ValidateNested } from 'class-validator';

export class OAuth2Credentials {
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  tokenUrl!: string;

  @IsString()
  @IsNotEmpty()
  clientId!: string;

  @IsString()
  @IsNotEmpty()
  clientSecret!: string;

  /** Space-separated, as the grant sends it; the document asks for `read write`. */
  @IsOptional()
  @IsString()
  scope?: string;
}

/** `{ "oauth2": { "tokenUrl", "clientId", "clientSecret", "scope" } }`: client-credentials grant. */
export class CryptoOauthAuth {
  @IsDefined()
  @ValidateNested()
  @Type(() => OAuth2Credentials)
  oauth2!: OAuth2Credentials;
}
