import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { MAX_ID_LENGTH } from '../order-token';

export const CLIENT_ACTIONS = ['subscribe', 'unsubscribe', 'ping'] as const;
export type ClientAction = (typeof CLIENT_ACTIONS)[number];

export class ClientFrameDto {
  @IsIn(CLIENT_ACTIONS)
  action!: ClientAction;
}

export class SubscribeFrameDto {
  @IsIn(['subscribe'])
  action!: 'subscribe';

  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ID_LENGTH)
  orderId!: string;

  @IsOptional()
  @IsString()
  @MaxLength(4096)
  token?: string;

  /** The shape a client written for the cyberpay stream sends (seed 003). */
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  apiKey?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  since?: number;
}

export class UnsubscribeFrameDto {
  @IsIn(['unsubscribe'])
  action!: 'unsubscribe';

  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ID_LENGTH)
  orderId!: string;
}
