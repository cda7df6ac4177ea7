import { Expose } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { HubEnv, ToInt } from '@statushub/config';

/** Settings of the example consumer that credits players' deposits (CONTRACT §8). */
export class BalanceUpdaterEnv extends HubEnv {
  /** /healthz, /readyz and /metrics. */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(65535)
  BALANCE_UPDATER_PORT: number = 3002;

  @Expose()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/postgres';

  /** Lets several installs (and test runs) share one database; quoted as an identifier, so kept plain. */
  @Expose()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lower-case SQL identifier: a-z, 0-9, _' })
  BALANCE_UPDATER_SCHEMA: string = 'public';

  /** Durable JetStream consumer name: every instance with the same name shares the work. */
  @Expose()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'must be 1-64 letters, digits, _ or -' })
  BALANCE_UPDATER_CONSUMER: string = 'balance-updater';

  /** How long JetStream waits for an ack before it delivers the event again (e.g. after a crash). */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  BALANCE_UPDATER_ACK_WAIT_MS: number = 30_000;

  /** First delay before an event that failed on the database is delivered again; doubles up to the max. */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  BALANCE_UPDATER_RETRY_MIN_MS: number = 1000;

  @Expose()
  @ToInt()
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  BALANCE_UPDATER_RETRY_MAX_MS: number = 60_000;

  /**
   * The balance updater serves no authenticated API (only /healthz, /readyz, /metrics), so it
   * needs no API keys or token secret by default. HUB_AUTH=on still works and then asks for them,
   * so one environment file can serve every app. (Validation is inherited from HubEnv.)
   */
  override HUB_AUTH: 'on' | 'off' = 'off';
}
