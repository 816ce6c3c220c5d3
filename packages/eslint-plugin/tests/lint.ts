import tsParser from '@typescript-eslint/parser';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint, Linter } from 'eslint';
import plugin from '../src/index.js';
import { DEMO_POLICY } from './rule-tester.js';

/** Lints code with one Pledge rule (or all recommended ones) against a policy, in memory. */
export function lint(
  code: string,
  options: {
    rule?: string;
    filename?: string;
    policy?: string;
    parser?: Linter.Parser | undefined;
    cwd?: string;
  } = {},
): Linter.LintMessage[] {
  const linter = new Linter({
    configType: 'flat',
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  const rules: Linter.RulesRecord = options.rule
    ? { [`pledge/${options.rule}`]: 'error' }
    : (plugin.configs.recommended.rules as Linter.RulesRecord);
  return linter.verify(
    code,
    [
      {
        files: ['**/*.{js,jsx,mjs,cjs,ts,tsx}'],
        plugins: { pledge: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
        ...(options.parser === undefined && 'parser' in options
          ? {}
          : { languageOptions: { parser: options.parser ?? tsParser } }),
        settings: { pledge: { policy: options.policy ?? DEMO_POLICY } },
        rules,
      },
    ],
    { filename: options.filename ?? 'example.ts' },
  );
}

/** Writes a TypeScript project (a tsconfig including `*.ts`, then the files) in a new temp folder. */
export function typedProject(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-typed-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', skipLibCheck: true },
      include: ['*.ts'],
    }),
  );
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
  return dir;
}

/**
 * Lints a project folder's files with a Pledge config against the demo policy: by default
 * `recommended-type-checked`, with the project service rooted at the folder.
 */
export async function lintProject(
  dir: string,
  options: {
    config?: 'recommended' | 'recommended-type-checked';
    patterns?: string[];
  } = {},
): Promise<ESLint.LintResult[]> {
  const config = options.config ?? 'recommended-type-checked';
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      plugin.configs[config] as never,
      {
        languageOptions: {
          parserOptions:
            config === 'recommended' ? {} : { projectService: true, tsconfigRootDir: dir },
        },
        settings: { pledge: { policy: DEMO_POLICY } },
      },
    ],
  });
  return eslint.lintFiles(options.patterns ?? ['*.ts']);
}
