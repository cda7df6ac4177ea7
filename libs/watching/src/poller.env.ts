import { Expose } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { HubEnv, ToInt } from '@statushub/config';

export class PollerEnv extends HubEnv {
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(65535)
  POLLER_PORT: number = 3001;

  /** Path of the provider connections file (CONTRACT §6). */
  @Expose()
  @IsString({ message: 'must name the provider connections file (CONTRACT §6)' })
  HUB_PROVIDERS!: string;
}
