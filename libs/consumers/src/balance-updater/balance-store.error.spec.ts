import { DatabaseError } from 'pg';
import { BalanceStoreError } from './balance-store.error';

function sqlError(code: string): DatabaseError {
  const error = new DatabaseError('refused', 0, 'error');
  error.code = code;
  return error;
}

describe('BalanceStoreError.from', () => {
  it('gives up only on data the database refuses (SQLSTATE class 22)', () => {
    expect(BalanceStoreError.from(sqlError('22003'), 'credit')).toMatchObject({
      code: 'REJECTED',
      message: 'credit: refused (SQLSTATE 22003)',
    });
  });

  it('retries everything else: lost connections, restarts, locks, privileges', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    for (const error of [refused, sqlError('57P01'), sqlError('40P01'), sqlError('42501'), 'odd']) {
      expect(BalanceStoreError.from(error, 'credit').code).toBe('UNAVAILABLE');
    }
  });
});
