import { IsNotEmpty, IsString } from 'class-validator';

/** `{ "apiKey": "…", "apiSecret": "…" }`, sent as `X-API-KEY` and `X-API-SECRET`. */
export class Card3dsAuth {
  @IsString()
  @IsNotEmpty()
  apiKey!: string;

  @IsString()
  @IsNotEmpty()
  apiSecret!: string;
}
