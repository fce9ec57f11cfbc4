/**
 * Versioned migrations, for both storages: each dialect lists its steps (`MIGRATIONS` of
 * sqlite-schema.ts and postgres-schema.ts, as many in each), and a database records in
 * `schema_migrations` which it has taken. Opening a storage takes the steps it lacks, in order,
 * each in one transaction with its record; PostgreSQL holds an advisory lock meanwhile, so that
 * several instances starting at once take each step once. A database made before versions were
 * kept takes step 1 (the tables as they were, created only where missing) and goes on. One newer
 * than the code (a step taken by a newer release) is left as it is.
 */

/** Where a database records the steps it has taken. */
export const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)';

/** The highest step taken. */
export const VERSION_QUERY = 'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations';

/** The steps after `taken`, as [version, SQL]. */
export function* stepsAfter(taken: number, migrations: readonly string[]): Generator<[number, string]> {
  for (let version = taken + 1; version <= migrations.length; version++) yield [version, migrations[version - 1]!];
}
