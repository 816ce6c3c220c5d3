import { join } from 'node:path';
import {
  analyzeFile,
  indexCatalogs,
  type CatalogExtension,
  type CatalogIndex,
  type FileAnalysis,
} from '@pledge/core';
import { loadPolicy, type Policy } from '@pledge/policy';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { buildDataMap } from '../src/map/index.js';

// The map detects nothing of its own: what it lists comes from the engine's facts, read with the
// run's catalogs. A pack's SDK or cookie API shows in the map as it does in the rules, and the
// engine's one answer about this machine (`0.0.0.0` included) is the map's.

const ROOT = join(import.meta.dirname, 'fixtures/map');
const DEMO_POLICY = join(import.meta.dirname, '../../../apps/demo/pledge.policy.yaml');

function demoPolicy(): Policy {
  const { policy, errors } = loadPolicy(DEMO_POLICY);
  expect(errors).toEqual([]);
  return policy!;
}

function analyze(
  file: string,
  text: string,
  policy: Policy,
  catalogs?: CatalogIndex,
): FileAnalysis {
  const sourceFile = ts.createSourceFile(
    join(ROOT, file),
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  return analyzeFile({ ts, sourceFile, policy, ...(catalogs ? { catalogs } : {}) });
}

/** What a security team's pack adds: an in-house analytics SDK and a cookie helper. */
const PACK: CatalogExtension = {
  sdks: [
    {
      id: 'acme-insights',
      vendor: 'Acme Insights',
      category: 'analytics',
      packages: ['@acme/insights'],
      globals: ['acmeq'],
      hosts: ['collect.acme-insights.example'],
      sends: [{ member: 'track', data: [{ arg: 1 }] }],
      example: '',
    },
  ],
  cookies: [
    {
      id: 'acme-cookie',
      label: 'setAcmeCookie()',
      patterns: [{ modules: ['@acme/cookies'], member: 'setAcmeCookie' }],
      name: { kind: 'argument', arg: 0 },
    },
  ],
};

const SOURCES: readonly [string, string][] = [
  [
    'src/insights.ts',
    [
      "import insights from '@acme/insights';",
      'export function signup(email: string) {',
      "  insights.track('signup', { email });",
      '}',
    ].join('\n'),
  ],
  ['src/snippet.ts', "window.acmeq('page');\n"],
  [
    'src/beacon.ts',
    [
      'export async function beacon(email: string) {',
      "  await fetch('https://collect.acme-insights.example/e', { method: 'POST', body: email });",
      '}',
    ].join('\n'),
  ],
  [
    'src/visitor.ts',
    [
      "import { setAcmeCookie } from '@acme/cookies';",
      'export function remember(email: string) {',
      "  setAcmeCookie('acme_visitor', email);",
      '}',
    ].join('\n'),
  ],
];

function mapWith(catalogs?: CatalogIndex) {
  const policy = demoPolicy();
  const analyses = SOURCES.map(([file, text]) => analyze(file, text, policy, catalogs));
  return buildDataMap({ analyses, policy, root: ROOT });
}

describe("buildDataMap: the run's catalogs", () => {
  test("a pack's SDK is a vendor by its package, its snippet global and its host", () => {
    expect(SOURCES).not.toHaveLength(0);
    const map = mapWith(indexCatalogs([PACK]));
    const acme = map.recipients.find((r) => r.id === 'vendor:acme-insights');
    expect(acme).toMatchObject({
      kind: 'vendor',
      name: 'Acme Insights',
      used: true,
      packages: ['@acme/insights'],
      hosts: ['collect.acme-insights.example'],
      vendors: ['Acme Insights'],
    });
    expect(acme?.locations).toEqual([
      { file: 'src/beacon.ts', line: 2, column: 9 },
      { file: 'src/insights.ts', line: 1, column: 22 },
      { file: 'src/insights.ts', line: 3, column: 3 },
      { file: 'src/snippet.ts', line: 1, column: 1 },
    ]);
    expect(
      map.flows
        .filter((f) => f.target.id === 'vendor:acme-insights')
        .map((f) => [f.category, f.status, f.via]),
    ).toEqual([['user.contact.email', 'undeclared', ['Acme Insights', 'fetch()']]]);
  });

  test("a pack's cookie API: the cookie's value, not its name, is what it stores", () => {
    const map = mapWith(indexCatalogs([PACK]));
    expect(map.cookies.map((c) => [c.name, c.apis])).toEqual([
      ['acme_visitor', ['setAcmeCookie()']],
    ]);
    expect(
      map.flows.filter((f) => f.target.kind === 'cookie').map((f) => [f.category, f.target.id]),
    ).toEqual([['user.contact.email', 'name:acme_visitor']]);
  });

  test('without the pack, the built-in catalogs know none of it', () => {
    const map = mapWith();
    expect(map.recipients.filter((r) => r.kind === 'vendor')).toEqual([]);
    expect(map.recipients.find((r) => r.id === 'host:collect.acme-insights.example')).toMatchObject(
      { kind: 'host', used: true },
    );
    expect(map.cookies).toEqual([]);
  });
});

describe('buildDataMap: this machine', () => {
  test.each([
    'http://localhost:4000/debug',
    'http://app.localhost/debug',
    'http://127.0.0.1:4000/debug',
    'http://0.0.0.0:4000/debug',
    'http://[::1]:4000/debug',
  ])('a send to %s is no recipient, and its URL no use', (url) => {
    const policy = demoPolicy();
    const source = [
      'export async function debug(email: string) {',
      `  await fetch('${url}', { method: 'POST', body: JSON.stringify({ email }) });`,
      '}',
      `export const DEBUG_URL = '${url}';`,
    ].join('\n');
    const map = buildDataMap({
      analyses: [analyze('src/debug.ts', source, policy)],
      policy,
      root: ROOT,
    });
    expect(map.recipients.filter((r) => r.used)).toEqual([]);
    expect(map.flows).toEqual([]);
    expect(map.drift.undeclared).toEqual([]);
  });
});
