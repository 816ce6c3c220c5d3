import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cookieDatabase, createCookieDatabase, platformsFor } from '../src/map/index.js';

const PACKAGE = join(import.meta.dirname, '..');
const DATA = join(PACKAGE, 'data/open-cookie-database');
// The source CSV (a copy of the one beside the monorepo, with its LICENSE and SOURCE.md) is kept
// in the repository, so the check below runs in every clone; the shipped JSON derives from it.
const CSV = join(PACKAGE, 'test/open-cookie-database/open-cookie-database.csv');

describe('the shipped Open Cookie Database', () => {
  test('loads once, lazily, and fast', () => {
    const start = performance.now();
    const db = cookieDatabase();
    const elapsed = performance.now() - start;
    expect(cookieDatabase()).toBe(db);
    expect(db.records.length).toBe(2263);
    // A generous bound for a shared CI machine; locally it is a few milliseconds.
    expect(elapsed).toBeLessThan(1000);
  });

  test('is indexed by platform, whatever the spelling', () => {
    const db = cookieDatabase();
    const ga = db.byPlatform('google analytics').map((r) => r.name);
    expect(ga).toEqual(expect.arrayContaining(['_ga', '_gid', '_gat', '_ga_', '__utma']));
    expect(db.byPlatform('HubSpot').length).toBe(20); // `HubSpot` and `Hubspot` in the CSV
    expect(db.byPlatform('No Such Vendor')).toEqual([]);
  });

  test('is indexed by domain, for a host and its parent domains', () => {
    const db = cookieDatabase();
    const linkedin = db.byHost('px.ads.linkedin.com');
    expect(linkedin.length).toBeGreaterThan(0);
    expect(linkedin.map((r) => r.platform)).toContain('LinkedIn');
    // `facebook.com (3rd party)` in the CSV is the bare domain here.
    expect(db.byHost('www.facebook.com').map((r) => r.name)).toContain('_fbp');
    expect(db.byHost('com')).toEqual([]);
    expect(db.byHost('example.org')).toEqual([]);
  });

  test('wildcard entries are prefixes, as globs', () => {
    const db = cookieDatabase();
    const gaContainer = db.byPlatform('Google Analytics').find((r) => r.name === '_ga_')!;
    expect(gaContainer).toMatchObject({
      wildcard: true,
      pattern: '_ga_*',
      category: 'Analytics',
      retention: '2 years',
      domains: [],
    });
    const ga = db.byPlatform('Google Analytics').find((r) => r.name === '_ga')!;
    expect(ga).toMatchObject({ wildcard: false, pattern: '_ga' });
  });

  test('names the source, with its licence and a NOTICE beside the data', () => {
    expect(cookieDatabase().source).toEqual({
      name: 'Open Cookie Database',
      repository: 'https://github.com/jkwakman/Open-Cookie-Database',
      commit: '0ee5a17fe1cb002943f89370d24fc26a4226061c',
      license: 'Apache-2.0',
    });
    expect(readFileSync(join(DATA, 'LICENSE'), 'utf8')).toContain('Apache License');
    const notice = readFileSync(join(DATA, 'NOTICE'), 'utf8');
    expect(notice).toContain('jkwakman/Open-Cookie-Database');
    expect(notice).toContain('0ee5a17fe1cb002943f89370d24fc26a4226061c');
  });

  test('is in sync with the CSV (scripts/build-cookie-database.mjs --check)', () => {
    expect(() =>
      execFileSync(
        process.execPath,
        [join(PACKAGE, 'scripts/build-cookie-database.mjs'), '--check', CSV],
        { stdio: 'pipe' },
      ),
    ).not.toThrow();
  });

  test('rejects a file with other columns', () => {
    expect(() => createCookieDatabase('{"source":{},"columns":["a"],"cookies":[]}')).toThrow(
      /columns a; expected/,
    );
  });
});

describe('platform aliases', () => {
  test('vendor names that the database spells differently', () => {
    expect(platformsFor('Meta')).toEqual(['Facebook']);
    expect(platformsFor('X (Twitter)')).toEqual(['X']);
    expect(platformsFor('Heap')).toEqual(['Heap Analytics']);
    expect(platformsFor('Stripe')).toEqual(['Stripe']);
  });

  test('every alias names a platform the database has', () => {
    const db = cookieDatabase();
    for (const vendor of [
      'Adobe',
      'AWS',
      'Bing',
      'Google Ads',
      'Heap',
      'Matomo',
      'Meta',
      'Microsoft Advertising',
      'Plausible',
      'Snap',
      'tawk.to',
      'Twitter',
      'Vercel Analytics',
      'Yandex Metrica',
    ]) {
      for (const platform of platformsFor(vendor))
        expect(db.byPlatform(platform).length, `${vendor} → ${platform}`).toBeGreaterThan(0);
    }
  });
});
