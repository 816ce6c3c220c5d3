import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  findConfig,
  formatConfigDiagnostic,
  loadConfig,
  type RuleSetting,
} from '../src/config.js';
import { scan, UsageError } from '../src/scan.js';
import { FLAGGED_CALL_PACK, FLAGGED_CALLS_SOURCE, linkCore } from './pack-helpers.js';
import { EXPRESS_APP, runCli, tempProject } from './scan-helpers.js';

/** An Express handler that sets a cookie the demo policy does not declare (line 4). */
const COOKIE_SOURCE = `import express from 'express';

export const app = express();
app.get('/', (req, res) => { res.cookie('tracker', '1'); res.end(); });
`;

/** A pack in the older shape (no `definePack`): one rule, with no options schema. */
const SCHEMALESS_PACK = `export default {
  meta: { name: 'schemaless' },
  configs: {},
  rules: {
    'no-debugger-statement': {
      kind: 'pledge-rule',
      id: 'no-debugger-statement',
      meta: { description: 'Disallow debugger', recommended: false, severity: 'warning', messages: { d: 'Remove \`debugger\`.' } },
      defaultOptions: {},
      create: () => ({}),
    },
  },
};
`;

/** The diagnostics `loadConfig` reports for a config file, as printed, paths relative to the project. */
async function configErrors(
  files: Readonly<Record<string, string>>,
  name: string,
): Promise<string[]> {
  const root = tempProject(files, { policy: false });
  try {
    await loadConfig(join(root, name));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.summary).toBe(
      `the config is not valid (${String(error.diagnostics.length)} error(s)).`,
    );
    return error.diagnostics.map((d) =>
      formatConfigDiagnostic({ ...d, file: d.file.replace(`${root}/`, '') }).replaceAll(
        root,
        '<root>',
      ),
    );
  }
  throw new Error(`${name} loaded without errors`);
}

interface InvalidCase {
  name: string;
  file: string;
  files: Readonly<Record<string, string>>;
  errors: readonly string[];
}

const INVALID: readonly InvalidCase[] = [
  {
    name: 'an unknown key',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': 'packs: []\nrule:\n  no-undeclared-cookie: off\n' },
    errors: [
      'pledge.config.yaml:2:1: error: unknown key `rule`; the config takes `packs`, `rules`, `ignores`, `tests`. Did you mean `rules`? [unknown-key]',
    ],
  },
  {
    name: 'a mapping expected',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': '- packs\n' },
    errors: [
      'pledge.config.yaml:1:1: error: the config should be a mapping with `packs`, `rules`, `ignores` and `tests`, but is a list. [not-a-mapping]',
    ],
  },
  {
    name: 'packs of the wrong type',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': 'packs: ./local-pack.mjs\n' },
    errors: [
      'pledge.config.yaml:1:8: error: `packs` should be a list of module names or paths relative to the config file, but is the string "./local-pack.mjs". Write `packs: [\'@pledge/rules-mailing\']`. [invalid-type]',
    ],
  },
  {
    name: 'pack entries of the wrong type',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': 'packs:\n  - 42\n  - ""\n' },
    errors: [
      'pledge.config.yaml:2:5: error: `packs[0]` should be a module name or a path relative to the config file, but is number 42. [invalid-type]',
      'pledge.config.yaml:3:5: error: `packs[1]` should be a module name or a path relative to the config file, but is the string "". [invalid-type]',
    ],
  },
  {
    name: 'packs that cannot be found or are not packs',
    file: 'pledge.config.yaml',
    files: {
      'pledge.config.yaml': 'packs: [./missing-pack.mjs, ./not-a-pack.mjs, "@acme/absent"]\n',
      'not-a-pack.mjs': 'export default { hello: 1 };\n',
    },
    errors: [
      'pledge.config.yaml:1:9: error: `packs[0]`: cannot find the rule pack `./missing-pack.mjs`: <root>/missing-pack.mjs does not exist. [pack-not-found]',
      'pledge.config.yaml:1:29: error: `packs[1]`: `./not-a-pack.mjs` is not a rule pack: its default export must be a pack made by `definePack` from `@pledge/core/rules` (an ESLint plugin `{ meta, rules, configs }`). [invalid-pack]',
      'pledge.config.yaml:1:47: error: `packs[2]`: cannot find the rule pack `@acme/absent` from <root>; install it or give a path. [pack-not-found]',
    ],
  },
  {
    name: 'rules of the wrong type',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': 'rules: [no-undeclared-cookie]\n' },
    errors: [
      'pledge.config.yaml:1:8: error: `rules` should be a mapping of rule ids to a severity or `[severity, options]`, but is a list. [invalid-type]',
    ],
  },
  {
    name: 'unknown severities',
    file: 'pledge.config.yaml',
    files: {
      'pledge.config.yaml':
        'rules:\n  no-undeclared-cookie: warnn\n  no-full-card-storage: [fatal, {}]\n  no-pii-to-undeclared-third-party: 3\n',
    },
    errors: [
      'pledge.config.yaml:2:25: error: `rules.no-undeclared-cookie`: `warnn` is not a severity; use `off`, `warn` or `error` (or 0, 1, 2). Did you mean `warn`? [invalid-severity]',
      'pledge.config.yaml:3:26: error: `rules.no-full-card-storage[0]`: `fatal` is not a severity; use `off`, `warn` or `error` (or 0, 1, 2). [invalid-severity]',
      'pledge.config.yaml:4:37: error: `rules.no-pii-to-undeclared-third-party`: number 3 is not a severity; use `off`, `warn` or `error` (or 0, 1, 2). [invalid-severity]',
    ],
  },
  {
    name: 'rule entries of the wrong shape',
    file: 'pledge.config.yaml',
    files: {
      'pledge.config.yaml':
        'rules:\n  no-undeclared-cookie: { severity: warn }\n  no-full-card-storage: [warn, {}, {}]\n  no-pii-to-undeclared-third-party: [warn, [a]]\n',
    },
    errors: [
      'pledge.config.yaml:2:25: error: `rules.no-undeclared-cookie` should be a severity (`off`, `warn`, `error`) or `[severity, options]`, but is a mapping. [invalid-type]',
      'pledge.config.yaml:3:25: error: `rules.no-full-card-storage` has 3 elements; write `[severity]` or `[severity, { …options }]`. [invalid-type]',
      'pledge.config.yaml:4:44: error: `rules.no-pii-to-undeclared-third-party[1]`: the options should be a mapping of option names to values, but are a list. [invalid-type]',
    ],
  },
  {
    name: 'an unknown rule id, unknown options and options of the wrong type',
    file: 'pledge.config.yaml',
    files: {
      'pledge.config.yaml':
        'rules:\n  no-undeclared-cookies: warn\n  no-full-card-storage: [error, { checkLog: false }]\n  no-pii-to-undeclared-third-party: [warn, { reportUnknownHosts: "yes" }]\n  no-undeclared-cookie: [warn, { ignore: true }]\n',
    },
    errors: [
      'pledge.config.yaml:2:3: error: `rules.no-undeclared-cookies`: no loaded rule has the id `no-undeclared-cookies`. The rules are the core rules and those of the packs in `packs` (and `--pack`): fix the id, or add the pack that has the rule. Did you mean `no-undeclared-cookie`? [unknown-rule]',
      'pledge.config.yaml:3:35: error: `rules.no-full-card-storage[1].checkLog`: `no-full-card-storage` has no option `checkLog`; its options are `checkLogs`. Did you mean `checkLogs`? [unknown-option]',
      'pledge.config.yaml:4:66: error: `rules.no-pii-to-undeclared-third-party[1].reportUnknownHosts`: option `reportUnknownHosts` of `no-pii-to-undeclared-third-party` should be a boolean, but is the string "yes". [invalid-option]',
      'pledge.config.yaml:5:34: error: `rules.no-undeclared-cookie[1].ignore`: `no-undeclared-cookie` has no option `ignore`; it takes none. [unknown-option]',
    ],
  },
  {
    name: 'options for a rule without a schema',
    file: 'pledge.config.yaml',
    files: {
      'pledge.config.yaml':
        'packs: [./schemaless.mjs]\nrules:\n  no-debugger-statement: [warn, { strict: true }]\n',
      'schemaless.mjs': SCHEMALESS_PACK,
    },
    errors: [
      'pledge.config.yaml:3:33: error: `rules.no-debugger-statement[1]`: rule `no-debugger-statement` takes no options (it has no `meta.schema`); write the severity alone. [invalid-options]',
    ],
  },
  {
    name: 'ignores of the wrong type',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': 'ignores: legacy/**\n' },
    errors: [
      "pledge.config.yaml:1:10: error: `ignores` should be a list of gitignore-style globs relative to the config file's folder, but is the string \"legacy/**\". Write `ignores: ['legacy/**']`. [invalid-type]",
    ],
  },
  {
    name: 'ignores outside the folder, absolute or not strings',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': "ignores: ['../shared/**', 'C:/legacy', 3]\n" },
    errors: [
      "pledge.config.yaml:1:11: error: `ignores[0]`: `../shared/**` leaves the config file's folder; globs are relative to it. Put the config file higher, or list the folder in a `.pledgeignore` there. [invalid-ignore]",
      "pledge.config.yaml:1:27: error: `ignores[1]`: `C:/legacy` is an absolute path; globs are relative to the config file's folder (`legacy/**`, or `/legacy/**` for that folder only). [invalid-ignore]",
      'pledge.config.yaml:1:40: error: `ignores[2]` should be a glob such as `legacy/**`, but is number 3. [invalid-type]',
    ],
  },
  {
    name: '`tests` that is not a mapping',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': 'tests: true\n' },
    errors: [
      'pledge.config.yaml:1:8: error: `tests` should be a mapping with `include`, `globs` and `severity`, but is boolean true. Write `tests: { include: true }` to scan test code. [invalid-type]',
    ],
  },
  {
    name: '`tests` with an unknown key, a bad `include`, bad globs and a bad severity',
    file: 'pledge.config.yaml',
    files: {
      'pledge.config.yaml':
        "tests:\n  includes: true\n  include: yes\n  globs: ['!src/**', '../qa/**', '/qa/**', 3]\n  severity: warnn\n",
    },
    errors: [
      'pledge.config.yaml:2:3: error: unknown key `tests.includes`; `tests` takes `include`, `globs`, `severity`. Did you mean `include`? [unknown-key]',
      'pledge.config.yaml:3:12: error: `tests.include` should be `true` (scan test code too) or `false` (the default), but is the string "yes". [invalid-type]',
      'pledge.config.yaml:4:11: error: `tests.globs[0]`: `!src/**` is a negation; `tests.globs` lists what is test code (replacing the default list), so write only the globs that match it. [invalid-glob]',
      "pledge.config.yaml:4:22: error: `tests.globs[1]`: `../qa/**` leaves the config file's folder; globs are relative to it. [invalid-glob]",
      "pledge.config.yaml:4:34: error: `tests.globs[2]`: `/qa/**` is an absolute path; globs are relative to the config file's folder (`qa/**`, `**/*.test.*`). [invalid-glob]",
      'pledge.config.yaml:4:44: error: `tests.globs[3]` should be a glob such as `**/*.test.*`, but is number 3. [invalid-type]',
      'pledge.config.yaml:5:13: error: `tests.severity`: `warnn` is not a severity; use `off`, `warn` or `error` (or 0, 1, 2). Did you mean `warn`? [invalid-severity]',
    ],
  },
  {
    name: 'a YAML syntax error',
    file: 'pledge.config.yaml',
    files: { 'pledge.config.yaml': 'rules: [\n' },
    errors: [
      'pledge.config.yaml:2:1: error: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] [syntax]',
    ],
  },
  {
    name: 'a duplicate key',
    file: 'pledge.config.yml',
    files: {
      'pledge.config.yml': 'rules:\n  no-undeclared-cookie: off\n  no-undeclared-cookie: warn\n',
    },
    errors: [
      'pledge.config.yml:3:3: error: duplicate key; each key may appear once in a mapping. [duplicate-key]',
    ],
  },
  {
    name: 'JSON, with positions',
    file: 'pledge.config.json',
    files: {
      'pledge.config.json':
        '{\n  "rules": {\n    "no-undeclared-cookie": "warnn"\n  },\n  "ignore": []\n}\n',
    },
    errors: [
      'pledge.config.json:3:29: error: `rules.no-undeclared-cookie`: `warnn` is not a severity; use `off`, `warn` or `error` (or 0, 1, 2). Did you mean `warn`? [invalid-severity]',
      'pledge.config.json:5:3: error: unknown key `ignore`; the config takes `packs`, `rules`, `ignores`, `tests`. Did you mean `ignores`? [unknown-key]',
    ],
  },
  {
    name: 'a JSON syntax error',
    file: 'pledge.config.json',
    files: { 'pledge.config.json': '{\n  "rules": {\n    "no-undeclared-cookie": "warn",\n  }\n' },
    errors: ['pledge.config.json:5:1: error: invalid JSON: Flow map must end with a } [syntax]'],
  },
  {
    name: '.mjs, with key paths',
    file: 'pledge.config.mjs',
    files: {
      'pledge.config.mjs':
        "export default { rules: { 'no-undeclared-cookie': 'warnn' }, packs: [42] };\n",
    },
    errors: [
      'pledge.config.mjs: error: `packs[0]` should be a module name or a path relative to the config file (or an imported pack), but is number 42. [invalid-type]',
      'pledge.config.mjs: error: `rules.no-undeclared-cookie`: `warnn` is not a severity; use `off`, `warn` or `error` (or 0, 1, 2). Did you mean `warn`? [invalid-severity]',
    ],
  },
  {
    name: '.mjs, an unknown rule',
    file: 'pledge.config.mjs',
    files: { 'pledge.config.mjs': "export default { rules: { 'no-undeclred-cookie': 'off' } };\n" },
    errors: [
      'pledge.config.mjs: error: `rules.no-undeclred-cookie`: no loaded rule has the id `no-undeclred-cookie`. The rules are the core rules and those of the packs in `packs` (and `--pack`): fix the id, or add the pack that has the rule. Did you mean `no-undeclared-cookie`? [unknown-rule]',
    ],
  },
  {
    name: '.mjs without a default export',
    file: 'pledge.config.mjs',
    files: { 'pledge.config.mjs': 'export const rules = {};\n' },
    errors: [
      'pledge.config.mjs: error: the config module has no default export; write `export default { packs: [], rules: {} }`. [no-default-export]',
    ],
  },
];

describe('config file validation', () => {
  it('has cases', () => {
    expect(INVALID.length).toBeGreaterThan(0);
  });

  it.each(INVALID)('reports $name with its position and the fix', async (c) => {
    expect(await configErrors(c.files, c.file)).toEqual(c.errors);
  });

  it('exits 2 on an invalid config, printing each error and the file', async () => {
    const root = tempProject({
      'src/a.ts': 'export const a = 1;\n',
      'pledge.config.yaml': 'rules:\n  no-undeclared-cookie: warnn\n',
    });
    const run = await runCli(root, ['scan']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'pledge.config.yaml:2:25: error: `rules.no-undeclared-cookie`: `warnn` is not a severity; use `off`, `warn` or `error` (or 0, 1, 2). Did you mean `warn`? [invalid-severity]\n' +
        'pledge: pledge.config.yaml: the config is not valid (1 error(s)).\n',
    });
  });

  it('refuses two config files in one folder', async () => {
    const root = tempProject({
      'src/a.ts': 'export const a = 1;\n',
      'pledge.config.yaml': 'rules: {}\n',
      'pledge.config.json': '{}\n',
    });
    expect(() => findConfig(join(root, 'src'))).toThrow(ConfigError);
    const run = await runCli(root, ['scan']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `pledge.config.json: error: \`pledge.config.yaml\` and \`pledge.config.json\` are both in ${root}; keep one of them. [ambiguous-config]\n` +
        `pledge: ${root}: more than one config file.\n`,
    );
  });
});

interface FormatCase {
  file: string;
  text: string;
}

/** The same settings in each format, with each spelling of a severity. */
const FORMATS: readonly FormatCase[] = [
  {
    file: 'pledge.config.yaml',
    text: `rules:
  no-undeclared-cookie: off
  no-full-card-storage: [warn, { checkLogs: false }]
  pledge/no-pii-to-undeclared-third-party: [error]
ignores: ['legacy/**', './build-tools/**']
`,
  },
  {
    file: 'pledge.config.yml',
    text: `rules:
  no-undeclared-cookie: 0
  no-full-card-storage: [warning, { checkLogs: false }]
  no-pii-to-undeclared-third-party: 2
ignores: ['legacy/**', './build-tools/**']
`,
  },
  {
    file: 'pledge.config.json',
    text: `{
  "rules": {
    "no-undeclared-cookie": "off",
    "no-full-card-storage": [1, { "checkLogs": false }],
    "no-pii-to-undeclared-third-party": "error"
  },
  "ignores": ["legacy/**", "./build-tools/**"]
}
`,
  },
  {
    file: 'pledge.config.mjs',
    text: `export default {
  rules: {
    'no-undeclared-cookie': 'off',
    'no-full-card-storage': ['warn', { checkLogs: false }],
    'no-pii-to-undeclared-third-party': ['error'],
  },
  ignores: ['legacy/**', './build-tools/**'],
};
`,
  },
];

const EXPECTED_SETTINGS: Readonly<Record<string, RuleSetting>> = {
  'no-undeclared-cookie': { severity: 'off' },
  'no-full-card-storage': { severity: 'warning', options: { checkLogs: false } },
  'no-pii-to-undeclared-third-party': { severity: 'error' },
};

describe('config file formats', () => {
  it('has cases', () => {
    expect(FORMATS.length).toBeGreaterThan(0);
  });

  it.each(FORMATS)('reads $file', async ({ file, text }) => {
    const root = tempProject({ [file]: text }, { policy: false });
    expect(findConfig(join(root, 'src'))).toBe(join(root, file));
    expect(await loadConfig(join(root, file))).toEqual({
      file: join(root, file),
      packs: [],
      plugins: [],
      ruleSettings: EXPECTED_SETTINGS,
      // `./x` is gitignore's `/x`: anchored at the config file's folder.
      ignores: ['legacy/**', '/build-tools/**'],
    });
  });

  it('takes an empty YAML file as an empty config', async () => {
    const root = tempProject({ 'pledge.config.yaml': '# nothing yet\n' }, { policy: false });
    expect(await loadConfig(join(root, 'pledge.config.yaml'))).toEqual({
      file: join(root, 'pledge.config.yaml'),
      packs: [],
      plugins: [],
      ruleSettings: {},
      ignores: [],
    });
  });

  it('takes imported packs in .mjs', async () => {
    const root = tempProject({
      'src/app.ts': FLAGGED_CALLS_SOURCE,
      'tools/flags.mjs': FLAGGED_CALL_PACK,
      'pledge.config.mjs': `import flags from './tools/flags.mjs';

export default {
  packs: [flags],
  rules: { 'no-flagged-call': ['error', { names: ['track'], reason: 'use the tracking plan' }] },
};
`,
    });
    linkCore(root);
    const run = await runCli(root, ['scan', 'src', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      configFile: 'pledge.config.mjs',
      findings: [
        {
          ruleId: 'no-flagged-call',
          severity: 'error',
          line: 4,
          message: 'Call to `track` is flagged (use the tracking plan); remove it.',
        },
      ],
    });
  });
});

describe('config file discovery', () => {
  it('uses the nearest config at or above the first path; --config overrides; --no-config ignores', async () => {
    const root = tempProject({
      'pledge.config.yaml': 'rules:\n  no-undeclared-cookie: off\n',
      'app/pledge.config.yaml': 'rules:\n  no-undeclared-cookie: warn\n',
      'app/src/server.ts': COOKIE_SOURCE,
    });
    const json = (stdout: string) =>
      JSON.parse(stdout) as {
        configFile?: string;
        findings: { ruleId: string; severity: string; line: number }[];
        rules: { id: string; severity: string }[];
      };

    const nearest = await runCli(root, ['scan', 'app', '--format', 'json']);
    expect(nearest.code).toBe(0);
    expect(json(nearest.stdout)).toMatchObject({
      configFile: 'app/pledge.config.yaml',
      findings: [{ ruleId: 'no-undeclared-cookie', severity: 'warning', line: 4 }],
    });
    expect(json(nearest.stdout).rules).toContainEqual(
      expect.objectContaining({ id: 'no-undeclared-cookie', severity: 'warning' }),
    );

    const top = await runCli(root, ['scan', '--format', 'json']);
    expect(top.code).toBe(0);
    expect(json(top.stdout).configFile).toBe('pledge.config.yaml');
    expect(json(top.stdout).findings).toEqual([]);
    expect(json(top.stdout).rules.map((rule) => rule.id)).not.toContain('no-undeclared-cookie');

    const given = await runCli(root, [
      'scan',
      '--format',
      'json',
      '--config',
      'app/pledge.config.yaml',
    ]);
    expect(json(given.stdout)).toMatchObject({
      configFile: 'app/pledge.config.yaml',
      findings: [{ ruleId: 'no-undeclared-cookie', severity: 'warning' }],
    });

    const none = await runCli(root, ['scan', 'app', '--format', 'json', '--no-config']);
    expect(none.code).toBe(1);
    expect(json(none.stdout).configFile).toBeUndefined();
    expect(json(none.stdout).findings).toMatchObject([
      { ruleId: 'no-undeclared-cookie', severity: 'error' },
    ]);
  });

  it('names the config file in the Markdown report, beside the policy', async () => {
    const root = tempProject({
      'pledge.config.yaml': 'rules:\n  no-undeclared-cookie: warn\n',
      'src/server.ts': COOKIE_SOURCE,
    });
    const run = await runCli(root, ['scan', '--format', 'markdown']);
    expect(run.stdout).toContain(
      'privacy policy](https://segment.com/docs/legal/privacy-2016/) (`pledge.policy.yaml`, config `pledge.config.yaml`).',
    );
  });

  it('refuses a --config that does not exist, and --config with --no-config', async () => {
    const root = tempProject({ 'src/a.ts': 'export const a = 1;\n' });
    const missing = await runCli(root, ['scan', '--config', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      new RegExp(
        `^pledge: \`--config nope.yaml\`: ${join(root, 'nope.yaml')} does not exist.\n\nUsage:`,
      ),
    );
    const both = await runCli(root, ['scan', '--config', 'a.yaml', '--no-config']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(
      /^pledge: `--config` and `--no-config` contradict each other; pass one.\n\nUsage:/,
    );
  });
});

describe('rule settings', () => {
  it('turn a rule off, make an error a warning, and reach the rule as options', async () => {
    const root = tempProject({
      ...EXPRESS_APP,
      'src/services/log.ts': `export function logCard(cardNumber: string) {\n  console.log('card', cardNumber);\n}\n`,
      'pledge.config.yaml': `rules:
  no-pii-to-undeclared-third-party: off
  no-full-card-storage: [warn, { checkLogs: false }]
`,
    });
    const run = await runCli(root, ['scan', '--format', 'json']);
    expect(run.stderr).toBe('');
    // Warnings only: the gate (--fail-on error) passes.
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      findings: { ruleId: string; file: string; severity: string }[];
      rules: { id: string; severity: string }[];
    };
    // `checkLogs: false`: the card number written to the console is not reported.
    expect(result.findings).toMatchObject([
      { ruleId: 'no-full-card-storage', file: 'src/routes/signup.ts', severity: 'warning' },
    ]);
    expect(result.rules.map((rule) => [rule.id, rule.severity])).toEqual([
      ['no-full-card-storage', 'warning'],
      ['no-undeclared-cookie', 'error'],
    ]);

    const defaults = await runCli(root, ['scan', '--format', 'json', '--no-config']);
    expect(
      (
        JSON.parse(defaults.stdout) as { findings: { ruleId: string; file: string }[] }
      ).findings.map((f) => [f.ruleId, f.file]),
    ).toEqual([
      ['no-pii-to-undeclared-third-party', 'src/routes/signup.ts'],
      ['no-full-card-storage', 'src/routes/signup.ts'],
      ['no-full-card-storage', 'src/services/log.ts'],
    ]);
  });

  it("merge options over the rule's defaults", async () => {
    const root = tempProject({
      'src/app.ts': FLAGGED_CALLS_SOURCE,
      'tools/flags.mjs': FLAGGED_CALL_PACK,
      'pledge.config.yaml': `packs: [./tools/flags.mjs]
rules:
  no-flagged-call: [warn, { names: [debugHook, track] }]
`,
    });
    linkCore(root);
    const result = await runCli(root, ['scan', 'src', '--format', 'json']);
    expect(JSON.parse(result.stdout)).toMatchObject({
      findings: [
        { line: 3, message: 'Call to `debugHook` is flagged (no reason given); remove it.' },
        { line: 4, message: 'Call to `track` is flagged (no reason given); remove it.' },
      ],
    });
  });

  it('keep a suppression of a rule that is off from being reported as unused', async () => {
    const root = tempProject({
      'src/server.ts': `import express from 'express';

export const app = express();
// pledge-ignore no-undeclared-cookie: the consent banner declares it (LEGAL-12)
app.get('/', (req, res) => { res.cookie('tracker', '1'); res.end(); });
`,
      'pledge.config.yaml': 'rules:\n  no-undeclared-cookie: off\n',
    });
    const off = await scan({
      root,
      ruleSettings: { 'no-undeclared-cookie': { severity: 'off' } },
    });
    expect(off.suppressionProblems).toEqual([]);
    expect(off.suppressed).toEqual([]);
    const on = await scan({ root });
    expect(on.suppressed).toMatchObject([{ ruleId: 'no-undeclared-cookie', line: 5 }]);
  });

  it('are checked when given to scan() directly', async () => {
    const root = tempProject({ 'src/a.ts': 'export const a = 1;\n' });
    await expect(
      scan({ root, ruleSettings: { 'no-undeclared-cookies': { severity: 'off' } } }),
    ).rejects.toThrow(
      new UsageError(
        '`ruleSettings` names `no-undeclared-cookies`, which no loaded rule has (did you mean `no-undeclared-cookie`?).',
      ),
    );
    await expect(
      scan({
        root,
        ruleSettings: {
          'no-full-card-storage': { severity: 'error', options: { checkLog: true } },
        },
      }),
    ).rejects.toThrow(
      new UsageError(
        '`ruleSettings.no-full-card-storage.options.checkLog`: `no-full-card-storage` has no option `checkLog`; its options are `checkLogs`.',
      ),
    );
  });
});

describe('ignores', () => {
  it("leave out files matching the config's globs, relative to its folder", async () => {
    const root = tempProject({
      'pledge.config.yaml': "ignores: ['legacy/**', '!legacy/keep.ts', '**/*.generated.ts']\n",
      'src/live.ts': COOKIE_SOURCE,
      'src/api.generated.ts': COOKIE_SOURCE,
      'legacy/old.ts': COOKIE_SOURCE,
      'legacy/keep.ts': COOKIE_SOURCE,
    });
    const run = await runCli(root, ['scan', '--format', 'json']);
    const result = JSON.parse(run.stdout) as {
      findings: { file: string }[];
      stats: { files: number };
    };
    expect(result.findings.map((f) => f.file)).toEqual(['legacy/keep.ts', 'src/live.ts']);
    expect(result.stats.files).toBe(2);
  });

  it('apply from a config file above the scanned folder', async () => {
    const root = tempProject({
      'pledge.config.yaml': "ignores: ['app/legacy/**']\n",
      'app/src/live.ts': COOKIE_SOURCE,
      'app/legacy/old.ts': COOKIE_SOURCE,
    });
    const run = await runCli(join(root, 'app'), ['scan', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toMatchObject({
      configFile: join(root, 'pledge.config.yaml'),
      findings: [{ file: 'src/live.ts' }],
      stats: { files: 1 },
    });
  });

  it('are relative to the root when scan() is given no config file', async () => {
    const root = tempProject({ 'src/live.ts': COOKIE_SOURCE, 'legacy/old.ts': COOKIE_SOURCE });
    const result = await scan({ root, ignores: ['legacy/'] });
    expect(result.findings.map((f) => f.file)).toEqual(['src/live.ts']);
    expect(result.configFile).toBeUndefined();
  });
});
