import { Expose } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { HubEnv, ToInt } from '@statushub/config';

/** The gateway's settings (CONTRACT §4, §7): every limit has a default sized for browsers at payment rates. */
export class GatewayEnv extends HubEnv {
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(65535)
  GATEWAY_PORT: number = 3000;

  /** Orders one WebSocket connection may follow at once. */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(10_000)
  GATEWAY_MAX_SUBSCRIPTIONS: number = 100;

  /** Client frames per second a connection may send on average (token bucket refill rate). */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(100_000)
  GATEWAY_RATE_LIMIT_PER_SECOND: number = 20;

  /** Client frames a connection may send in one burst (token bucket size). */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(100_000)
  GATEWAY_RATE_LIMIT_BURST: number = 50;

  /** Interval of the one heartbeat sweep: WebSocket ping (a connection silent for a whole interval is closed), SSE comment. */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(100)
  @Max(600_000)
  GATEWAY_HEARTBEAT_MS: number = 30_000;

  /** A client whose unsent bytes pass this is disconnected as a slow consumer (close 4008). */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(65_536)
  @Max(1_073_741_824)
  GATEWAY_MAX_BUFFERED_BYTES: number = 1_048_576;

  /** Live events held per subscription while its snapshot or replay is read; past it the replay simply reads on. */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  GATEWAY_CATCH_UP_BUFFER: number = 1000;

  /** How long a closing socket (shutdown, slow consumer) gets for its close handshake before it is destroyed. */
  @Expose()
  @ToInt()
  @IsInt()
  @Min(0)
  @Max(60_000)
  GATEWAY_CLOSE_GRACE_MS: number = 2000;
}
