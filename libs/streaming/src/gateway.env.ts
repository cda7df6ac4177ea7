import { Expose } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { HubEnv, ToInt } from '@statushub/config';

export class GatewayEnv extends HubEnv {
  @Expose()
  @ToInt()
  @IsInt()
  @Min(1)
  @Max(65535)
  GATEWAY_PORT: number = 3000;
}
