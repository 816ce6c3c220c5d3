import { join } from 'node:path';
import type { PledgePack, PledgeRule } from '@pledge/core/rules';
import { afterAll, describe, it } from 'vitest';
import { checkCase, type ExpectedError, type ReferenceRun } from './check.js';
import {
  DEFAULT_FRONT_ENDS,
  FRONT_ENDS,
  RuleSet,
  runEngine,
  runEslint,
  runScanner,
  type FrontEnd,
  type Reported,
} from './front-ends.js';
import { PolicyResolver } from './policy.js';
import { TempDir, TYPED_TSCONFIG } from './temp.js';

/** How a `RuleTester` runs its cases. */
export interface RuleTesterConfig {
  /** The policy the cases are checked against: a file path, or the policy's YAML text. */
  policy: string;
  /** The front ends every case runs through; `['engine', 'eslint', 'scanner']` by default. */
  frontEnds?: readonly FrontEnd[];
  /** The rule's pack (`definePack`), so that its catalog entries apply. */
  pack?: PledgePack;
}

/** A case that must not report. */
export interface ValidCase<Options extends object = object> {
  code: string;
  /** The test's name; `valid[i]` by default. */
  name?: string;
  /** The rule's options, merged over its defaults. */
  options?: Partial<Options>;
  /** The file the code is written to (its extension decides TS, TSX or JavaScript); `file.ts` by default. */
  filename?: string;
  /** A policy for this case: a file path, or YAML text. */
  policy?: string;
}

/** A case that must report exactly `errors`, in order. */
export interface InvalidCase<Options extends object = object> extends ValidCase<Options> {
  errors: readonly ExpectedError[];
}

/** A rule's cases: `valid` code reports nothing, `invalid` code reports exactly its errors. */
export interface RuleTests<Options extends object = object> {
  valid: readonly (string | ValidCase<Options>)[];
  invalid: readonly InvalidCase<Options>[];
}

/** A case as it runs: its title and expectations. */
interface PlannedCase {
  title: string;
  /** `valid-3` or `invalid-0`: the case's folder in the temporary directory. */
  slug: string;
  code: string;
  filename: string;
  options: object | undefined;
  policy: string;
  /** `undefined` for a valid case. */
  errors: readonly ExpectedError[] | undefined;
}

/**
 * Runs a Pledge rule's `valid` and `invalid` cases through every front end (the engine,
 * ESLint, ESLint with type information when asked, the scanner) as vitest tests, in the style
 * of `@typescript-eslint/rule-tester`.
 */
export class RuleTester {
  readonly #config: RuleTesterConfig;
  readonly #frontEnds: readonly FrontEnd[];

  constructor(config: RuleTesterConfig) {
    const frontEnds = config.frontEnds ?? DEFAULT_FRONT_ENDS;
    for (const frontEnd of frontEnds) {
      // Plain JavaScript callers have no types to stop a misspelt front end.
      if (!FRONT_ENDS.includes(frontEnd))
        throw new TypeError(
          `RuleTester: unknown front end \`${frontEnd}\`; use ${FRONT_ENDS.map((f) => `\`${f}\``).join(', ')}.`,
        );
    }
    if (frontEnds.length === 0) throw new TypeError('RuleTester: `frontEnds` is empty.');
    this.#config = config;
    this.#frontEnds = frontEnds;
  }

  /**
   * Registers a `describe` block named `name` with one test per case per front end
   * (`valid[3] (scanner)`, or `<case name> (scanner)`).
   */
  run<Options extends object>(
    name: string,
    rule: PledgeRule<Options>,
    tests: RuleTests<Options>,
  ): void {
    const cases = planCases(tests, this.#config.policy);
    const temp = new TempDir('pledge-rule-tester');
    const policies = new PolicyResolver(temp);
    const set = new RuleSet([rule], this.#config.pack);

    // The engine's findings are the reference the other front ends are compared with.
    const engineRuns = new Map<PlannedCase, Reported[]>();
    const engineRun = (testCase: PlannedCase): Reported[] => {
      let found = engineRuns.get(testCase);
      if (!found) {
        found = runEngine(set, policies.resolve(testCase.policy), [sourceOf(testCase)], {
          [rule.id]: testCase.options,
        });
        engineRuns.set(testCase, found);
      }
      return found;
    };

    const runFrontEnd = async (testCase: PlannedCase, frontEnd: FrontEnd): Promise<Reported[]> => {
      const policy = policies.resolve(testCase.policy);
      const options = { [rule.id]: testCase.options };
      const source = sourceOf(testCase);
      switch (frontEnd) {
        case 'engine':
          return engineRun(testCase);
        case 'eslint':
          return runEslint(set, policy, temp.path, [source], options);
        case 'eslint-typed': {
          const root = join(temp.path, 'cases', `${testCase.slug}-typed`);
          temp.write(join('cases', `${testCase.slug}-typed`, 'tsconfig.json'), TYPED_TSCONFIG);
          temp.write(join('cases', `${testCase.slug}-typed`, testCase.filename), testCase.code);
          return runEslint(set, policy, root, [source], options, true);
        }
        case 'scanner': {
          const root = join(temp.path, 'cases', `${testCase.slug}-scanner`);
          temp.write(join('cases', `${testCase.slug}-scanner`, testCase.filename), testCase.code);
          const result = await runScanner(set, policy, root, options);
          if (result.skipped.length > 0)
            throw new RuleTesterError(
              `${testCase.title} (scanner): the scanner did not analyse the case:\n  ${result.skipped.join('\n  ')}`,
            );
          if (result.analysed !== 1)
            throw new RuleTesterError(
              `${testCase.title} (scanner): the scanner does not analyse \`${testCase.filename}\`; give the case a .ts, .tsx, .js, .jsx, .mjs or .cjs file name.`,
            );
          return result.findings;
        }
      }
    };

    describe(name, () => {
      afterAll(() => {
        temp.remove();
      });
      for (const testCase of cases) {
        for (const frontEnd of this.#frontEnds) {
          it(`${testCase.title} (${frontEnd})`, async () => {
            const findings = await runFrontEnd(testCase, frontEnd);
            // Compared with the engine only where the engine is one of the tester's front ends:
            // a tester of typed front ends alone expects what the engine cannot see.
            let reference: ReferenceRun | undefined;
            if (frontEnd !== 'engine' && this.#frontEnds.includes('engine')) {
              try {
                reference = { frontEnd: 'engine', findings: engineRun(testCase) };
              } catch {
                // The engine's own test shows its error; this one checks its front end alone.
              }
            }
            const failure = checkCase({
              title: testCase.title,
              rule,
              frontEnd,
              code: testCase.code,
              errors: testCase.errors,
              findings,
              reference,
            });
            if (failure !== undefined) throw new RuleTesterError(failure);
          });
        }
      }
    });
  }
}

/** A case did not hold in a front end; the message says what was expected and what was found. */
export class RuleTesterError extends Error {
  override readonly name = 'RuleTesterError';
}

function sourceOf(testCase: PlannedCase): { name: string; code: string } {
  return { name: testCase.filename, code: testCase.code };
}

function planCases<Options extends object>(
  tests: RuleTests<Options>,
  policy: string,
): PlannedCase[] {
  if (tests.valid.length + tests.invalid.length === 0)
    throw new TypeError('RuleTester.run: there are no cases (`valid` and `invalid` are empty).');
  const plan = (
    testCase: ValidCase<Options>,
    slug: string,
    title: string,
    errors: readonly ExpectedError[] | undefined,
  ): PlannedCase => {
    const filename = testCase.filename ?? 'file.ts';
    if (filename.startsWith('/') || filename.split(/[\\/]/).includes('..'))
      throw new TypeError(
        `RuleTester.run: ${title}: \`filename\` must be a relative path inside the case's folder.`,
      );
    return {
      title: testCase.name ?? title,
      slug,
      code: testCase.code,
      filename,
      options: testCase.options,
      policy: testCase.policy ?? policy,
      errors,
    };
  };
  return [
    ...tests.valid.map((testCase, index) =>
      plan(
        typeof testCase === 'string' ? { code: testCase } : testCase,
        `valid-${String(index)}`,
        `valid[${String(index)}]`,
        undefined,
      ),
    ),
    ...tests.invalid.map((testCase, index) => {
      const title = `invalid[${String(index)}]`;
      if (testCase.errors.length === 0)
        throw new TypeError(
          `RuleTester.run: ${testCase.name ?? title} has no \`errors\`; a case without findings belongs in \`valid\`.`,
        );
      return plan(testCase, `invalid-${String(index)}`, title, testCase.errors);
    }),
  ];
}
