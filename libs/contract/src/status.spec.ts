import { CANONICAL_STATUSES, isCanonicalStatus, isTerminal, statusRank } from './status';

describe('canonical status (CONTRACT §1)', () => {
  it('has exactly four terminal states', () => {
    expect(CANONICAL_STATUSES.filter(isTerminal)).toEqual(['succeeded', 'failed', 'expired', 'cancelled']);
  });

  it('ranks pending < processing < terminal', () => {
    expect(CANONICAL_STATUSES.map(statusRank)).toEqual([0, 1, 2, 2, 2, 2]);
  });

  it('recognizes only canonical words', () => {
    expect(isCanonicalStatus('succeeded')).toBe(true);
    expect(isCanonicalStatus('completed')).toBe(false);
    expect(isCanonicalStatus(undefined)).toBe(false);
  });
});
