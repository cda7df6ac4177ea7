import { Expose } from 'class-transformer';
import { ArrayMinSize, IsIn, IsOptional, IsString, Matches, MinLength, ValidateIf } from 'class-validator';
import { ToList } from './transforms';

const NATS_URL = /^(nats|tls|ws|wss):\/\/[^\s,]+(,\s*(nats|tls|ws|wss):\/\/[^\s,]+)*$/;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Settings every app shares (CONTRACT §5, §7). */
export class HubEnv {
  @Expose()
  @Matches(NATS_URL, { message: 'must be nats://host:port, or a comma-separated list of them' })
  NATS_URL: string = 'nats://127.0.0.1:4222';

  /** Prefixes every stream, bucket and subject name, so several hubs (or test runs) share one server. */
  @Expose()
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'must be letters, digits, _ or -' })
  NATS_NAMESPACE?: string;

  @Expose()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @Expose()
  @IsIn(['on', 'off'])
  HUB_AUTH: 'on' | 'off' = 'on';

  @Expose()
  @ToList()
  @ValidateIf((env: HubEnv) => env.HUB_AUTH === 'on')
  @ArrayMinSize(1, { message: 'must list at least one API key when HUB_AUTH is on' })
  @IsString({ each: true })
  @MinLength(16, { each: true, message: 'each key must be at least 16 characters' })
  HUB_API_KEYS: string[] = [];

  @Expose()
  @ValidateIf((env: HubEnv) => env.HUB_AUTH === 'on')
  @IsString({ message: 'must be set when HUB_AUTH is on' })
  @MinLength(32, { message: 'must be at least 32 characters' })
  HUB_TOKEN_SECRET?: string;
}
