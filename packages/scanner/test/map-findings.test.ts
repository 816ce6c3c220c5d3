import { join } from 'node:path';
import { analyzeFile } from '@pledge/core';
import { loadPolicy } from '@pledge/policy';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildDataMap, type DataMap, type MapRuleFindings } from '../src/map/index.js';
import type { ScanFinding } from '../src/types.js';
import { linkCore } from './pack-helpers.js';
import { DEMO_POLICY, runCli, tempProject } from './scan-helpers.js';

// `pledge map` carries the verdicts of every rule the scan ran, core rules and packs alike:
// a findings section by rule, and the flows, logs, cookies and recipients they flag. The pack
// here is written inline (as a security team would write one) so that the map's tests do not
// wait on the first-party packs.

/**
 * A pack of three rules: `no-personal-data-in-console` reports each category a log write
 * carries, quoting the call (masked by the engine); `require-secure-cookie` reports cookies set
 * without `secure`, with no category (it is about the cookie); `no-debugger-here` reports
 * `debugger;`, which the project never has.
 */
const CHECKS_PACK = `import { definePack, defineRule } from '@pledge/core/rules';

const noPersonalDataInConsole = defineRule({
  id: 'no-personal-data-in-console',
  meta: {
    description: 'Disallow personal data in console output',
    messages: { logged: '\`{{category}}\` reaches the log through \`{{sink}}\` in \`{{code}}\`; log an id instead.' },
    recommended: true,
    severity: 'error',
  },
  defaultOptions: {},
  create(context) {
    return {
      storage(fact) {
        if (fact.sink.kind !== 'log') return;
        for (const taint of fact.taints)
          context.report({
            messageId: 'logged',
            node: fact.node,
            category: taint.category,
            sink: fact.sink.label,
            data: { category: taint.category, sink: fact.sink.label, code: context.text(fact.node) },
          });
      },
    };
  },
});

const requireSecureCookie = defineRule({
  id: 'require-secure-cookie',
  meta: {
    description: 'Require cookies to be set with secure: true',
    messages: { insecure: 'Cookie \`{{name}}\` is set without \`secure: true\`; add it.' },
    recommended: true,
    severity: 'warning',
  },
  defaultOptions: {},
  create(context) {
    return {
      cookie(fact) {
        const secure = fact.options && context.flow.property(fact.options, 'secure');
        if (secure !== undefined) return;
        context.report({
          messageId: 'insecure',
          node: fact.options ?? fact.nameNode,
          cookie: fact.name,
          sink: fact.api.label,
          data: { name: fact.name ?? 'unknown' },
        });
      },
    };
  },
});

const noDebuggerHere = defineRule({
  id: 'no-debugger-here',
  meta: {
    description: 'Disallow debugger statements',
    messages: { debugger: 'Remove the \`debugger\` statement.' },
    recommended: true,
    severity: 'warning',
  },
  defaultOptions: {},
  create(context) {
    return { syntax: { DebuggerStatement(node) { context.report({ messageId: 'debugger', node }); } } };
  },
});

export default definePack({
  name: '@acme/pledge-rules-checks',
  version: '1.0.0',
  coreApi: '^1.0.0',
  rules: [noPersonalDataInConsole, requireSecureCookie, noDebuggerHere],
});
`;

const SECRET = 'jane.doe@example.org';

/** Sign-up logs the address (line 5), sets the session cookie without `secure` (line 6), tracks with Mixpanel (line 7). */
const SIGNUP = `import mixpanel from 'mixpanel-browser';

export async function signup(req, res) {
  const { email } = req.body;
  console.log('new user ${SECRET}', email);
  res.cookie('session_id', 'opaque', { httpOnly: true });
  mixpanel.track('signup', { email });
  res.json({ ok: true });
}
`;

/** A log of a phone number, suppressed inline (line 4), and a cookie that is set securely. */
const BOUNCES = `export function bounce(req, res) {
  const { phone } = req.body;
  // pledge-ignore no-personal-data-in-console: bounce debugging, removed after the incident
  console.warn('bounce', phone);
  res.cookie('session_id', 'opaque', { httpOnly: true, secure: true });
}
`;

function project(): string {
  const root = tempProject({
    'src/signup.js': SIGNUP,
    'src/bounces.js': BOUNCES,
    'tools/checks.mjs': CHECKS_PACK,
    'pledge.config.yaml': 'packs: [./tools/checks.mjs]\n',
  });
  linkCore(root);
  return root;
}

type Format = 'json' | 'text' | 'markdown';

/** One run per format, shared by the tests: a run scans the project anew. */
const runs = new Map<Format, Promise<string>>();
function map(root: string, format: Format): Promise<string> {
  let run = runs.get(format);
  if (!run) {
    run = runCli(root, ['map', '--format', format]).then((result) => {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return result.stdout;
    });
    runs.set(format, run);
  }
  return run;
}

function rule(json: DataMap, id: string): MapRuleFindings {
  const found = json.findings.find((r) => r.ruleId === id);
  expect(found, `rule ${id} in the map's findings`).toBeDefined();
  return found!;
}

describe('pledge map: the findings of the rules the scan ran', () => {
  const root = project();

  it('json: findings by rule, each linked to the items it flags; flagged flows and items', async () => {
    const json = JSON.parse(await map(root, 'json')) as DataMap;
    // Every rule that ran is listed, by id, the pack's and the core's, those without findings too.
    expect(json.findings.map((r) => r.ruleId)).toEqual([
      'no-debugger-here',
      'no-full-card-storage',
      'no-personal-data-in-console',
      'no-pii-to-undeclared-third-party',
      'no-undeclared-cookie',
      'require-secure-cookie',
    ]);
    expect(rule(json, 'no-debugger-here')).toEqual({
      ruleId: 'no-debugger-here',
      description: 'Disallow debugger statements',
      count: 0,
      findings: [],
    });

    // The suppressed log of `phone` (src/bounces.js:4) is not there: only the sign-up's.
    const logged = rule(json, 'no-personal-data-in-console');
    expect(logged.count).toBe(1);
    expect(logged.findings).toEqual([
      {
        message: expect.stringMatching(
          /^`user\.contact\.email` reaches the log through `console` in `console\.log\('new user .*', email\)`; log an id instead\.$/,
        ) as string,
        severity: 'error',
        category: 'user.contact.email',
        sink: 'console',
        location: { file: 'src/signup.js', line: 5, column: 3 },
        targets: [{ kind: 'log', id: 'console' }],
      },
    ]);

    // A finding without a category flags the cookie, at the options it reports on.
    expect(rule(json, 'require-secure-cookie').findings).toEqual([
      {
        message: 'Cookie `session_id` is set without `secure: true`; add it.',
        severity: 'warning',
        sink: 'res.cookie()',
        cookie: 'session_id',
        location: { file: 'src/signup.js', line: 6, column: 38 },
        targets: [{ kind: 'cookie', id: 'name:session_id' }],
      },
    ]);

    // A core rule's finding flags the flow to the undeclared vendor.
    expect(rule(json, 'no-pii-to-undeclared-third-party').findings).toMatchObject([
      {
        category: 'user.contact.email',
        location: { file: 'src/signup.js', line: 7 },
        targets: [{ kind: 'recipient', id: 'vendor:mixpanel' }],
      },
    ]);

    const flows = json.flows.map((f) => [
      f.category,
      `${f.target.kind}:${f.target.id}`,
      f.status,
      f.flaggedBy,
    ]);
    expect(flows).toContainEqual([
      'user.contact.email',
      'log:console',
      'neutral',
      ['no-personal-data-in-console'],
    ]);
    expect(flows).toContainEqual([
      'user.contact.email',
      'recipient:vendor:mixpanel',
      'undeclared',
      ['no-pii-to-undeclared-third-party'],
    ]);
    // The phone number's log is in the map, unflagged: its only finding was suppressed.
    const phone = json.flows.find(
      (f) => f.target.kind === 'log' && f.category !== 'user.contact.email',
    );
    expect(phone).toMatchObject({
      target: { kind: 'log', id: 'console' },
      status: 'neutral',
      flaggedBy: [],
      locations: [{ file: 'src/bounces.js', line: 4, column: 3 }],
    });

    expect(json.logs).toMatchObject([
      { id: 'console', flaggedBy: ['no-personal-data-in-console'] },
    ]);
    expect(json.cookies).toMatchObject([
      { id: 'name:session_id', flaggedBy: ['require-secure-cookie'] },
    ]);
    expect(json.recipients.find((r) => r.id === 'vendor:mixpanel')).toMatchObject({
      flaggedBy: ['no-pii-to-undeclared-third-party'],
    });
  });

  it('text: a Findings section per rule with counts and locations; flagged flows say so', async () => {
    const text = await map(root, 'text');
    expect(text).toContain(
      '    -> log console  FLAGGED by no-personal-data-in-console  via console  at src/signup.js:5:3',
    );
    expect(text).toMatch(/ {4}-> log console {2}via console {2}at src\/bounces\.js:4:3\n/);
    expect(text).toContain(
      '  session_id: declared as session_id; set by res.cookie() at src/bounces.js:5:14, src/signup.js:6:14; FLAGGED by require-secure-cookie',
    );
    expect(text).toContain('Findings by rule (3)\n');
    expect(text).toContain(
      [
        '  no-personal-data-in-console (1 finding, error): Disallow personal data in console output',
        '    - src/signup.js:5:3  user.contact.email → console  (flags log console)',
        '        `user.contact.email` reaches the log through `console` in `console.log(',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        '  require-secure-cookie (1 finding, warning): Require cookies to be set with secure: true',
        '    - src/signup.js:6:38  res.cookie()  (flags cookie session_id)',
        '        Cookie `session_id` is set without `secure: true`; add it.',
      ].join('\n'),
    );
    expect(text).toContain(
      '  No findings: no-debugger-here, no-full-card-storage, no-undeclared-cookie\n',
    );
    expect(text).toContain('3 findings from 3 rules');
    expect(text).not.toContain('bounces.js:4:3  ');
  });

  it('markdown: a findings table, a Flagged by column, and flagged edges styled with a legend entry', async () => {
    const markdown = await map(root, 'markdown');
    expect(markdown).toContain('### Findings by rule (3)');
    expect(markdown).toContain(
      '| `no-personal-data-in-console` | **1** | Disallow personal data in console output |',
    );
    expect(markdown).toContain('| `no-debugger-here` | 0 | Disallow debugger statements |');
    expect(markdown).toMatch(
      /\| `no-personal-data-in-console` \| `src\/signup\.js:5:3` \| user\.contact\.email → console \| log console \| `user\.contact\.email` reaches the log/,
    );
    expect(markdown).toContain(
      '| `require-secure-cookie` | `src/signup.js:6:38` | res.cookie() | cookie session_id | Cookie `session_id` is set without `secure: true`; add it. |',
    );
    expect(markdown).toMatch(
      /\| `user\.contact\.email` \| log console \| {2}\| `no-personal-data-in-console` \| console \| `src\/signup\.js:5:3` \|/,
    );

    const mermaid = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)![1]!;
    const lines = mermaid.split('\n');
    const edges = lines.filter((l) => / -(?:->|\.->)/.test(l));
    const flagged = lines.find((l) =>
      /^ {2}linkStyle [\d,]+ stroke:#bf3989,stroke-width:3px$/.test(l),
    );
    expect(flagged).toBeDefined();
    const indexes = flagged!
      .replace(/^\s*linkStyle /, '')
      .split(' ')[0]!
      .split(',')
      .map(Number);
    expect(indexes.map((i) => /\|"([^"]*)"\|/.exec(edges[i]!)?.[1])).toEqual([
      'flagged: no-personal-data-in-console',
      'flagged by a rule',
    ]);
    // Flagged undeclared flows keep their dashes, in the flagged colour.
    expect(edges.some((e) => e.includes('|"flagged: no-pii-to-undeclared-third-party"|'))).toBe(
      true,
    );
    expect(mermaid).toContain('stroke:#bf3989,stroke-width:3px,stroke-dasharray:5 5');
    expect(mermaid).toContain('  classDef flagged stroke:#bf3989,stroke-width:3px');
    expect(mermaid).toMatch(/^ {2}class [\w,]+ flagged$/m);
  });

  it('never prints a value: the literal address in the logged call is masked in every format', async () => {
    for (const format of ['json', 'text', 'markdown'] as const) {
      const output = await map(root, format);
      expect(output).toContain('reaches the log through');
      expect(output).not.toContain(SECRET);
    }
  });
});

describe('buildDataMap: linking findings', () => {
  const root = '/repo';
  const { policy } = loadPolicy(DEMO_POLICY);
  const source = [
    "document.cookie = 'theme=dark';",
    'export function f(user: { email: string }) {',
    '  console.log(user.email);',
    '}',
  ].join('\n');
  const sourceFile = ts.createSourceFile(
    join(root, 'src/a.ts'),
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const analyses = [analyzeFile({ ts, sourceFile, policy: policy! })];
  const finding = (over: Partial<ScanFinding>): ScanFinding => ({
    ruleId: 'no-thing',
    messageId: 'm',
    message: 'Something is wrong.',
    severity: 'warning',
    file: 'src/a.ts',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    flow: [],
    excerpt: '',
    fingerprint: 'x',
    ...over,
  });

  it('leaves out suppressed findings and, without rule metadata, lists the rules that reported', () => {
    const map = buildDataMap({
      analyses,
      policy: policy!,
      root,
      findings: [
        finding({
          ruleId: 'b-rule',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 26,
          category: 'user.contact.email',
        }),
        finding({
          ruleId: 'a-rule',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 26,
          category: 'user.contact.email',
          suppression: { reason: 'ok', line: 2 },
        }),
      ],
    });
    expect(map.findings.map((r) => [r.ruleId, r.count])).toEqual([['b-rule', 1]]);
    expect(map.flows.find((f) => f.target.kind === 'log')?.flaggedBy).toEqual(['b-rule']);
  });

  it("a category that is not the flow's flags the log, not the flow", () => {
    const map = buildDataMap({
      analyses,
      policy: policy!,
      root,
      findings: [
        finding({
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 25,
          category: 'user.financial.card',
        }),
      ],
    });
    expect(map.findings[0]!.findings[0]!.targets).toEqual([{ kind: 'log', id: 'console' }]);
    expect(map.logs[0]!.flaggedBy).toEqual(['no-thing']);
    expect(map.flows.find((f) => f.target.kind === 'log')?.flaggedBy).toEqual([]);
  });

  it('a finding at no place the map lists is linked by the cookie it names, or to nothing', () => {
    const map = buildDataMap({
      analyses,
      policy: policy!,
      root,
      findings: [
        finding({ ruleId: 'cookie-rule', file: 'src/other.ts', cookie: 'theme' }),
        finding({ ruleId: 'syntax-rule', line: 2, column: 1, endLine: 2, endColumn: 7 }),
      ],
    });
    expect(map.findings.map((r) => [r.ruleId, r.findings[0]!.targets])).toEqual([
      ['cookie-rule', [{ kind: 'cookie', id: 'name:theme' }]],
      ['syntax-rule', []],
    ]);
    expect(map.cookies.find((c) => c.name === 'theme')?.flaggedBy).toEqual(['cookie-rule']);
  });
});
