import { Expose } from 'class-transformer';
import {
  IsInt,
  IsString,
  Max,
  Min,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { HubEnv, ToInt } from '@statushub/config';

@ValidatorConstraint({ name: 'afterYoung' })
class AfterYoung implements ValidatorConstraintInterface {
  validate(value: unknown, args?: ValidationArguments): boolean {
    return typeof value === 'number' && value > (args?.object as PollerEnv).POLLER_YOUNG_WATCH_MS;
  }
  defaultMessage(): string {
    return 'must be greater than POLLER_YOUNG_WATCH_MS';
  }
}

/** Every poller setting, each with a default and validated at start (README: configuration). */
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

  /** Life of a connection's lease; refreshed every third of it; a dead owner's connections move after it. */
  @Expose() @ToInt() @IsInt() @Min(1_500) @Max(60_000) POLLER_LEASE_TTL_MS: number = 6_000;

  /** How often an instance tries to take free connections and checks its fair share. */
  @Expose() @ToInt() @IsInt() @Min(100) @Max(30_000) POLLER_LEASE_RETRY_MS: number = 1_000;

  @Expose() @ToInt() @IsInt() @Min(1) @Max(10_000) POLLER_MAX_IN_FLIGHT_PER_CONNECTION: number = 64;

  @Expose() @ToInt() @IsInt() @Min(1) @Max(100_000) POLLER_MAX_IN_FLIGHT: number = 512;

  /** Cap of the exponential backoff after provider errors and timeouts. */
  @Expose() @ToInt() @IsInt() @Min(100) @Max(3_600_000) POLLER_BACKOFF_MAX_MS: number = 60_000;

  /** Delay after rejected credentials, or "not found" past the grace. */
  @Expose() @ToInt() @IsInt() @Min(1_000) @Max(86_400_000) POLLER_LONG_BACKOFF_MS: number = 300_000;

  /** How long after registration "not found" is taken for a payment the provider does not list yet. */
  @Expose() @ToInt() @IsInt() @Min(0) @Max(86_400_000) POLLER_NOT_FOUND_GRACE_MS: number = 600_000;

  /** Pause of a connection after a 429 without Retry-After. */
  @Expose() @ToInt() @IsInt() @Min(100) @Max(3_600_000) POLLER_DEFAULT_RETRY_AFTER_MS: number = 5_000;

  /** Consecutive outages (5xx, network, timeout) that open a connection's circuit breaker. */
  @Expose() @ToInt() @IsInt() @Min(1) @Max(1_000) POLLER_BREAKER_FAILURES: number = 5;

  /** First cool-down of an open breaker; doubles after each failed probe, up to POLLER_BACKOFF_MAX_MS. */
  @Expose() @ToInt() @IsInt() @Min(100) @Max(3_600_000) POLLER_BREAKER_OPEN_MS: number = 10_000;

  /** Added to the 60 s rate window, so jitter in the network cannot make the provider count one call too many. */
  @Expose() @ToInt() @IsInt() @Min(0) @Max(10_000) POLLER_RATE_SAFETY_MS: number = 500;

  /** Share of a connection's rate limit the regular schedule plans for; the rest absorbs first polls, webhooks and retries. */
  @Expose() @ToInt() @IsInt() @Min(10) @Max(100) POLLER_RATE_PLAN_PERCENT: number = 90;

  /** Watches younger than this are polled first when the budget is short. */
  @Expose() @ToInt() @IsInt() @Min(0) @Max(86_400_000) POLLER_YOUNG_WATCH_MS: number = 600_000;

  /** Pending watches older than this are polled last when the budget is short. */
  @Expose() @ToInt() @IsInt() @Validate(AfterYoung) @Max(864_000_000) POLLER_OLD_WATCH_MS: number = 3_600_000;

  /** Polling goes on this long past a watch's `expiresAt`, so the provider's own `expired` is seen. */
  @Expose() @ToInt() @IsInt() @Min(0) @Max(86_400_000) POLLER_EXPIRY_GRACE_MS: number = 600_000;

  /** On SIGTERM, how long to wait for polls in flight before leases are handed back. */
  @Expose() @ToInt() @IsInt() @Min(0) @Max(60_000) POLLER_SHUTDOWN_GRACE_MS: number = 5_000;
}
