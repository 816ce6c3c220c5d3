#!/usr/bin/env node
// @ts-check
// Derives `data/open-cookie-database/cookies.json` (what `pledge map` loads) from the Open Cookie
// Database CSV (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0).
//
//   node scripts/build-cookie-database.mjs [path/to/open-cookie-database.csv]
//   node scripts/build-cookie-database.mjs --check [csv]   exit 1 when the JSON is out of date
//
// The default CSV is the copy beside the monorepo (`../shared/data/open-cookie-database/`).
// The JSON keeps the columns the map uses, one cookie per line so updates diff well:
//   [platform, category, name, domains, retention, wildcard, description]
// `domains` is the CSV's free-text domain ("facebook.com (3rd party)", ".bing.com (3rd party) or
// .microsoft.com (3rd party)") normalised to a list of bare lower-case domains. `wildcard` is 1
// when the name is a prefix (`_ga_` stands for `_ga_<container id>`). The ID, data controller and
// privacy-portal columns are left out.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, '..');
const output = join(packageDir, 'data', 'open-cookie-database', 'cookies.json');
const defaultCsv = resolve(packageDir, '../../../shared/data/open-cookie-database/open-cookie-database.csv');

export const SOURCE = {
  name: 'Open Cookie Database',
  repository: 'https://github.com/jkwakman/Open-Cookie-Database',
  commit: '0ee5a17fe1cb002943f89370d24fc26a4226061c',
  license: 'Apache-2.0',
};

/**
 * RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/**
 * "facebook.com (3rd party)", ".bing.com (3rd party) or .microsoft.com (3rd party)" → bare domains.
 * @param {string} text
 * @returns {string[]}
 */
export function normalizeDomains(text) {
  return [
    ...new Set(
      text
        .split(/\s+or\s+|,|\s+and\s+/i)
        .map((part) =>
          part
            .replace(/\(3rd party\)/gi, '')
            .trim()
            .toLowerCase()
            .replace(/^\*?\./, '')
            .replace(/\/.*$/, ''),
        )
        .filter((d) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)),
    ),
  ];
}

/**
 * The JSON text for a CSV text.
 * @param {string} csv
 * @returns {string}
 */
export function buildCookieDatabase(csv) {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  if (!header) throw new Error('empty CSV');
  /** @param {string} name */
  const column = (name) => {
    const index = header.indexOf(name);
    if (index === -1) throw new Error(`CSV column \`${name}\` is missing; found ${header.join(', ')}`);
    return index;
  };
  const platform = column('Platform');
  const category = column('Category');
  const name = column('Cookie / Data Key name');
  const domain = column('Domain');
  const description = column('Description');
  const retention = column('Retention period');
  const wildcard = column('Wildcard match');
  const lines = rows
    .map((r) => {
      const get = (/** @type {number} */ i) => (r[i] ?? '').trim();
      return [
        get(platform),
        get(category),
        get(name),
        normalizeDomains(get(domain)),
        get(retention),
        get(wildcard) === '1' ? 1 : 0,
        get(description).replace(/\s+/g, ' '),
      ];
    })
    .filter((r) => r[0] !== '' && r[2] !== '')
    .map((r) => JSON.stringify(r));
  return (
    '{\n' +
    `"source": ${JSON.stringify(SOURCE)},\n` +
    `"columns": ["platform", "category", "name", "domains", "retention", "wildcard", "description"],\n` +
    `"cookies": [\n${lines.join(',\n')}\n]\n}\n`
  );
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const csvPath = resolve(args.find((a) => a !== '--check') ?? defaultCsv);
  const json = buildCookieDatabase(readFileSync(csvPath, 'utf8'));
  if (check) {
    let current = '';
    try {
      current = readFileSync(output, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== json) {
      process.stderr.write(`${output} is out of date; run node scripts/build-cookie-database.mjs\n`);
      process.exit(1);
    }
  } else {
    writeFileSync(output, json);
    process.stdout.write(`wrote ${output} (${String(Buffer.byteLength(json))} bytes)\n`);
  }
}
