/**
 * The balance updater's tables. `credited_payments` is the idempotency key: a payment is credited
 * in the same transaction that inserts its row, so a redelivered event finds the row and adds
 * nothing. NUMERIC without a scale keeps every decimal digit a provider sends.
 */
export function migrationStatements(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE TABLE IF NOT EXISTS ${s}.balances (
      player_id text NOT NULL,
      currency text NOT NULL,
      balance numeric NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (player_id, currency)
    )`,
    `CREATE TABLE IF NOT EXISTS ${s}.credited_payments (
      provider text NOT NULL,
      payment_id text NOT NULL,
      player_id text NOT NULL,
      currency text NOT NULL,
      amount numeric NOT NULL,
      event_id text NOT NULL,
      stream_seq bigint NOT NULL,
      credited_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (provider, payment_id)
    )`,
  ];
}

export function balanceStatements(schema: string) {
  const s = quoteIdent(schema);
  return {
    schemaExists: `SELECT 1 FROM pg_namespace WHERE nspname = $1`,
    createSchema: `CREATE SCHEMA IF NOT EXISTS ${s}`,
    /** Two instances starting together must not race on CREATE ... IF NOT EXISTS (it is not atomic). */
    migrationLock: `SELECT pg_advisory_xact_lock(hashtext('statushub.balance-updater.migrate'))`,
    /** No row back means the payment was credited before: the whole transaction is a no-op. */
    claimPayment: `INSERT INTO ${s}.credited_payments
        (provider, payment_id, player_id, currency, amount, event_id, stream_seq)
      VALUES ($1, $2, $3, $4, $5::numeric, $6, $7)
      ON CONFLICT (provider, payment_id) DO NOTHING
      RETURNING 1`,
    addToBalance: `INSERT INTO ${s}.balances AS b (player_id, currency, balance)
      VALUES ($1, $2, $3::numeric)
      ON CONFLICT (player_id, currency) DO UPDATE SET balance = b.balance + EXCLUDED.balance, updated_at = now()
      RETURNING balance::text`,
  };
}

/** `schema` is validated to [a-z_][a-z0-9_]* at start; quoting keeps reserved words working too. */
function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
