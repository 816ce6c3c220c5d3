import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';

// The plugin as a user gets it: build and pack @pledge/policy, @pledge/core and
// @pledge/eslint-plugin, install the tarballs with npm into a temporary project with a plain
// eslint.config.js, and lint. Needs the npm registry (eslint, the parser).

const run = promisify(execFile);
const here = import.meta.dirname;
const require = createRequire(import.meta.url);
const packages = ['policy', 'core', 'eslint-plugin'].map((name) => join(here, '../..', name));
const tsc = join(require.resolve('typescript/package.json'), '../bin/tsc');
const versions = {
  eslint: (require('eslint/package.json') as { version: string }).version,
  typescript: (require('typescript/package.json') as { version: string }).version,
};

let temp: string;
let project: string;
let result: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'pledge-eslint-package-'));
  project = join(temp, 'app');
  const tarballs = join(temp, 'tarballs');
  mkdirSync(join(project, 'src'), { recursive: true });
  mkdirSync(tarballs);
  for (const dir of packages) {
    // A no-op when turbo's `build` already ran, so parallel package tests never race on dist/.
    await run(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: dir });
    const pack = () =>
      run('npx', ['--yes', 'pnpm@12.21.0', 'pack', '--pack-destination', tarballs], { cwd: dir });
    await pack().catch(pack);
  }
  const tarball = (prefix: string): string => {
    const file = readdirSync(tarballs).find((name) => name.startsWith(prefix));
    if (file === undefined) throw new Error(`no ${prefix}*.tgz in ${tarballs}`);
    return `file:${join(tarballs, file)}`;
  };
  const local = {
    '@pledge/policy': tarball('pledge-policy-'),
    '@pledge/core': tarball('pledge-core-'),
    '@pledge/eslint-plugin': tarball('pledge-eslint-plugin-'),
  };
  const write = (file: string, text: string): void => {
    writeFileSync(join(project, file), text);
  };
  write(
    'package.json',
    JSON.stringify({
      name: 'pledge-eslint-check',
      private: true,
      type: 'module',
      devDependencies: { ...local, eslint: versions.eslint, typescript: versions.typescript },
      overrides: local,
    }),
  );
  write(
    'eslint.config.js',
    "import pledge from '@pledge/eslint-plugin';\n\nexport default [pledge.configs.recommended];\n",
  );
  write(
    'pledge.policy.yaml',
    `version: 1
organization: Example, Inc.
document: { url: https://example.com/privacy, effective: 2016-01-16 }
clauses:
  purchase-information: { section: Purchase Information }
  website-visitors: { section: Website Visitors }
firstParty: { hosts: [example.com] }
payments: { clause: purchase-information, processors: [] }
cookies:
  clause: website-visitors
  declared: [{ name: session_id, duration: session }]
`,
  );
  write(
    'src/pay.js',
    `import express from 'express';
const app = express();
const db = { query: async () => undefined };
app.post('/pay', async (req, res) => {
  await db.query('INSERT INTO payments (card_number) VALUES ($1)', [req.body.cardNumber]);
  await db.query('INSERT INTO payments (note) VALUES ($1)', ['4242 4242 4242 4242']);
  res.cookie('session_id', 'opaque');
  res.cookie('tracking', 'x');
});
`,
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: project,
  });
  result = await run(
    process.execPath,
    ['node_modules/eslint/bin/eslint.js', '--format', 'json', '.'],
    { cwd: project },
  )
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((failure: unknown) => {
      const error = failure as { code: number; stdout: string; stderr: string };
      return {
        code: error.code,
        stdout: error.stdout,
        stderr: error.stderr,
      };
    });
  // An npm install of the tarballs under turbo's parallel load: a hang guard, not a budget.
}, 600_000);

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

it('lints a project that installs the built plugin and uses the recommended config', () => {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(1);
  const files = JSON.parse(result.stdout) as {
    filePath: string;
    messages: { line: number; ruleId: string; message: string }[];
  }[];
  expect(files.filter((f) => f.messages.length > 0).map((f) => f.filePath)).toEqual([
    join(project, 'src/pay.js'),
  ]);
  const file = files.find((f) => f.filePath.endsWith('pay.js'));
  expect(file?.messages.map((m) => [m.line, m.ruleId])).toEqual([
    [5, 'pledge/no-full-card-storage'],
    [6, 'pledge/no-full-card-storage'],
    [8, 'pledge/no-undeclared-cookie'],
  ]);
  // ESLint's JSON output echoes the file's source; what Pledge itself printed is the messages.
  const printed = JSON.stringify(file?.messages);
  expect(printed).not.toContain('4242 4242 4242 4242');
  expect(printed).not.toContain('4242424242424242');
});
