import { IsOptional, IsString } from 'class-validator';

/** `GET /external/payments/prompt/:id` → 200 (document 000). */
export class MiraclecashPayment {
  @IsString()
  id!: string;

  @IsString()
  status!: string;

  @IsOptional()
  @IsString()
  blockchainId?: string | null;

  @IsOptional()
  @IsString()
  createdAt?: string;
}
