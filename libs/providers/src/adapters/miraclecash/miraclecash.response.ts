import { Expose } from 'class-transformer';
import { IsOptional, IsString } from 'class-validator';

/** `GET /external/payments/prompt/:id` → 200 (document 000). */
export class MiraclecashPayment {
  @Expose()
  @IsString()
  id!: string;

  @Expose()
  @IsString()
  status!: string;

  @Expose()
  @IsOptional()
  @IsString()
  blockchainId?: string | null;

  @Expose()
  @IsOptional()
  @IsString()
  createdAt?: string;
}
