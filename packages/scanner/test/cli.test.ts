import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPRESS_APP, runCli, tempProject } from './scan-helpers.js';

const WARNING_ONLY_PACK = `export default {
  meta: { name: 'local-pack' },
  configs: {},
  rules: {
    'no-debugger-statement': {
      kind: 'pledge-rule',
      id: 'no-debugger-statement',
      meta: { description: 'Disallow debugger', recommended: false, severity: 'warning', messages: { d: 'Remove \`debugger\`.' } },
      defaultOptions: {},
      create(context) {
        return { syntax: { DebuggerStatement(node) { context.report({ messageId: 'd', node }); } } };
      },
    },
  },
};
`;

describe('pledge scan exit codes', () => {
  it('is 0 on a clean project and 1 on findings at or above --fail-on', async () => {
    const clean = tempProject({ 'src/ok.ts': 'export const ok = (n: number) => n + 1;\n' });
    expect(await runCli(clean, ['scan', '--format', 'json'])).toMatchObject({ code: 0 });

    const leaky = tempProject(EXPRESS_APP);
    const result = await runCli(leaky, ['scan', '--format', 'json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      version: 1,
      findings: [{ line: 9 }, { line: 15 }],
    });
    expect((await runCli(leaky, ['scan', '--format', 'json', '--fail-on', 'none'])).code).toBe(0);
    expect((await runCli(leaky, ['scan', 'src/lib', '--format', 'json'])).code).toBe(0);
  });

  it('fails on warnings only with --fail-on warning; loads rule packs with --rules', async () => {
    const root = tempProject({
      'src/a.ts': 'export function f() {\n  debugger;\n}\n',
      'pack.mjs': WARNING_ONLY_PACK,
    });
    const defaults = await runCli(root, ['scan', '--format', 'json', '--rules', './pack.mjs']);
    expect(defaults.code).toBe(0);
    expect(JSON.parse(defaults.stdout)).toMatchObject({
      findings: [{ ruleId: 'no-debugger-statement', severity: 'warning', line: 2 }],
    });
    expect(
      (
        await runCli(root, [
          'scan',
          '--format',
          'json',
          '--rules',
          './pack.mjs',
          '--fail-on',
          'warning',
        ])
      ).code,
    ).toBe(1);
    const missing = await runCli(root, ['scan', '--rules', 'pledge-rules-that-do-not-exist']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot find the rule pack `pledge-rules-that-do-not-exist`');
  });

  it('is 2 on usage errors, naming the problem and printing the usage', async () => {
    const root = tempProject({ 'a.ts': '' });
    const unknown = await runCli(root, ['scan', '--frmat', 'json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^pledge: unknown option `--frmat`; did you mean `--format`\?\n\nUsage:\n {2}pledge scan/,
    );
    // The nearest option of the command at hand; nothing suggested when none is near.
    const mapOption = await runCli(root, ['map', '--outptu', 'map.md']);
    expect(mapOption.stderr).toContain('unknown option `--outptu`; did you mean `--output`?');
    const far = await runCli(root, ['scan', '--zzzzzzzz']);
    expect(far.stderr).toMatch(/^pledge: unknown option `--zzzzzzzz`\n/);
    const format = await runCli(root, ['scan', '--format', 'xml']);
    expect(format).toMatchObject({ code: 2 });
    expect(format.stderr).toContain(
      '`--format xml` is not one of `pretty`, `json`, `sarif`, `github`, `markdown`',
    );
    const failOn = await runCli(root, ['scan', '--fail-on', 'info']);
    expect(failOn.stderr).toContain('`--fail-on info` is not one of `warning`, `error`, `none`');
    const command = await runCli(root, ['scna']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('pledge: unknown command `scna`; did you mean `scan`?');
    const other = await runCli(root, ['deploy']);
    expect(other.stderr).toContain(
      'unknown command `deploy`; the commands are `scan`, `baseline`, `map`, `policy`, `init`, `help`',
    );
    const path = await runCli(root, ['scan', 'src/missing']);
    expect(path.code).toBe(2);
    expect(path.stderr).toContain('src/missing: no such file or directory');
    const value = await runCli(root, ['scan', '--baseline']);
    expect(value.code).toBe(2);
    expect(value.stderr).toContain("--baseline <value>' argument missing");
  });

  it('is 2 when the policy is missing or invalid, with positions', async () => {
    const none = tempProject({ 'a.ts': '' }, { policy: false });
    const missing = await runCli(none, ['scan']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('No pledge.policy.yaml (or .yml, .json) in');
    const explicit = await runCli(none, ['scan', '--policy', 'policies/privacy.yaml']);
    expect(explicit.code).toBe(2);
    expect(explicit.stderr).toMatch(
      /^policies\/privacy\.yaml:1:1: error: the policy file does not exist/,
    );

    writeFileSync(
      join(none, 'pledge.policy.yaml'),
      'version: 1\norganization: Acme\ndocument: { url: https://acme.example/privacy, effective: 2016-01-16 }\nthirdParty: []\n',
    );
    const invalid = await runCli(none, ['scan']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(
      /^pledge\.policy\.yaml:4:1: error: .*thirdParty.* Did you mean `thirdParties`\? \[[\w-]+\]$/m,
    );
  });
});

describe('pledge scan output', () => {
  it('writes the report to --output, and prints nothing else in CI', async () => {
    const root = tempProject(EXPRESS_APP);
    const result = await runCli(
      root,
      ['scan', '--format', 'json', '--output', 'reports/pledge.json'],
      { env: { CI: 'true' }, tty: true },
    );
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).not.toContain('Scanning');
    const report = JSON.parse(readFileSync(join(root, 'reports/pledge.json'), 'utf8')) as {
      findings: unknown[];
    };
    expect(report.findings).toHaveLength(2);
  });

  it('shows progress on an interactive terminal only', async () => {
    const root = tempProject(EXPRESS_APP);
    const interactive = await runCli(root, ['scan', '--format', 'json'], { env: {}, tty: true });
    expect(interactive.stderr).toContain('\r\x1b[2KScanning 0/3 files… src/');
    expect(interactive.stderr.endsWith('\r\x1b[2K')).toBe(true);
    const quiet = await runCli(root, ['scan', '--format', 'json', '--no-progress'], {
      env: {},
      tty: true,
    });
    expect(quiet.stderr).not.toContain('Scanning');
    const piped = await runCli(root, ['scan', '--format', 'json'], { env: {}, tty: false });
    expect(piped.stderr).not.toContain('Scanning');
  });

  it('never prints a full card number', async () => {
    const root = tempProject({
      'src/seed.ts': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export const seed = () => prisma.card.create({ data: { cardNumber: '4242424242424242' } });
`,
    });
    for (const format of ['json', 'pretty', 'sarif', 'github', 'markdown']) {
      const result = await runCli(root, ['scan', '--format', format]);
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).not.toContain('4242424242424242');
    }
  });
});

describe('other commands', () => {
  it('--help and --version', async () => {
    const root = tempProject({});
    const help = await runCli(root, ['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('pledge scan [paths...] [options]');
    expect(help.stdout).toContain('Exit codes: 0 clean, 1 findings');
    expect((await runCli(root, ['scan', '--help'])).code).toBe(0);
    const version = await runCli(root, ['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await runCli(root, [])).code).toBe(2);
  });

  it('pledge policy check validates a policy with positions', async () => {
    const root = tempProject({
      'broken.yaml':
        'version: 1\norganization: Acme\ndocument: { url: https://acme.example/privacy, effective: 2016-01-16 }\nclauses: {}\nfirstParty: { hosts: [acme.example] }\ncookies:\n  clause: nowhere\n  declared: []\n',
    });
    const valid = await runCli(root, ['policy', 'check']);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(
      /^✔ pledge\.policy\.yaml is a valid Pledge policy\n {2}Segment\.io, Inc\. — /,
    );
    expect(valid.stdout).toContain('Clauses (9):');
    expect(valid.stdout).toContain('Recipients (8):');
    expect(valid.stdout).toMatch(/^ {2}ad-network +ad-network +non-personal data only$/m);
    const invalid = await runCli(root, ['policy', 'check', 'broken.yaml']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^broken\.yaml:7:11: error: .*`nowhere`.*\[[\w-]+\]$/m);
    expect((await runCli(root, ['policy', 'check', 'nope.yaml'])).stderr).toBe(
      'pledge: nope.yaml: no such file.\n',
    );
    expect((await runCli(root, ['policy', 'lint'])).code).toBe(2);
  });

  it('pledge map prints the data map, or says clearly that it cannot', async () => {
    const root = tempProject(EXPRESS_APP);
    const result = await runCli(root, ['map', '--format', 'json']);
    if (result.code === 0) {
      expect(result.stdout.length).toBeGreaterThan(0);
    } else {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^pledge: the data map/);
    }
    const format = await runCli(root, ['map', '--format', 'sarif']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('`--format sarif` is not one of `text`, `json`, `markdown`');
  });
});
