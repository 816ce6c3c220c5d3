import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineRule } from '@pledge/core';
import { describe, expect, it } from 'vitest';
import { PolicyError, scan } from '../src/scan.js';
import type { ScanFinding, ScanResult } from '../src/types.js';
import { EXPRESS_APP, tempProject, writeFiles } from './scan-helpers.js';

function summary(result: ScanResult): string[] {
  return result.findings.map((f) => `${f.ruleId} ${f.file}:${String(f.line)}`);
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0]!;
}

describe('an express app with services in other files', () => {
  it('follows the data into the wrapper and the service, and reports at the call site', async () => {
    const root = tempProject(EXPRESS_APP);
    const result = await scan({ root });
    expect(summary(result)).toEqual([
      'no-pii-to-undeclared-third-party src/routes/signup.ts:9',
      'no-full-card-storage src/routes/signup.ts:15',
    ]);
    const send = result.findings[0]!;
    expect(send).toMatchObject({
      severity: 'error',
      category: 'user.contact.email',
      recipient: 'Mixpanel',
      column: 3,
      excerpt: "  track('signup', { email, plan });",
      clause: { id: 'disclosure-service-providers', section: 'Disclosure to Third Parties' },
    });
    expect(send.flow[0]!.label).toContain('`email`');
    expect(send.flow.slice(1).map((s) => `${s.file}:${String(s.line)} ${s.label}`)).toEqual([
      'src/routes/signup.ts:9 passed to `track()`',
      // The call chain ends at the sink inside the helper: no step repeats it at the call.
      'src/lib/analytics.ts:7 sent by Mixpanel',
    ]);
    expect(send.fingerprint).toMatch(/^v1:[0-9a-f]{32}$/);
    expect(result.findings[1]!.flow.map((s) => s.file)).toContain('src/services/payments.ts');
    expect(result).toMatchObject({
      version: 1,
      tool: { name: '@pledge/scanner' },
      root,
      policy: { file: 'pledge.policy.yaml', organization: 'Segment.io, Inc.' },
      skipped: [],
      suppressed: [],
      suppressionProblems: [],
      stats: { files: 3, analysed: 3 },
    });
    expect(result.rules.map((r) => r.id)).toEqual([
      'no-full-card-storage',
      'no-undeclared-cookie',
      'no-pii-to-undeclared-third-party',
    ]);
    expect(result.rules[0]).toMatchObject({ clause: { id: 'purchase-information' } });
    expect(result.rules[0]!.help).toContain('# no-full-card-storage');
  });

  it('follows re-exports, default exports and class methods', async () => {
    const root = tempProject({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, module: 'preserve', moduleResolution: 'bundler' },
      }),
      'src/telemetry/client.ts': `import * as Sentry from '@sentry/node';

export default class Telemetry {
  report(context: Record<string, unknown>) {
    Sentry.setUser(context);
  }
}
`,
      'src/telemetry/index.ts': `export { default as Telemetry } from './client';
export * from './send';
`,
      'src/telemetry/send.ts': `export default function unused() {}
export async function ship(body: unknown) {
  await fetch('https://collector.metrics-vendor.example/v2', { method: 'POST', body: JSON.stringify(body) });
}
`,
      'src/app.ts': `import { Telemetry, ship } from './telemetry';

const telemetry = new Telemetry();

export async function onError(user: { email: string; ipAddress: string }) {
  telemetry.report({ email: user.email });
  await ship({ ip: user.ipAddress });
}
`,
    });
    const result = await scan({ root });
    expect(summary(result)).toEqual([
      'no-pii-to-undeclared-third-party src/app.ts:6',
      'no-pii-to-undeclared-third-party src/app.ts:7',
    ]);
  });

  it('scans JavaScript without a tsconfig, CommonJS and ESM alike, and follows imports', async () => {
    const root = tempProject({
      'package.json': '{ "name": "legacy" }',
      'lib/mailer.mjs': `import twilio from 'twilio';
const client = twilio('sid', 'token');
export function notify(to, body) {
  return client.messages.create({ to, body, from: '+15550100' });
}
`,
      'server.js': `const express = require('express');
const app = express();
app.get('/track', (req, res) => {
  res.cookie('visitor_ref', req.query.ref);
  res.end();
});
`,
      'web/banner.jsx': `export function Banner({ user }) {
  return <img src={\`https://pixel.adtracker.example/p.gif?email=\${user.email}\`} />;
}
`,
      'web/notify.mjs': `import { notify } from '../lib/mailer.mjs';
export async function remind(user) {
  await notify(user.phoneNumber, 'Your trial ends soon');
}
`,
    });
    const result = await scan({ root });
    expect(result.skipped).toEqual([]);
    expect(result.stats).toMatchObject({ files: 4, analysed: 4 });
    expect(summary(result)).toEqual([
      'no-undeclared-cookie server.js:4',
      'no-pii-to-undeclared-third-party web/banner.jsx:2',
      'no-pii-to-undeclared-third-party web/notify.mjs:3',
    ]);
  });

  it('runs the rules of a pack next to the core rules', async () => {
    const noTodoPayments = defineRule({
      id: 'no-console-in-payments',
      meta: {
        description: 'Disallow console calls in payment code',
        recommended: false,
        severity: 'warning',
        messages: { console: 'Use the payment logger instead of `{{call}}`.' },
      },
      defaultOptions: {},
      create(context) {
        return {
          syntax: {
            CallExpression(node) {
              const text = context.text(node);
              if (text.startsWith('console.'))
                context.report({ messageId: 'console', node, data: { call: text } });
            },
          },
        };
      },
    });
    const root = tempProject({
      'pay.ts': `export function pay(amount: number) {\n  console.log('paying', amount);\n}\n`,
    });
    const result = await scan({ root, rules: [noTodoPayments] });
    const finding = only(result.findings);
    expect(finding).toMatchObject({
      ruleId: 'no-console-in-payments',
      severity: 'warning',
      line: 2,
      message: "Use the payment logger instead of `console.log('paying', amount)`.",
    });
    expect(result.rules.map((r) => r.id)).toContain('no-console-in-payments');
  });
});

describe('which files a scan reads', () => {
  it('honours .gitignore and .pledgeignore and leaves out dependencies and build output', async () => {
    const leak = `export function send(email: string) {\n  return fetch('https://leads.partner.example/in?e=' + email);\n}\n`;
    const root = tempProject({
      '.gitignore': 'generated-client/\n*.local.ts\n!keep.local.ts\n',
      'packages/web/.gitignore': 'tmp/\n',
      '.pledgeignore': 'sandbox/\n',
      'src/a.ts': leak,
      'src/build/b.ts': leak, // hand-written code in a folder called build: scanned
      'src/x.local.ts': leak,
      'src/keep.local.ts': leak,
      'generated-client/c.ts': leak,
      'sandbox/d.ts': leak,
      'node_modules/lib/e.ts': leak,
      'dist/f.js': leak,
      'packages/web/package.json': '{}',
      'packages/web/dist/g.js': leak,
      'packages/web/coverage/h.js': leak,
      'packages/web/tmp/i.ts': leak,
      'packages/web/src/j.ts': leak,
      'packages/web/src/types.d.ts': 'export declare function send(email: string): void;\n',
    });
    const result = await scan({ root });
    expect(result.findings.map((f) => f.file)).toEqual([
      'packages/web/src/j.ts',
      'src/a.ts',
      'src/build/b.ts',
      'src/keep.local.ts',
    ]);
    expect(result.skipped).toEqual([]);
    // A folder an ignore file lists is scanned when it is named explicitly.
    const named = await scan({ root, paths: ['generated-client'] });
    expect(named.findings.map((f) => f.file)).toEqual(['generated-client/c.ts']);
  });

  it('scans only the given paths, but still analyses them in their program', async () => {
    const root = tempProject(EXPRESS_APP);
    const result = await scan({ root, paths: ['src/routes'] });
    expect(summary(result)).toEqual([
      'no-pii-to-undeclared-third-party src/routes/signup.ts:9',
      'no-full-card-storage src/routes/signup.ts:15',
    ]);
    expect(result.stats.files).toBe(1);
  });

  it('builds a program per tsconfig in a monorepo, and analyses a file two tsconfigs list once', async () => {
    const tsconfig = (extra: object): string =>
      JSON.stringify({ compilerOptions: { strict: true, composite: true }, ...extra });
    const root = tempProject({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true },
        include: ['packages/*/src', 'scripts'],
        references: [{ path: 'packages/api' }, { path: 'packages/web' }],
      }),
      'packages/api/tsconfig.json': tsconfig({ include: ['src'] }),
      'packages/api/src/track.ts': `import Analytics from '@segment/analytics-node';
const analytics = new Analytics({ writeKey: 'key' });
export function identify(id: string, traits: object) {
  analytics.identify({ userId: id, traits });
}
`,
      'packages/api/src/signup.ts': `import { identify } from './track';
export function onSignup(user: { id: string; email: string }) {
  identify(user.id, { email: user.email });
}
`,
      'packages/web/tsconfig.json': tsconfig({
        compilerOptions: { strict: true, allowJs: true, jsx: 'preserve' },
        include: ['src'],
      }),
      'packages/web/src/cookies.js': `document.cookie = 'promo_seen=1; Max-Age=86400';\n`,
      'scripts/seed.ts': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.card.create({ data: { cardNumber: '4111 1111 1111 1111' } });
`,
    });
    const result = await scan({ root });
    expect(summary(result)).toEqual([
      'no-pii-to-undeclared-third-party packages/api/src/signup.ts:3',
      // `{ userId: id }` names its value where it is sent: reported there, once.
      'no-pii-to-undeclared-third-party packages/api/src/track.ts:4',
      'no-undeclared-cookie packages/web/src/cookies.js:1',
      'no-full-card-storage scripts/seed.ts:3',
    ]);
    expect(result.findings.slice(0, 2).map((f) => f.category)).toEqual([
      'user.contact.email',
      'user.unique_id',
    ]);
    expect(result.stats).toMatchObject({ files: 4, analysed: 4 });
    // The literal card number is masked everywhere.
    const seed = result.findings[3]!;
    expect(JSON.stringify(seed)).not.toContain('4111 1111 1111 1111');
    expect(seed.excerpt).toContain('1111');
  });

  it('reports paths relative to the root when the root is reached through a symbolic link', async () => {
    const root = tempProject(EXPRESS_APP);
    const link = `${root}-link`;
    symlinkSync(root, link);
    try {
      const result = await scan({ root: link });
      expect(result.root).toBe(root);
      expect(summary(result)).toEqual([
        'no-pii-to-undeclared-third-party src/routes/signup.ts:9',
        'no-full-card-storage src/routes/signup.ts:15',
      ]);
    } finally {
      rmSync(link);
    }
  });

  it('reports progress for every file', async () => {
    const root = tempProject(EXPRESS_APP);
    const seen: string[] = [];
    await scan({
      root,
      onProgress: ({ done, total, file }) =>
        seen.push(`${String(done)}/${String(total)} ${file ?? ''}`),
    });
    expect(seen).toHaveLength(4);
    expect(seen[0]).toMatch(/^0\/3 src\//);
    expect(seen[2]).toMatch(/^2\/3 src\//);
    expect(seen[3]).toBe('3/3 ');
  });

  it('hands each analysis to onAnalysis (the data map builds on it)', async () => {
    const root = tempProject(EXPRESS_APP);
    const files: string[] = [];
    let sends = 0;
    await scan({
      root,
      onAnalysis: ({ file, analysis }) => {
        files.push(file);
        sends += analysis.sends.length;
      },
    });
    expect(files.sort()).toEqual([
      'src/lib/analytics.ts',
      'src/routes/signup.ts',
      'src/services/payments.ts',
    ]);
    expect(sends).toBeGreaterThan(0);
  });
});

describe('fingerprints', () => {
  const SERVICE = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();

export async function save(card: { cardNumber: string }) {
  await prisma.card.create({ data: { number: card.cardNumber } });
  await prisma.card.create({ data: { number: card.cardNumber } });
}
`;

  const fingerprints = (findings: readonly ScanFinding[]): string[] =>
    findings.map((f) => f.fingerprint);

  it('stay the same when code moves down, and differ for identical lines', async () => {
    const root = tempProject({ 'src/save.ts': SERVICE });
    const before = await scan({ root });
    expect(before.findings.map((f) => f.line)).toEqual([5, 6]);
    const [first, second] = fingerprints(before.findings);
    expect(first).not.toBe(second);

    const path = join(root, 'src/save.ts');
    const moved = readFileSync(path, 'utf8').replace(
      '\nexport async',
      `${'\n// padding'.repeat(10)}\n\nexport async`,
    );
    writeFileSync(path, moved);
    const after = await scan({ root });
    expect(after.findings.map((f) => f.line)).toEqual([16, 17]);
    expect(fingerprints(after.findings)).toEqual(fingerprints(before.findings));

    // Re-indenting is not a change either.
    writeFileSync(path, moved.replace(/ {2}await/g, '      await'));
    expect(fingerprints((await scan({ root })).findings)).toEqual(fingerprints(before.findings));
  });

  it('change when the line is edited', async () => {
    const root = tempProject({ 'src/save.ts': SERVICE });
    const before = await scan({ root });
    writeFileSync(
      join(root, 'src/save.ts'),
      SERVICE.replace(
        'data: { number: card.cardNumber } });\n  await',
        'data: { pan: card.cardNumber } });\n  await',
      ),
    );
    const after = await scan({ root });
    expect(after.findings).toHaveLength(2);
    expect(after.findings[0]!.fingerprint).not.toBe(before.findings[0]!.fingerprint);
    // The other (unchanged) line is now the only one of its text: its occurrence index is 0.
    expect(after.findings[1]!.fingerprint).toBe(before.findings[0]!.fingerprint);
  });

  it('differ between files and rules', async () => {
    const root = tempProject({ 'a.ts': SERVICE, 'b.ts': SERVICE });
    const result = await scan({ root });
    expect(new Set(fingerprints(result.findings)).size).toBe(4);
  });
});

describe('scan errors', () => {
  it('throws a usage error for a path that does not exist', async () => {
    const root = tempProject({ 'a.ts': '' });
    await expect(scan({ root, paths: ['nope'] })).rejects.toThrow(
      /nope: no such file or directory/,
    );
  });

  it('throws a policy error with positioned diagnostics', async () => {
    const root = tempProject({ 'a.ts': '' }, { policy: false });
    writeFiles(root, { 'pledge.policy.yaml': 'version: 1\norganisation: Acme\n' });
    const error: unknown = await scan({ root }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PolicyError);
    expect(
      (error as PolicyError).diagnostics.map((d) => [d.line, d.column, d.code]),
    ).toContainEqual([2, 1, 'unknown-key']);
  });
});
