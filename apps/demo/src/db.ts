import Database from 'better-sqlite3';

/** The demo's embedded database. */
export const db = new Database(process.env.DATABASE_PATH ?? ':memory:');
