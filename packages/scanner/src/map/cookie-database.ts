import { readFileSync } from 'node:fs';
import { normalizeHost } from '@pledge/policy';
import type { CookieDatabaseSource } from './types.js';

// The Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0), as
// `scripts/build-cookie-database.mjs` derives it into `data/open-cookie-database/cookies.json`.
// Loaded once, on first use, and indexed by platform and by domain: a map of a large repository
// asks it a few times per third party.

/** One entry of the database. */
export interface CookieRecord {
  platform: string;
  category: string;
  name: string;
  /** Bare lower-case domains the cookie is set on; empty when the site's own domain. */
  domains: readonly string[];
  retention: string;
  /** Whether `name` is a prefix (`_ga_` stands for `_ga_<container id>`). */
  wildcard: boolean;
  description: string;
  /** A glob for the names it stands for: the name, `prefix*` for a wildcard. */
  pattern: string;
}

/** The database, indexed. */
export interface CookieDatabase {
  readonly source: CookieDatabaseSource;
  readonly records: readonly CookieRecord[];
  /** The records of a platform, by name (case, spaces and punctuation ignored). */
  byPlatform(platform: string): readonly CookieRecord[];
  /** The records set on `host`'s domain or a parent domain of it (`px.ads.linkedin.com` → `linkedin.com`). */
  byHost(host: string): readonly CookieRecord[];
}

type Row = [
  platform: string,
  category: string,
  name: string,
  domains: string[],
  retention: string,
  wildcard: 0 | 1,
  description: string,
];

interface RawDatabase {
  source: CookieDatabaseSource;
  columns: string[];
  cookies: Row[];
}

const EXPECTED_COLUMNS = 'platform,category,name,domains,retention,wildcard,description';

/** `Google Analytics`, `google-analytics`, `GoogleAnalytics` → `googleanalytics`. */
export function platformKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Builds the indexed database from the JSON text of `cookies.json`. */
export function createCookieDatabase(json: string): CookieDatabase {
  const raw = JSON.parse(json) as RawDatabase;
  if (raw.columns.join(',') !== EXPECTED_COLUMNS)
    throw new Error(
      `cookies.json has columns ${raw.columns.join(', ')}; expected ${EXPECTED_COLUMNS}. Rebuild it with scripts/build-cookie-database.mjs.`,
    );
  const records = raw.cookies.map(
    ([platform, category, name, domains, retention, wildcard, description]): CookieRecord => ({
      platform,
      category,
      name,
      domains,
      retention,
      wildcard: wildcard === 1,
      description,
      pattern: wildcard === 1 && !name.includes('*') ? `${name}*` : name,
    }),
  );
  const platforms = new Map<string, CookieRecord[]>();
  const domains = new Map<string, CookieRecord[]>();
  const add = (index: Map<string, CookieRecord[]>, key: string, record: CookieRecord): void => {
    const list = index.get(key);
    if (list) list.push(record);
    else index.set(key, [record]);
  };
  for (const record of records) {
    add(platforms, platformKey(record.platform), record);
    for (const domain of record.domains) add(domains, domain, record);
  }
  return {
    source: raw.source,
    records,
    byPlatform: (platform) => platforms.get(platformKey(platform)) ?? [],
    byHost(host) {
      // Walk up the labels: a.b.example.com, b.example.com, example.com (never a bare TLD).
      const out: CookieRecord[] = [];
      let h = normalizeHost(host);
      for (;;) {
        out.push(...(domains.get(h) ?? []));
        const dot = h.indexOf('.');
        if (dot === -1 || h.indexOf('.', dot + 1) === -1) break;
        h = h.slice(dot + 1);
      }
      return out;
    },
  };
}

let shipped: CookieDatabase | undefined;

/** The database shipped with the scanner, loaded and indexed on first use. */
export function cookieDatabase(): CookieDatabase {
  shipped ??= createCookieDatabase(
    readFileSync(new URL('../../data/open-cookie-database/cookies.json', import.meta.url), 'utf8'),
  );
  return shipped;
}
