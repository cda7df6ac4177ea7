import { Injectable } from '@nestjs/common';
import { BudgetReport, isBudgetReport } from '../budget/budget-report';
import { isLive } from '@statushub/state';
import { WatchBuckets } from './watch-buckets';

/**
 * Each connection's budget report, in the watch bucket (which has no max age) so that it outlives
 * the lease that expires with a dead owner. The key's upper-case prefix cannot clash with a watch
 * key, whose first token is a lower-case connection name.
 */
@Injectable()
export class BudgetStore {
  constructor(private readonly buckets: WatchBuckets) {}

  async read(provider: string): Promise<BudgetReport | null> {
    const entry = await this.buckets.watches.get(budgetKey(provider));
    if (!isLive(entry)) {
      return null;
    }
    const value: unknown = entry.json();
    return isBudgetReport(value) ? value : null;
  }

  async write(provider: string, report: BudgetReport): Promise<void> {
    await this.buckets.watches.put(budgetKey(provider), JSON.stringify(report));
  }
}

function budgetKey(provider: string): string {
  return `BUDGET.${provider}`;
}
