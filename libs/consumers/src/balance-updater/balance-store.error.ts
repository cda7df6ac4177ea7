import { DatabaseError } from 'pg';

/**
 * `UNAVAILABLE`: the database could not do it now (down, restarting, timed out, locked, missing
 * privileges): the event is delivered again later. `REJECTED`: the database refuses this data
 * (SQLSTATE class 22, e.g. a number out of range), so no retry can succeed.
 */
export type BalanceStoreErrorCode = 'UNAVAILABLE' | 'REJECTED';

export class BalanceStoreError extends Error {
  constructor(
    readonly code: BalanceStoreErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'BalanceStoreError';
  }

  static from(error: unknown, doing: string): BalanceStoreError {
    const sqlState = error instanceof DatabaseError ? error.code : undefined;
    const code = sqlState?.startsWith('22') ? 'REJECTED' : 'UNAVAILABLE';
    const detail = error instanceof Error ? error.message : String(error);
    return new BalanceStoreError(code, `${doing}: ${detail}${sqlState ? ` (SQLSTATE ${sqlState})` : ''}`, {
      cause: error,
    });
  }
}
