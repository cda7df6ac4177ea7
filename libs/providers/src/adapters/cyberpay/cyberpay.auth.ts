import { IsNotEmpty, IsString } from 'class-validator';

/** `{ "bearer": "…" }`: the API key, sent as `Authorization: Bearer`. */
export class CyberpayAuth {
  @IsString()
  @IsNotEmpty()
  bearer!: string;
}
