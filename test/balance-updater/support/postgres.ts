import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';

export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestSchema {
  schema: string;
  /** For what a test does to the database behind the app's back. */
  pool: Pool;
  /** The player's balance as PostgreSQL prints it, or null when never credited. */
  balance: (playerId: string, currency?: string) => Promise<string | null>;
  creditedPayments: () => Promise<number>;
  cleanup: () => Promise<void>;
}

/** A schema of its own for one test, dropped by `cleanup`. */
export function testSchema(label: string): TestSchema {
  const schema = `t_bu_${label}_${randomBytes(4).toString('hex')}`;
  const pool = new Pool({ connectionString: DATABASE_URL, max: 2 });
  return {
    schema,
    pool,
    balance: async (playerId, currency = 'USD') => {
      const { rows } = await pool.query<{ balance: string }>(
        `SELECT balance::text FROM ${schema}.balances WHERE player_id = $1 AND currency = $2`,
        [playerId, currency],
      );
      return rows[0]?.balance ?? null;
    },
    creditedPayments: async () => {
      const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.credited_payments`);
      return rows[0].n;
    },
    cleanup: async () => {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await pool.end();
    },
  };
}
