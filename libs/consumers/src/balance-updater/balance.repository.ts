import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool, PoolClient } from 'pg';
import { BalanceStoreError } from './balance-store.error';
import { balanceStatements, migrationStatements } from './balance.sql';
import { BalanceUpdaterEnv } from './balance-updater.env';
import { Credit } from './credit.decision';

export type CreditResult = { applied: true; balance: string } | { applied: false };

/** The players' balances in PostgreSQL; every failure comes out as a `BalanceStoreError`. */
@Injectable()
export class BalanceRepository implements OnApplicationShutdown {
  private readonly logger = new Logger(BalanceRepository.name);
  private readonly pool: Pool;
  private readonly schema: string;
  private readonly sql: ReturnType<typeof balanceStatements>;
  private migrated?: Promise<void>;

  constructor(env: BalanceUpdaterEnv) {
    this.schema = env.BALANCE_UPDATER_SCHEMA;
    this.sql = balanceStatements(this.schema);
    // Timeouts well under the default ack wait, so a hung database turns into a retry, not a stuck consumer.
    this.pool = new Pool({
      connectionString: env.DATABASE_URL,
      max: 2,
      connectionTimeoutMillis: 5000,
      query_timeout: 10_000,
      application_name: 'statushub-balance-updater',
    });
    // A pooled idle connection that breaks (database restart) is reported here; unheard, it would end the process.
    this.pool.on('error', (error) => this.logger.warn({ err: error }, 'idle PostgreSQL connection lost'));
  }

  /** Adds the credit unless its payment was credited before; both in one transaction. */
  async credit(credit: Credit, streamSeq: number): Promise<CreditResult> {
    await this.ensureSchema();
    return this.transaction('credit', async (client): Promise<CreditResult> => {
      const { provider, paymentId, playerId, currency, amount, eventId } = credit;
      const claim = [provider, paymentId, playerId, currency, amount, eventId, streamSeq];
      if ((await client.query(this.sql.claimPayment, claim)).rowCount === 0) {
        return { applied: false };
      }
      const added = await client.query<{ balance: string }>(this.sql.addToBalance, [playerId, currency, amount]);
      return { applied: true, balance: added.rows[0].balance };
    });
  }

  /** Creates the tables on first use, not at start, so a database that is down at start only delays crediting. */
  ensureSchema(): Promise<void> {
    this.migrated ??= this.migrate().catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    return this.migrated;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }

  private migrate(): Promise<void> {
    return this.transaction('create tables', async (client) => {
      await client.query(this.sql.migrationLock);
      // Checked first because CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege on the database.
      if ((await client.query(this.sql.schemaExists, [this.schema])).rowCount === 0) {
        await client.query(this.sql.createSchema);
      }
      for (const statement of migrationStatements(this.schema)) {
        await client.query(statement);
      }
      this.logger.log({ schema: this.schema }, 'balance tables ready');
    });
  }

  private async transaction<T>(doing: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw BalanceStoreError.from(error, doing);
    }
    // A connection that dies while checked out fails the query and also emits 'error' on the client,
    // which nobody else hears until the client is back in the pool: unheard, it would end the process.
    const onLost = (error: Error) => this.logger.warn({ err: error }, 'PostgreSQL connection lost in a transaction');
    client.on('error', onLost);
    // A connection that failed half-way is not put back: it may be broken or still inside the transaction.
    const giveBack = (broken: boolean) => {
      client.removeListener('error', onLost);
      client.release(broken);
    };
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      giveBack(false);
      return result;
    } catch (error) {
      giveBack(true);
      throw BalanceStoreError.from(error, doing);
    }
  }
}
