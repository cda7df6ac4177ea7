import { IsNotEmpty, IsString } from 'class-validator';

/** `{ "apiKey": "…" }`, sent as `X-API-Key`. */
export class CryptoApikeyAuth {
  @IsString()
  @IsNotEmpty()
  apiKey!: string;
}
