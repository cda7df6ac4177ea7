import { Expose } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { HubEnv, ToInt } from '@statushub/config';

/**
 * The sandbox's settings. It shares the hub's base settings (LOG_LEVEL, …) for the platform
 * module, but needs no API keys: it is a stand-in for the providers, not part of the hub.
 */
export class SandboxEnv extends HubEnv {
  @Expose()
  @ToInt()
  @IsInt()
  @Min(0)
  @Max(65535)
  SANDBOX_PORT: number = 4010;

  /** Lifetime of the crypto-oauth access tokens it issues. */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(86_400)
  SANDBOX_TOKEN_TTL_SECONDS: number = 3600;

  @Expose()
  @IsIn(['on', 'off'])
  override HUB_AUTH: 'on' | 'off' = 'off';
}
