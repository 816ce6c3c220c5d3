import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

/** The app's database: Drizzle over an embedded SQLite file. */
export type Db = BetterSQLite3Database<typeof schema>;

// `drizzle/` sits beside `src/` and `dist/`: one level above this module's folder's parent.
const MIGRATIONS = join(import.meta.dirname, '..', '..', 'drizzle');

/** Opens (and migrates) the database at `path`; `:memory:` for a throw-away one. */
export function openDatabase(path: string): Db {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return db;
}
