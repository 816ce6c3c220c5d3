import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeFile, type FileAnalysis } from '@pledge/core';
import { loadPolicy, parsePolicy, type Policy } from '@pledge/policy';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  buildDataMap,
  DATA_MAP_VERSION,
  mermaidLabel,
  renderDataMap,
  renderMermaid,
  type DataMap,
  type DriftItem,
} from '../src/map/index.js';

const ROOT = join(import.meta.dirname, 'fixtures/map');
const DEMO_POLICY = join(import.meta.dirname, '../../../apps/demo/pledge.policy.yaml');

function demoPolicy(): Policy {
  const { policy, errors } = loadPolicy(DEMO_POLICY);
  expect(errors).toEqual([]);
  return policy!;
}

function policyFrom(yaml: string): Policy {
  const { policy, errors } = parsePolicy(yaml);
  expect(errors).toEqual([]);
  return policy!;
}

/** Parses a source text as the file `file` under `root` (no type information, like a plain scan). */
function analyze(file: string, text: string, policy: Policy, root = ROOT): FileAnalysis {
  const kind = file.endsWith('x')
    ? ts.ScriptKind.JSX
    : file.endsWith('.js')
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(
    join(root, file),
    text,
    ts.ScriptTarget.Latest,
    true,
    kind,
  );
  return analyzeFile({ ts, sourceFile, policy });
}

const FIXTURES = ['src/analytics.js', 'src/server.js', 'src/pixels.jsx'];

/** The map of the fixture app (test/fixtures/map) under the demo policy. */
function fixtureMap(policy = demoPolicy()): DataMap {
  const analyses = FIXTURES.map((file) =>
    analyze(file, readFileSync(join(ROOT, file), 'utf8'), policy),
  );
  return buildDataMap({ analyses, policy, root: ROOT });
}

const drift = (items: readonly DriftItem[], kind: DriftItem['kind']): DriftItem[] =>
  items.filter((item) => item.kind === kind);

describe('buildDataMap: where categories go', () => {
  const map = fixtureMap();

  test('lists every category the code handles', () => {
    expect(map.categories.map((c) => c.id)).toEqual([
      'user.contact.email',
      'user.financial.card.last4',
      'user.unique_id',
    ]);
    expect(map.categories[0]).toEqual({
      id: 'user.contact.email',
      label: 'Email address',
      personal: true,
      sensitive: false,
    });
  });

  test('categories → recipients: declared, undeclared category, undeclared vendor and host', () => {
    const email = map.flows.filter(
      (f) => f.category === 'user.contact.email' && f.target.kind === 'recipient',
    );
    expect(email.map((f) => [f.target.id, f.status, f.via, f.locations])).toEqual([
      [
        'host:api.enrichment.example',
        'undeclared',
        ['fetch()'],
        [{ file: 'src/server.js', line: 13, column: 9 }],
      ],
      [
        'payment-processor',
        'declared',
        ['Stripe'],
        [{ file: 'src/server.js', line: 10, column: 26 }],
      ],
      [
        'vendor:mixpanel',
        'undeclared',
        ['Mixpanel'],
        [{ file: 'src/analytics.js', line: 7, column: 3 }],
      ],
      [
        'web-analytics',
        'undeclared',
        ['Google Analytics'],
        [{ file: 'src/analytics.js', line: 6, column: 3 }],
      ],
    ]);
  });

  test('categories → storage, logs and cookies', () => {
    const others = map.flows.filter((f) => f.target.kind !== 'recipient');
    expect(
      others.map((f) => `${f.category} → ${f.target.kind}:${f.target.id} (${f.status})`),
    ).toEqual([
      'user.contact.email → storage:prisma (neutral)',
      'user.contact.email → log:console (neutral)',
      'user.financial.card.last4 → storage:prisma (neutral)',
      'user.unique_id → cookie:name:session_id (declared)',
      'user.unique_id → storage:prisma (neutral)',
    ]);
    expect(map.storage).toEqual([
      {
        id: 'prisma',
        label: 'Prisma',
        kind: 'database',
        locations: [{ file: 'src/server.js', line: 11, column: 22 }],
        flaggedBy: [],
      },
    ]);
    expect(map.logs).toEqual([
      {
        id: 'console',
        label: 'console',
        kind: 'log',
        locations: [{ file: 'src/server.js', line: 12, column: 3 }],
        flaggedBy: [],
      },
    ]);
  });

  test('recipients: declared ones in policy order with their use, then the undeclared', () => {
    expect(map.recipients.map((r) => [r.id, r.kind, r.declared, r.used])).toEqual([
      ['payment-processor', 'declared', true, true],
      ['hosting', 'declared', true, false],
      ['email-delivery', 'declared', true, false],
      ['support', 'declared', true, false],
      ['web-analytics', 'declared', true, true],
      ['ad-network', 'declared', true, true],
      ['social-facebook', 'declared', true, true],
      ['social-sharethis', 'declared', true, false],
      ['host:api.enrichment.example', 'host', false, true],
      ['vendor:mixpanel', 'vendor', false, true],
    ]);
    const stripe = map.recipients[0]!;
    expect(stripe).toMatchObject({
      name: 'Stripe',
      role: 'payment-processor',
      hosts: ['api.stripe.com'],
      packages: ['stripe'],
      vendors: ['Stripe'],
    });
    expect(stripe.locations).toEqual([
      { file: 'src/server.js', line: 3, column: 20 },
      { file: 'src/server.js', line: 10, column: 26 },
    ]);
    const mixpanel = map.recipients.find((r) => r.id === 'vendor:mixpanel')!;
    expect(mixpanel).toMatchObject({
      name: 'Mixpanel',
      hosts: ['api-js.mixpanel.com'],
      packages: ['mixpanel-browser'],
    });
    // The pixel's URL is the send's, not a second use.
    expect(map.recipients.find((r) => r.id === 'ad-network')!.locations).toEqual([
      { file: 'src/pixels.jsx', line: 5, column: 12 },
    ]);
    // gtag is a snippet global of Google Analytics, whose hosts the demo policy declares.
    expect(map.recipients.find((r) => r.id === 'web-analytics')!.locations).toEqual([
      { file: 'src/analytics.js', line: 5, column: 3 },
      { file: 'src/analytics.js', line: 6, column: 3 },
    ]);
  });

  test('cookies set, declared or not', () => {
    expect(
      map.cookies.map((c) => [c.name, c.declared, c.declaration, c.apis, c.locations]),
    ).toEqual([
      [
        'session_id',
        true,
        'session_id',
        ['res.cookie()'],
        [{ file: 'src/server.js', line: 17, column: 14 }],
      ],
      [
        'theme',
        false,
        undefined,
        ['document.cookie'],
        [{ file: 'src/analytics.js', line: 11, column: 21 }],
      ],
    ]);
  });
});

describe('buildDataMap: drift', () => {
  const map = fixtureMap();

  test('used but not declared: recipients, categories, cookies', () => {
    expect(drift(map.drift.undeclared, 'undeclared-recipient')).toEqual([
      {
        kind: 'undeclared-recipient',
        message:
          'api.enrichment.example is used by the code but is not a recipient the policy declares; it receives `user.contact.email`.',
        recipient: 'host:api.enrichment.example',
        locations: [{ file: 'src/server.js', line: 13, column: 9 }],
      },
      {
        kind: 'undeclared-recipient',
        message:
          'Mixpanel (api-js.mixpanel.com, mixpanel-browser) is used by the code but is not a recipient the policy declares; it receives `user.contact.email`.',
        recipient: 'vendor:mixpanel',
        locations: [
          { file: 'src/analytics.js', line: 2, column: 22 },
          { file: 'src/analytics.js', line: 7, column: 3 },
        ],
      },
    ]);
    expect(drift(map.drift.undeclared, 'undeclared-category')).toEqual([
      {
        kind: 'undeclared-category',
        message:
          '`user.contact.email` is sent to `web-analytics` (Google Analytics), which the policy declares for `user.device.cookie_id` and `user.behavior.browsing_history` only.',
        recipient: 'web-analytics',
        category: 'user.contact.email',
        locations: [{ file: 'src/analytics.js', line: 6, column: 3 }],
      },
    ]);
    expect(drift(map.drift.undeclared, 'undeclared-cookie')).toEqual([
      {
        kind: 'undeclared-cookie',
        message: 'Cookie `theme` is set by document.cookie but the policy does not declare it.',
        cookie: 'theme',
        locations: [{ file: 'src/analytics.js', line: 11, column: 21 }],
      },
    ]);
  });

  test('declared but never used: recipients, cookies, categories', () => {
    expect(drift(map.drift.unused, 'unused-recipient').map((d) => d.recipient)).toEqual([
      'hosting',
      'email-delivery',
      'support',
      'social-sharethis',
    ]);
    expect(drift(map.drift.unused, 'unused-recipient')[2]!.message).toBe(
      'Recipient `support` (Zendesk) is declared in the policy, but none of its hosts and packages (`*.zendesk.com` and `node-zendesk`) appear in the code.',
    );
    // `_ga*`/`_gid` are set by web-analytics and `__adroll*` by ad-network, both used.
    expect(drift(map.drift.unused, 'unused-cookie').map((d) => d.cookie)).toEqual([
      'remember_me',
      'csrf_token',
      'ajs_anonymous_id',
    ]);
    expect(
      drift(map.drift.unused, 'unused-category').map(
        (d) => `${d.recipient ?? ''} ${d.category ?? ''}`,
      ),
    ).toEqual([
      'payment-processor user.financial.card',
      'payment-processor user.name',
      'payment-processor user.contact.address',
      'web-analytics user.device.cookie_id',
      'web-analytics user.behavior.browsing_history',
    ]);
  });

  test('a recipient counts as used when its host appears in a URL literal or its package is imported', () => {
    const policy = demoPolicy();
    const analyses = [
      analyze(
        'src/support.ts',
        "export const HELP = 'https://acme.zendesk.com/hc/en-us';\n",
        policy,
      ),
      analyze(
        'src/mail.ts',
        "import sgMail from '@sendgrid/mail';\nexport default sgMail;\n",
        policy,
      ),
      analyze(
        'src/types.ts',
        "import type { S3Client } from '@aws-sdk/client-s3';\nexport type C = S3Client;\n",
        policy,
      ),
    ];
    const map = buildDataMap({ analyses, policy, root: ROOT });
    const used = map.recipients.filter((r) => r.used).map((r) => r.id);
    expect(used).toEqual(['email-delivery', 'support']);
    expect(map.recipients.find((r) => r.id === 'support')).toMatchObject({
      hosts: ['acme.zendesk.com'],
      locations: [{ file: 'src/support.ts', line: 1, column: 21 }],
    });
    // A type-only import brings no SDK along.
    expect(drift(map.drift.unused, 'unused-recipient').map((d) => d.recipient)).toContain(
      'hosting',
    );
  });

  test('first-party, relative and local destinations are not recipients', () => {
    const policy = demoPolicy();
    const analyses = [
      analyze(
        'src/client.ts',
        [
          "import { track } from '@segment-demo/analytics';",
          'export async function save(email: string) {',
          "  await fetch('/api/profile', { method: 'POST', body: JSON.stringify({ email }) });",
          "  await fetch('https://api.segment.io/v1/identify', { method: 'POST', body: JSON.stringify({ email }) });",
          "  await fetch('http://localhost:4000/debug', { method: 'POST', body: JSON.stringify({ email }) });",
          '  track(email);',
          '}',
        ].join('\n'),
        policy,
      ),
    ];
    const map = buildDataMap({ analyses, policy, root: ROOT });
    expect(map.recipients.filter((r) => r.used)).toEqual([]);
    expect(map.drift.undeclared).toEqual([]);
  });

  test('a send whose host is unknown is mapped, as unknown, and is not drift', () => {
    const policy = demoPolicy();
    const analyses = [
      analyze(
        'src/hook.ts',
        'export async function hook(url: string, email: string) {\n  await fetch(url, { method: "POST", body: JSON.stringify({ email }) });\n}\n',
        policy,
      ),
    ];
    const map = buildDataMap({ analyses, policy, root: ROOT });
    expect(map.flows.map((f) => [f.category, f.target.id, f.status])).toEqual([
      ['user.contact.email', 'unresolved', 'unknown'],
    ]);
    expect(map.recipients.at(-1)).toMatchObject({
      id: 'unresolved',
      kind: 'unresolved',
      declared: false,
      used: true,
    });
    expect(map.drift.undeclared).toEqual([]);
  });

  test('a cookie whose name is not static is drift unless the policy ignores such names', () => {
    const source =
      'export function set(req: any, res: any, id: string) {\n  res.cookie(req.query.name, id);\n}\n';
    const reported = buildDataMap({
      analyses: [analyze('src/c.ts', source, demoPolicy())],
      policy: demoPolicy(),
      root: ROOT,
    });
    expect(drift(reported.drift.undeclared, 'unresolved-cookie-name')).toHaveLength(1);
    expect(reported.cookies).toMatchObject([
      { id: 'unresolved', name: undefined, declared: false },
    ]);
    const policy = policyFrom(
      MINI_POLICY.replace('unresolvedNames: report', 'unresolvedNames: ignore'),
    );
    const ignored = buildDataMap({
      analyses: [analyze('src/c.ts', source, policy)],
      policy,
      root: ROOT,
    });
    expect(ignored.drift.undeclared).toEqual([]);
  });
});

const MINI_POLICY = `
version: 1
organization: Example, Inc.
document: { url: "https://example.com/privacy", effective: 2024-01-01 }
clauses:
  cookies: { section: Cookies }
firstParty: { hosts: [example.com] }
cookies:
  clause: cookies
  unresolvedNames: report
  declared:
    - { name: sid }
    - { name: "_ga", party: third, setBy: analytics }
thirdParties:
  - id: analytics
    name: Google Analytics
    role: analytics
    hosts: [www.google-analytics.com]
    receives: []
`;

describe('buildDataMap: third-party cookies from the Open Cookie Database', () => {
  test('Google Analytics: `_ga*` and `_gid` are declared by the demo policy, the others are flagged', () => {
    const map = fixtureMap();
    const ga = map.thirdPartyCookies.find((p) => p.recipient === 'web-analytics')!;
    expect(ga.platforms).toEqual(['Google Analytics']);
    const byName = new Map(ga.cookies.map((c) => [c.name, c]));
    expect(byName.get('_ga')).toMatchObject({
      pattern: '_ga',
      declared: true,
      declaration: '_ga*',
      matchedBy: 'platform',
      category: 'Analytics',
      retention: '2 years',
    });
    expect(byName.get('_gid')).toMatchObject({ declared: true, declaration: '_gid' });
    expect(byName.get('_ga_')).toMatchObject({
      pattern: '_ga_*',
      wildcard: true,
      declared: true,
      declaration: '_ga*',
    });
    expect(byName.get('_gat')).toMatchObject({ pattern: '_gat*', declared: true });
    expect(byName.get('__utma')).toMatchObject({ declared: false });
    expect(byName.get('AMP_TOKEN')).toMatchObject({ declared: false });
    const flagged = drift(map.drift.undeclared, 'undeclared-third-party-cookie')
      .filter((d) => d.recipient === 'web-analytics')
      .map((d) => d.cookie);
    expect(flagged).toContain('__utma');
    expect(flagged).toContain('_dc_gtm_*');
    expect(flagged).not.toContain('_ga');
    expect(flagged).not.toContain('_gid');
    expect(flagged).not.toContain('_ga_*');
  });

  test('a narrower policy flags `_gid` and the `_ga_<id>` wildcard', () => {
    const policy = policyFrom(MINI_POLICY);
    const analyses = [analyze('src/a.js', "gtag('event', 'page_view');\n", policy)];
    const map = buildDataMap({ analyses, policy, root: ROOT });
    const ga = map.thirdPartyCookies.find((p) => p.recipient === 'analytics')!;
    const state = Object.fromEntries(ga.cookies.map((c) => [c.pattern, c.declared]));
    expect(state).toMatchObject({ _ga: true, _gid: false, '_ga_*': false, '_gat*': false });
    expect(drift(map.drift.undeclared, 'undeclared-third-party-cookie')[0]).toMatchObject({
      recipient: 'analytics',
      locations: [{ file: 'src/a.js', line: 1, column: 1 }],
    });
    // `_ga` is declared as set by `analytics`, which is used: not unused; `sid` is.
    expect(drift(map.drift.unused, 'unused-cookie').map((d) => d.cookie)).toEqual(['sid']);
  });

  test('SDK vendors and declared recipients are matched by platform name', () => {
    const map = fixtureMap();
    const names = (id: string): string[] =>
      map.thirdPartyCookies.find((p) => p.recipient === id)?.cookies.map((c) => c.name) ?? [];
    expect(names('payment-processor')).toEqual(['__stripe_mid', '__stripe_sid', 'm']);
    expect(names('vendor:mixpanel')).toEqual(['mp_']);
    expect(names('social-facebook')).toContain('_fbp');
    // AdRoll is not in the database: no entry rather than an empty one.
    expect(map.thirdPartyCookies.map((p) => p.recipient)).not.toContain('ad-network');
  });

  test('a host the code sends to is matched by domain', () => {
    const policy = policyFrom(MINI_POLICY);
    const analyses = [
      analyze(
        'src/heat.ts',
        "export const s = () => fetch('https://script.crazyegg.com/pages/scripts/0000.js');\n",
        policy,
      ),
    ];
    const map = buildDataMap({ analyses, policy, root: ROOT });
    const party = map.thirdPartyCookies.find((p) => p.recipient === 'host:script.crazyegg.com')!;
    expect(party.platforms).toEqual(['Crazy Egg']);
    expect(party.cookies.every((c) => c.matchedBy === 'domain' && !c.declared)).toBe(true);
  });
});

describe('renderDataMap', () => {
  const map = fixtureMap();

  test('json: the documented, versioned shape with repository-relative posix paths', () => {
    const json = JSON.parse(renderDataMap(map, 'json')) as DataMap;
    expect(json.version).toBe(DATA_MAP_VERSION);
    expect(Object.keys(json)).toEqual([
      'version',
      'root',
      'policy',
      'categories',
      'flows',
      'recipients',
      'cookies',
      'storage',
      'logs',
      'thirdPartyCookies',
      'findings',
      'drift',
      'sources',
    ]);
    expect(json.policy).toEqual({
      organization: 'Segment.io, Inc.',
      url: 'https://segment.com/docs/legal/privacy-2016/',
    });
    expect(json.sources.cookies).toMatchObject({
      name: 'Open Cookie Database',
      license: 'Apache-2.0',
    });
    const locations = [
      ...json.flows.flatMap((f) => f.locations),
      ...json.recipients.flatMap((r) => r.locations),
      ...json.drift.undeclared.flatMap((d) => d.locations),
    ];
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location.file).toMatch(/^src\/[\w.-]+$/);
    expect(json).toEqual(JSON.parse(JSON.stringify(map)));
  });

  test('text: categories with their destinations, recipients, drift', () => {
    const text = renderDataMap(map, 'text');
    expect(text).toContain(
      'Data map for Segment.io, Inc. (https://segment.com/docs/legal/privacy-2016/)',
    );
    expect(text).toContain('    -> Mixpanel  NOT DECLARED  via Mixpanel  at src/analytics.js:7:3');
    expect(text).toContain(
      '    -> payment-processor (Stripe)  declared  via Stripe  at src/server.js:10:26',
    );
    expect(text).toContain('  support (Zendesk): declared, NEVER USED');
    expect(text).toContain(
      '  theme: NOT DECLARED; set by document.cookie at src/analytics.js:11:21',
    );
    expect(text).toMatch(
      / {2}Google Analytics: \d+ known, \d+ not declared\n {4}NOT DECLARED: .*__utma/,
    );
    expect(text).toContain(
      '  - [undeclared third-party cookie] Stripe is known to set 3 cookies the policy does not declare: `__stripe_mid`, `__stripe_sid`, `m`.',
    );
    expect(text).toContain('Drift: declared but never used (12)');
    expect(text).toContain(
      'Third-party cookie data: Open Cookie Database (https://github.com/jkwakman/Open-Cookie-Database, Apache-2.0, commit 0ee5a17).',
    );
  });

  test('markdown: a Mermaid diagram, drift tables and third-party cookies', () => {
    const markdown = renderDataMap(map, 'markdown');
    expect(markdown).toContain('```mermaid\nflowchart LR\n');
    expect(markdown).toContain('### Used but not declared (');
    expect(markdown).toContain(
      '| undeclared recipient | Mixpanel (api-js.mixpanel.com, mixpanel-browser) is used by the code',
    );
    expect(markdown).toContain(
      '| unused recipient | Recipient `support` (Zendesk) is declared in the policy',
    );
    expect(markdown).toMatch(
      /\| undeclared third-party cookie \| Google Analytics is known to set .*`__utma`/,
    );
    expect(markdown).toContain('<summary>Google Analytics: ');
    expect(markdown).toContain('| `_ga` | Google Analytics | Analytics | 2 years | yes (`_ga*`) |');
  });

  test('mermaid: snapshot', () => {
    expect(renderMermaid(map)).toMatchSnapshot();
  });

  test('mermaid: brackets balance, every node is defined, subgraphs close, styles match edges', () => {
    const mermaid = renderMermaid(map);
    expectValidMermaid(mermaid);
    // Undeclared flows are red and dashed; the legend shows each style.
    const lines = mermaid.split('\n');
    const edges = lines.filter((l) => / -(?:->|\.->)/.test(l));
    const undeclaredIndexes = lines
      .find((l) => l.includes('stroke:#d73a49'))!
      .replace(/^\s*linkStyle /, '')
      .split(' ')[0]!
      .split(',')
      .map(Number);
    for (const i of undeclaredIndexes) expect(edges[i]).toContain('-.->');
    expect(mermaid).toContain('|"not declared"|');
  });

  test('mermaid: a flagged flow is a valid magenta edge labelled with its rules, with a legend entry', () => {
    const policy = demoPolicy();
    const analyses = FIXTURES.map((file) =>
      analyze(file, readFileSync(join(ROOT, file), 'utf8'), policy),
    );
    // `email` in `console.log('new user', email)` (src/server.js:12).
    const flagged = buildDataMap({
      analyses,
      policy,
      root: ROOT,
      findings: [
        {
          ruleId: 'no-pii-in-logs',
          messageId: 'logged',
          message: 'Personal data (`user.contact.email`) is written to the log by `console.log()`.',
          severity: 'error',
          file: 'src/server.js',
          line: 12,
          column: 27,
          endLine: 12,
          endColumn: 32,
          category: 'user.contact.email',
          sink: 'console.log()',
          flow: [],
          excerpt: '',
          fingerprint: 'f',
        },
      ],
    });
    expect(flagged.logs[0]?.flaggedBy).toEqual(['no-pii-in-logs']);
    const mermaid = renderMermaid(flagged);
    expectValidMermaid(mermaid);
    expect(mermaid).toMatch(/^ {2}c0 -->\|"flagged: no-pii-in-logs"\| s1$/m);
    expect(mermaid).toContain('|"flagged by a rule"|');
    expect(mermaid).toMatch(/^ {2}class s1 flagged$/m);
    // Without findings, nothing is flagged and the legend has no flagged entry (the snapshot).
    expect(renderMermaid(map)).not.toContain('flagged');
  });

  test('mermaid: labels are escaped', () => {
    expect(mermaidLabel('a "quoted" [label] <b> #1 `x` | y')).toBe(
      '"a #quot;quoted#quot; [label] #lt;b#gt; #35;1 #96;x#96; #124; y"',
    );
    const policy = policyFrom(
      MINI_POLICY.replace('name: Google Analytics', 'name: \'Acme "Stats" <GA> [beta]\''),
    );
    const analyses = [analyze('src/a.js', "gtag('event', 'x', { email: user.email });\n", policy)];
    const mermaid = renderMermaid(buildDataMap({ analyses, policy, root: ROOT }));
    expect(mermaid).toContain('"analytics (Acme #quot;Stats#quot; #lt;GA#gt; [beta])"');
    expectValidMermaid(mermaid);
  });

  test('no output prints a value: literals in the code stay out of the map', () => {
    const policy = demoPolicy();
    const secretEmail = 'jane.doe@example.org';
    const card = '4242424242424242';
    const analyses = [
      analyze(
        'src/leak.ts',
        [
          "import mixpanel from 'mixpanel-browser';",
          `const contact = '${secretEmail}';`,
          `console.log('card', '${card}');`,
          "export function track(user: { email: string }) { mixpanel.track('x', { email: user.email, contact }); }",
          `document.cookie = 'probe=${secretEmail}';`,
        ].join('\n'),
        policy,
      ),
    ];
    const leakMap = buildDataMap({ analyses, policy, root: ROOT });
    expect(leakMap.flows.map((f) => f.category)).toContain('user.contact.email');
    for (const format of ['text', 'json', 'markdown'] as const) {
      const output = renderDataMap(leakMap, format);
      expect(output).not.toContain(secretEmail);
      expect(output).not.toContain(card);
    }
  });
});

/** What GitHub's renderer would trip over first: unbalanced brackets, undefined nodes, open subgraphs. */
function expectValidMermaid(mermaid: string): void {
  const lines = mermaid.split('\n');
  expect(lines[0]).toBe('flowchart LR');
  let depth = 0;
  const defined = new Set<string>();
  const referenced = new Set<string>();
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    // Quoted labels may hold anything; the structure is what is outside them.
    expect((line.match(/"/g) ?? []).length % 2).toBe(0);
    const structure = line.replace(/"[^"]*"/g, '""');
    const stack: string[] = [];
    const pairs: Record<string, string> = { ']': '[', ')': '(', '}': '{' };
    for (const c of structure) {
      if (c === '[' || c === '(' || c === '{') stack.push(c);
      else if (c in pairs) expect(stack.pop()).toBe(pairs[c]);
    }
    expect(stack).toEqual([]);
    if (line.startsWith('subgraph ')) depth += 1;
    else if (line === 'end') depth -= 1;
    expect(depth).toBeGreaterThanOrEqual(0);
    const definition = /^([A-Za-z][\w]*)(?:\[|\(|\{)/.exec(structure);
    if (definition && !line.startsWith('subgraph ')) defined.add(definition[1]!);
    const edge = /^(\w+) (?:-->|-\.->)(?:\|""\|)? (\w+)$/.exec(structure);
    if (edge) {
      referenced.add(edge[1]!);
      referenced.add(edge[2]!);
    }
    const cls = /^class ([\w,]+) \w+$/.exec(structure);
    if (cls) for (const id of cls[1]!.split(',')) referenced.add(id);
    expect(
      definition ??
        edge ??
        cls ??
        /^(subgraph \w+\[""\]|end|linkStyle [\d,]+ .+|classDef \w+ .+)$/.exec(structure),
    ).not.toBeNull();
  }
  expect(depth).toBe(0);
  for (const id of referenced) expect(defined, `node ${id} is used but not defined`).toContain(id);
}
