import { isSlowClient } from './slow-client.rule';

describe('isSlowClient', () => {
  it('tolerates a backlog up to the bound and drops past it', () => {
    expect(isSlowClient(0, 1024)).toBe(false);
    expect(isSlowClient(1024, 1024)).toBe(false);
    expect(isSlowClient(1025, 1024)).toBe(true);
  });
});
