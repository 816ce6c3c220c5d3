import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
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
