import { IsInt, Min } from 'class-validator';

export class AdvanceDto {
  @IsInt()
  @Min(1)
  steps: number = 1;
}

export class OAuthSettingsDto {
  @IsInt()
  @Min(1)
  ttlSeconds!: number;
}
