import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_CODE_GLOBS } from '@pledge/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { DataMap } from '../src/map/index.js';
import { scan, UsageError, type AnalysedFile, type ScanOptions } from '../src/scan.js';
import type { ScanResult } from '../src/types.js';
import { runCli, tempProject, writeFiles } from './scan-helpers.js';

// Test code is not production code: by default a scan leaves tests, specs, mocks, fixtures and
// stories (`TEST_CODE_GLOBS`) out of findings and out of the data map, says how many files it
// left out in every format, and `--include-tests` or the config's `tests` brings them back.

/** Sends an e-mail address to an undeclared third party: a finding on line 2. */
const LEAK = `export function send(email: string) {
  return fetch('https://leads.partner.example/in?e=' + email);
}
`;

/** One file per test-code convention, each with the leak on line 2. */
const CONVENTIONS = [
  { convention: 'vitest/jest `*.test.*`', file: 'src/signup.test.ts' },
  { convention: '`*.spec.*`', file: 'src/checkout.spec.tsx' },
  { convention: '`*.e2e.*`', file: 'src/login.e2e.ts' },
  { convention: 'jest `__tests__/`', file: 'src/__tests__/signup.ts' },
  { convention: 'jest `__mocks__/`', file: 'src/__mocks__/api.ts' },
  { convention: '`__fixtures__/`', file: 'src/__fixtures__/user.ts' },
  { convention: '`test/`', file: 'test/signup.ts' },
  { convention: '`tests/`', file: 'tests/signup.ts' },
  { convention: '`e2e/`', file: 'e2e/signup.ts' },
  { convention: 'Cypress `cypress/`', file: 'cypress/e2e/signup.cy.ts' },
  { convention: 'Playwright `playwright/`', file: 'playwright/signup.ts' },
  { convention: '`fixtures/`', file: 'src/fixtures/user.ts' },
  { convention: 'Storybook `*.stories.*`', file: 'src/Button.stories.tsx' },
  { convention: 'Storybook `*.story.*`', file: 'src/Button.story.tsx' },
  { convention: 'Storybook `.storybook/`', file: '.storybook/preview.ts' },
] as const;

/** Production code whose names only look like tests: scanned as ever. */
const PRODUCTION = ['src/app.ts', 'src/testimonials.ts', 'src/latest/feed.ts'] as const;

const LINE =
  'Left out 15 test files (tests, specs, mocks, fixtures, stories — `--include-tests` or `tests.include: true` in pledge.config.yaml brings them back).';

function conventionsProject(extra: Readonly<Record<string, string>> = {}): string {
  return tempProject({
    'src/app.ts': LEAK,
    'src/testimonials.ts': LEAK,
    'src/latest/feed.ts': LEAK,
    'src/signup.test.ts': LEAK,
    'src/checkout.spec.tsx': LEAK,
    'src/login.e2e.ts': LEAK,
    'src/__tests__/signup.ts': LEAK,
    'src/__mocks__/api.ts': LEAK,
    'src/__fixtures__/user.ts': LEAK,
    'test/signup.ts': LEAK,
    'tests/signup.ts': LEAK,
    'e2e/signup.ts': LEAK,
    'cypress/e2e/signup.cy.ts': LEAK,
    'playwright/signup.ts': LEAK,
    'src/fixtures/user.ts': LEAK,
    'src/Button.stories.tsx': LEAK,
    'src/Button.story.tsx': LEAK,
    '.storybook/preview.ts': LEAK,
    ...extra,
  });
}

function locations(result: ScanResult): string[] {
  return result.findings.map((f) => `${f.file}:${String(f.line)}`);
}

it('has a case for every convention', () => {
  expect(CONVENTIONS.length).toBe(15);
  expect(PRODUCTION.length).toBeGreaterThan(0);
});

describe('test code, by default', () => {
  let root: string;
  let result: ScanResult;
  const analysed: string[] = [];

  beforeAll(async () => {
    root = conventionsProject();
    result = await scan({ root, onAnalysis: ({ file }) => analysed.push(file) });
  });

  it.each(CONVENTIONS)('$convention ($file) is not reported', ({ file }) => {
    expect(result.findings.filter((f) => f.file === file)).toEqual([]);
  });

  it('leaves production code as it was, names that only look like tests included', () => {
    expect(locations(result)).toEqual([
      'src/app.ts:2',
      'src/latest/feed.ts:2',
      'src/testimonials.ts:2',
    ]);
  });

  it('counts what it left out, with the globs, and skips nothing', () => {
    expect(result.leftOut).toEqual({ tests: { count: 15, globs: TEST_CODE_GLOBS } });
    expect(result.skipped).toEqual([]);
    expect(result.stats.files).toBe(18);
    expect(result.stats.analysed).toBe(3);
  });

  it('does not analyse it: no `onAnalysis` for test files', () => {
    expect(analysed.sort()).toEqual(['src/app.ts', 'src/latest/feed.ts', 'src/testimonials.ts']);
  });
});

describe('test code, brought back', () => {
  let root: string;
  let result: ScanResult;

  beforeAll(async () => {
    root = conventionsProject();
    result = await scan({ root, tests: { include: true } });
  });

  it.each(CONVENTIONS)('$convention ($file) is reported with `tests.include`', ({ file }) => {
    expect(locations(result)).toContain(`${file}:2`);
  });

  it('reports every file and leaves nothing out', () => {
    expect(result.findings).toHaveLength(18);
    expect(result.leftOut).toBeUndefined();
    expect(result.stats.analysed).toBe(18);
  });

  it('with `--include-tests`', async () => {
    const { code, stdout } = await runCli(root, ['scan', '--include-tests', '--format', 'json']);
    const output = JSON.parse(stdout) as ScanResult;
    expect(code).toBe(1);
    expect(output.findings).toHaveLength(18);
    expect(output.leftOut).toBeUndefined();
  });

  it('with `tests.include: true` in pledge.config.yaml', async () => {
    const configured = conventionsProject({ 'pledge.config.yaml': 'tests:\n  include: true\n' });
    const { stdout } = await runCli(configured, ['scan', '--format', 'json']);
    const output = JSON.parse(stdout) as ScanResult;
    expect(output.findings).toHaveLength(18);
    expect(output.leftOut).toBeUndefined();
  });

  it('`--include-tests` wins over the config, `severity: off` included', async () => {
    const configured = conventionsProject({
      'pledge.config.yaml': 'tests:\n  include: false\n  severity: off\n',
    });
    const before = JSON.parse(
      (await runCli(configured, ['scan', '--format', 'json'])).stdout,
    ) as ScanResult;
    expect(before.leftOut?.tests.count).toBe(15);
    const after = JSON.parse(
      (await runCli(configured, ['scan', '--include-tests', '--format', 'json'])).stdout,
    ) as ScanResult;
    expect(after.findings).toHaveLength(18);
    expect(after.leftOut).toBeUndefined();
  });
});

describe('what every output says about it', () => {
  let root: string;

  beforeAll(() => {
    root = conventionsProject();
  });

  it('pretty: one line, and the count in the summary', async () => {
    const { stdout } = await runCli(root, ['scan']);
    expect(stdout).toContain(`\n${LINE}\n`);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(
      '3 findings (3 errors) in 18 files; 15 test files left out',
    );
  });

  it('json: `leftOut.tests`', async () => {
    const { stdout } = await runCli(root, ['scan', '--format', 'json']);
    expect((JSON.parse(stdout) as ScanResult).leftOut).toEqual({
      tests: { count: 15, globs: TEST_CODE_GLOBS },
    });
  });

  it('markdown: the count among the notes, and the line', async () => {
    const { stdout } = await runCli(root, ['scan', '--format', 'markdown']);
    expect(stdout).toContain(': 15 test files left out.\n');
    expect(stdout).toContain(
      '\nLeft out 15 test files (tests, specs, mocks, fixtures, stories — `--include-tests` or `tests.include: true` in pledge.config.yaml brings them back).\n',
    );
  });

  it('sarif: a `note` notification with the count and the globs, and a run property', async () => {
    const { stdout } = await runCli(root, ['scan', '--format', 'sarif']);
    const run = (
      JSON.parse(stdout) as {
        runs: {
          invocations: { toolExecutionNotifications: Record<string, unknown>[] }[];
          properties: Record<string, unknown>;
        }[];
      }
    ).runs[0];
    expect(run?.invocations[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'note',
        message: { text: LINE },
        descriptor: { id: 'left-out/tests' },
        properties: { count: 15, globs: TEST_CODE_GLOBS },
      },
    ]);
    expect(run?.properties.leftOut).toEqual({ tests: { count: 15, globs: TEST_CODE_GLOBS } });
  });

  it('github: one `::notice` (not a warning per file), and the count in the summary', async () => {
    const { stdout } = await runCli(root, ['scan', '--format', 'github']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::notice'))).toEqual([
      `::notice title=pledge%3A test code left out::${LINE}`,
    ]);
    expect(lines.filter((line) => line.startsWith('::warning'))).toEqual([]);
    expect(lines.at(-1)).toBe('Pledge: 3 findings (3 errors) in 18 files; 15 test files left out');
  });

  it('`pledge baseline` and `pledge map`: on stderr', async () => {
    const baseline = await runCli(root, ['baseline', '-o', 'baseline.json']);
    expect(baseline.stderr).toBe(`pledge: wrote 3 finding(s) to baseline.json.\npledge: ${LINE}\n`);
    const map = await runCli(root, ['map', '--format', 'json']);
    expect(map.stderr).toBe(`pledge: ${LINE}\n`);
  });

  it('says nothing when there is no test code', async () => {
    const clean = tempProject({ 'src/app.ts': LEAK });
    const { stdout } = await runCli(clean, ['scan']);
    expect(stdout).not.toContain('left out');
    expect(stdout).not.toContain('Left out');
    const json = JSON.parse(
      (await runCli(clean, ['scan', '--format', 'json'])).stdout,
    ) as ScanResult;
    expect(json.leftOut).toEqual({ tests: { count: 0, globs: TEST_CODE_GLOBS } });
  });
});

describe('the gate', () => {
  it('`--fail-on-skipped` does not fail on test code left out: nothing was lost', async () => {
    const root = tempProject({ 'src/app.ts': 'export const ok = 1;\n', 'src/app.test.ts': LEAK });
    const { code, stdout } = await runCli(root, ['scan', '--fail-on-skipped']);
    expect(code).toBe(0);
    expect(stdout).toContain('Left out 1 test file (');
  });

  it('a baseline entry in test code left out is not "fixed": it was not checked', async () => {
    const root = tempProject({ 'src/app.ts': LEAK, 'src/app.test.ts': LEAK });
    await runCli(root, ['baseline', '--include-tests', '-o', 'baseline.json']);
    const result = await scan({ root, baseline: 'baseline.json' });
    expect(result.baseline).toEqual({ file: 'baseline.json', matched: 1, new: 0, fixed: 0 });
    const included = await scan({ root, baseline: 'baseline.json', tests: { include: true } });
    expect(included.baseline).toEqual({ file: 'baseline.json', matched: 2, new: 0, fixed: 0 });
  });
});

describe('where the globs match from', () => {
  it('the default list: the scan root, so a project inside a `test/` folder is not all test code', async () => {
    const top = tempProject({ 'e2e/app/src/app.ts': LEAK, 'e2e/app/src/app.test.ts': LEAK });
    const inside = await scan({ root: join(top, 'e2e/app') });
    expect(locations(inside)).toEqual(['src/app.ts:2']);
    expect(inside.leftOut?.tests.count).toBe(1);
    const above = await scan({ root: top });
    expect(locations(above)).toEqual([]);
    expect(above.leftOut?.tests.count).toBe(2);
  });
});

describe('custom globs', () => {
  it('replace the default list, relative to the config file', async () => {
    const root = tempProject({
      'pledge.config.yaml': "tests:\n  globs: ['qa/**', './tools/*.check.ts']\n",
      'src/app.ts': LEAK,
      'qa/smoke.ts': LEAK,
      'tools/signup.check.ts': LEAK,
      'src/app.test.ts': LEAK,
    });
    const { stdout } = await runCli(root, ['scan', '--format', 'json']);
    const result = JSON.parse(stdout) as ScanResult;
    expect(locations(result)).toEqual(['src/app.test.ts:2', 'src/app.ts:2']);
    expect(result.leftOut).toEqual({ tests: { count: 2, globs: ['qa/**', 'tools/*.check.ts'] } });
    const pretty = await runCli(root, ['scan']);
    expect(pretty.stdout).toContain(
      'Left out 2 test files (matching `qa/**`, `tools/*.check.ts` — `--include-tests` or `tests.include: true` in pledge.config.yaml brings them back).',
    );
  });

  it('are matched from the config file’s folder when the scan root is below it', async () => {
    const top = tempProject({
      'pledge.config.yaml': "tests:\n  globs: ['packages/app/qa/**']\n",
      'packages/app/src/app.ts': LEAK,
      'packages/app/qa/smoke.ts': LEAK,
    });
    const { stdout } = await runCli(join(top, 'packages/app'), ['scan', '--format', 'json']);
    const result = JSON.parse(stdout) as ScanResult;
    expect(locations(result)).toEqual(['src/app.ts:2']);
    expect(result.leftOut?.tests.count).toBe(1);
  });

  it('an empty list leaves nothing out', async () => {
    const root = conventionsProject();
    const result = await scan({ root, tests: { globs: [] } });
    expect(result.findings).toHaveLength(18);
    expect(result.leftOut).toEqual({ tests: { count: 0, globs: [] } });
  });
});

describe('severity', () => {
  const files = { 'src/app.ts': LEAK, 'src/app.test.ts': LEAK };

  it('`tests.severity` applies to findings in test code only', async () => {
    const root = tempProject({
      ...files,
      'pledge.config.yaml': 'tests:\n  include: true\n  severity: warn\n',
    });
    const { stdout } = await runCli(root, ['scan', '--format', 'json']);
    const result = JSON.parse(stdout) as ScanResult;
    expect(result.findings.map((f) => [f.file, f.severity])).toEqual([
      ['src/app.test.ts', 'warning'],
      ['src/app.ts', 'error'],
    ]);
  });

  it('`off` leaves test code out, as `include: false` does', async () => {
    const root = tempProject(files);
    const result = await scan({ root, tests: { include: true, severity: 'off' } });
    expect(locations(result)).toEqual(['src/app.ts:2']);
    expect(result.leftOut?.tests.count).toBe(1);
  });

  it('a programmatic `tests` that does not fit is a UsageError', async () => {
    const root = tempProject(files);
    const bad = {
      include: 'yes',
      severity: 'warn',
      globs: ['!src/**'],
    } as unknown as ScanOptions['tests'];
    await expect(scan({ root, tests: bad })).rejects.toThrow(UsageError);
    await expect(scan({ root, tests: bad })).rejects.toThrow(
      '`tests.include` is `yes`; use `true` or `false`. `tests.severity` is `warn`; use `off`, `warning` or `error`. `tests.globs[0]`: `!src/**` is a negation;',
    );
  });
});

describe('helpers in test-support folders', () => {
  // The helper is not scanned, but production code imports it: the program loads it through
  // the import and the engine follows the call, so the finding is at the production call site.
  const files = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        module: 'preserve',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
      },
      include: ['src'],
    }),
    'src/signup.ts': `import { notify } from '../test/support/notify';

export function signup(email: string) {
  notify(email);
}
`,
    'test/support/notify.ts': `export function notify(text: string) {
  return fetch('https://hooks.partner.example/in', { method: 'POST', body: text });
}
`,
  };

  it('are followed from production code: the call site is reported', async () => {
    const root = tempProject(files);
    const result = await scan({ root });
    expect(result.leftOut?.tests.count).toBe(1);
    expect(result.findings.map((f) => [f.ruleId, `${f.file}:${String(f.line)}`])).toEqual([
      ['no-pii-to-undeclared-third-party', 'src/signup.ts:4'],
    ]);
    expect(result.findings[0]?.flow.map((step) => step.file)).toContain('test/support/notify.ts');
  });

  it('report the same call site when test code is included', async () => {
    const root = tempProject(files);
    const result = await scan({ root, tests: { include: true } });
    expect(locations(result)).toContain('src/signup.ts:4');
  });
});

describe('the data map', () => {
  const files = {
    'src/app.ts': LEAK,
    'src/__tests__/app.ts': `export function seed(email: string) {
  return fetch('https://tests.qa-vendor.example/seed?e=' + email);
}
`,
  };

  async function map(root: string, args: readonly string[] = []): Promise<DataMap> {
    const { stdout } = await runCli(root, ['map', '--format', 'json', ...args]);
    return JSON.parse(stdout) as DataMap;
  }

  it('leaves test code out, and brings it back with `--include-tests`', async () => {
    const root = tempProject(files);
    const without = JSON.stringify(await map(root));
    expect(without).toContain('leads.partner.example');
    expect(without).not.toContain('tests.qa-vendor.example');
    expect(without).not.toContain('src/__tests__/app.ts');
    const withTests = JSON.stringify(await map(root, ['--include-tests']));
    expect(withTests).toContain('tests.qa-vendor.example');
    expect(withTests).toContain('src/__tests__/app.ts');
  });

  it('`onAnalysis` is called for production files only', async () => {
    const root = tempProject(files);
    const seen: AnalysedFile[] = [];
    await scan({ root, onAnalysis: (file) => seen.push(file) });
    expect(seen.map((f) => f.file)).toEqual(['src/app.ts']);
  });
});

describe('docs/scanner.md: Test code', () => {
  const docs = readFileSync(join(import.meta.dirname, '../../../docs/scanner.md'), 'utf8');
  const section = docs.slice(docs.indexOf('## Test code'), docs.indexOf('## Inline suppressions'));

  it('lists exactly TEST_CODE_GLOBS', () => {
    const table = section.slice(section.indexOf('| globs'), section.indexOf('They are minimatch'));
    const listed = [...table.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(0);
    expect([...listed].sort()).toEqual([...TEST_CODE_GLOBS].sort());
  });

  it('has a config example that loads', async () => {
    const yaml = /```yaml\n(# pledge\.config\.yaml\ntests:[\s\S]*?)```/.exec(section)?.[1];
    expect(yaml).toBeDefined();
    const root = tempProject({}, { policy: false });
    writeFiles(root, { 'pledge.config.yaml': yaml ?? '' });
    const config = await loadConfig(join(root, 'pledge.config.yaml'));
    expect(config.tests).toEqual({
      include: true,
      globs: ['**/*.test.*', 'qa/**'],
      severity: 'warning',
    });
  });
});
