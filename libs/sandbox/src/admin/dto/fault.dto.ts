import { IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateBy } from 'class-validator';
import { Fault, FAULT_TYPES, FaultType } from '../../sim/fault';

const isTimes = (value: unknown) => value === 'always' || (Number.isInteger(value) && (value as number) >= 1);
const isRetryAfter = (value: unknown) =>
  value === null ||
  (typeof value === 'string' && value.length > 0) ||
  (Number.isInteger(value) && (value as number) >= 0);

export class FaultDto {
  @IsIn(FAULT_TYPES)
  type!: FaultType;

  /** How many calls it faults: a count, or `"always"` (until cleared). */
  @ValidateBy({
    name: 'isTimes',
    validator: { validate: isTimes, defaultMessage: () => 'times must be an integer ≥ 1 or "always"' },
  })
  times: number | 'always' = 1;

  /** rate_limit: seconds, a string sent as is (an HTTP-date), or null for no Retry-After header. */
  @IsOptional()
  @ValidateBy({
    name: 'isRetryAfter',
    validator: { validate: isRetryAfter, defaultMessage: () => 'retryAfter must be seconds, a string or null' },
  })
  retryAfter?: number | string | null;

  @IsOptional()
  @IsInt()
  @Min(500)
  @Max(599)
  httpStatus?: number;

  @IsOptional()
  @IsString()
  providerStatus?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  ms?: number;
}

export function toFault({ times, ...fault }: FaultDto): Fault {
  return { ...fault, remaining: times === 'always' ? Infinity : times };
}
