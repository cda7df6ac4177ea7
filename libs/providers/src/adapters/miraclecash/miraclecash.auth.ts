import { Type } from 'class-transformer';
import { IsDefined, IsNotEmpty, IsString, Matches, ValidateNested } from 'class-validator';

class BasicCredentials {
  /** RFC 7617: the user-id of Basic credentials cannot contain a colon. */
  @IsString()
  @IsNotEmpty()
  @Matches(/^[^:]*$/, { message: '$property must not contain ":"' })
  clientId!: string;

  @IsString()
  @IsNotEmpty()
  apiKey!: string;
}

/** `{ "basic": { "clientId": "…", "apiKey": "…" } }` */
export class MiraclecashAuth {
  @IsDefined()
  @ValidateNested()
  @Type(() => BasicCredentials)
  basic!: BasicCredentials;
}
