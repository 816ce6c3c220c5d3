import { join } from 'node:path';
import type { PledgePack, PledgeRule } from '@pledge/core/rules';
import type { ExpectedError, RuleCases, ValidCase } from '@pledge/core/testing';
import { afterAll, describe, it } from 'vitest';
import { checkCase, FRONT_END_NAMES, type ReferenceRun } from './check.js';
import {
  DEFAULT_FRONT_ENDS,
  FRONT_ENDS,
  FrontEndError,
  RuleSet,
  runEngine,
  runEslint,
  runScanner,
  type FrontEnd,
  type Reported,
  type ScannerRun,
} from './front-ends.js';
import { PolicyResolver } from './policy.js';
import { caseScanOf, ownScanReason } from './scan-batch.js';
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

/** A case as it runs: its title and expectations. */
interface PlannedCase {
  title: string;
  /** `valid-3` or `invalid-0`: the case's folder for typed ESLint. */
  slug: string;
  /** `case-<n>`: the case's folder in its scanner batch. */
  folder: string;
  code: string;
  filename: string;
  options: object | undefined;
  policy: string;
  /** `undefined` for a valid case. */
  errors: readonly ExpectedError[] | undefined;
  /** The front ends where the case holds; every front end when `undefined`. */
  frontEnds: readonly FrontEnd[] | undefined;
  /** The cases scanned together (same policy, same options), or the case alone. */
  batch: ScanBatch;
}

/** Cases the scanner scans in one program, the first time one of their scanner tests runs. */
interface ScanBatch {
  /** `batch-<n>`: the batch's folder under `scanner/`. */
  name: string;
  policy: string;
  options: object | undefined;
  cases: PlannedCase[];
  run?: Promise<ScannerRun>;
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
    checkFrontEnds(frontEnds, 'RuleTester: `frontEnds`');
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
    tests: RuleCases<Options>,
  ): void {
    const cases = planCases(tests, this.#config.policy, this.#frontEnds);
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

    // One scan per batch, made by whichever of its scanner tests runs first.
    const scanOf = (batch: ScanBatch): Promise<ScannerRun> => {
      if (!batch.run) {
        const root = join(temp.path, 'scanner', batch.name);
        for (const member of batch.cases)
          temp.write(join('scanner', batch.name, member.folder, member.filename), member.code);
        batch.run = runScanner(set, policies.resolve(batch.policy), root, {
          [rule.id]: batch.options,
        });
      }
      return batch.run;
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
          const result = caseScanOf(
            await scanOf(testCase.batch),
            testCase.folder,
            testCase.filename,
          );
          if ('skipped' in result)
            throw new RuleTesterError(
              `${testCase.title} (scanner): the scanner did not analyse the case:\n  ${result.skipped.join('\n  ')}`,
            );
          if ('notAnalysed' in result)
            throw new RuleTesterError(
              `${testCase.title} (scanner): the scanner does not analyse \`${testCase.filename}\`; give the case a .ts, .tsx, .js, .jsx, .mjs or .cjs file name.`,
            );
          return result.findings;
        }
      }
    };

    /** Whether a front end meets the case: the failure message, or `undefined`. */
    const failureOf = async (
      testCase: PlannedCase,
      frontEnd: FrontEnd,
    ): Promise<string | undefined> => {
      const findings = await runFrontEnd(testCase, frontEnd);
      // Compared with the engine only where the engine is one of the front ends the case holds
      // in: a tester of typed front ends alone expects what the engine cannot see.
      let reference: ReferenceRun | undefined;
      if (frontEnd !== 'engine' && holdsIn(testCase, 'engine', this.#frontEnds)) {
        try {
          reference = { frontEnd: 'engine', findings: engineRun(testCase) };
        } catch {
          // The engine's own test shows its error; this one checks its front end alone.
        }
      }
      return checkCase({
        title: testCase.title,
        rule,
        frontEnd,
        code: testCase.code,
        errors: testCase.errors,
        findings,
        reference,
      });
    };

    describe(name, () => {
      afterAll(() => {
        temp.remove();
      });
      for (const testCase of cases) {
        for (const frontEnd of this.#frontEnds) {
          if (holdsIn(testCase, frontEnd, this.#frontEnds)) {
            it(`${testCase.title} (${frontEnd})`, async () => {
              const failure = await failureOf(testCase, frontEnd);
              if (failure !== undefined) throw new RuleTesterError(failure);
            });
          } else {
            // Left out by the case's `frontEnds`: the front end must still differ, so that an
            // exception nobody needs any more fails instead of hiding a front end's result.
            it(`${testCase.title} (${frontEnd}, differs by the case's frontEnds)`, async () => {
              let failure: string | undefined;
              try {
                failure = await failureOf(testCase, frontEnd);
              } catch (error) {
                // The front end cannot run the case (a parse error, a file it does not scan):
                // that differs too. A setup problem (an invalid policy) is no difference.
                if (!(error instanceof FrontEndError || error instanceof RuleTesterError))
                  throw error;
                failure = error.message;
              }
              if (failure === undefined)
                throw new RuleTesterError(
                  `${testCase.title} (${frontEnd}) of \`${rule.id}\`: the case holds in ${FRONT_END_NAMES[frontEnd]} too; add \`'${frontEnd}'\` to its \`frontEnds\` (or remove the field).`,
                );
            });
          }
        }
      }
    });
  }
}

/** A case did not hold in a front end; the message says what was expected and what was found. */
export class RuleTesterError extends Error {
  override readonly name = 'RuleTesterError';
}

/** Whether a front end of the tester checks the case as it is written. */
function holdsIn(
  testCase: PlannedCase,
  frontEnd: FrontEnd,
  testerFrontEnds: readonly FrontEnd[],
): boolean {
  return (
    testerFrontEnds.includes(frontEnd) &&
    (testCase.frontEnds === undefined || testCase.frontEnds.includes(frontEnd))
  );
}

function checkFrontEnds(frontEnds: readonly FrontEnd[], what: string): void {
  for (const frontEnd of frontEnds) {
    // Plain JavaScript callers have no types to stop a misspelt front end.
    if (!FRONT_ENDS.includes(frontEnd))
      throw new TypeError(
        `${what} names an unknown front end \`${frontEnd}\`; use ${FRONT_ENDS.map((f) => `\`${f}\``).join(', ')}.`,
      );
  }
  if (frontEnds.length === 0) throw new TypeError(`${what} is empty.`);
}

function sourceOf(testCase: PlannedCase): { name: string; code: string } {
  return { name: testCase.filename, code: testCase.code };
}

function planCases<Options extends object>(
  tests: RuleCases<Options>,
  policy: string,
  testerFrontEnds: readonly FrontEnd[],
): PlannedCase[] {
  if (tests.valid.length + tests.invalid.length === 0)
    throw new TypeError('RuleTester.run: there are no cases (`valid` and `invalid` are empty).');
  const batches = new Map<string, ScanBatch>();
  const batchOf = (key: string, policy: string, options: object | undefined): ScanBatch => {
    let batch = batches.get(key);
    if (!batch) {
      batch = { name: `batch-${String(batches.size)}`, policy, options, cases: [] };
      batches.set(key, batch);
    }
    return batch;
  };
  const planned: PlannedCase[] = [];
  const plan = (
    testCase: ValidCase<Options>,
    slug: string,
    title: string,
    errors: readonly ExpectedError[] | undefined,
  ): void => {
    const filename = testCase.filename ?? 'file.ts';
    const shownTitle = testCase.name ?? title;
    if (filename.startsWith('/') || filename.split(/[\\/]/).includes('..'))
      throw new TypeError(
        `RuleTester.run: ${title}: \`filename\` must be a relative path inside the case's folder.`,
      );
    if (testCase.frontEnds !== undefined) {
      checkFrontEnds(testCase.frontEnds, `RuleTester.run: ${shownTitle}: \`frontEnds\``);
      if (!testCase.frontEnds.some((frontEnd) => testerFrontEnds.includes(frontEnd)))
        throw new TypeError(
          `RuleTester.run: ${shownTitle}: \`frontEnds\` names none of the tester's front ends (${testerFrontEnds.join(', ')}), so the case would be checked nowhere.`,
        );
    }
    const casePolicy = testCase.policy ?? policy;
    const folder = `case-${String(planned.length)}`;
    const batch =
      ownScanReason(testCase.code, filename) === undefined
        ? batchOf(
            JSON.stringify([casePolicy, testCase.options ?? null]),
            casePolicy,
            testCase.options,
          )
        : batchOf(folder, casePolicy, testCase.options);
    const entry: PlannedCase = {
      title: shownTitle,
      slug,
      folder,
      code: testCase.code,
      filename,
      options: testCase.options,
      policy: casePolicy,
      errors,
      frontEnds: testCase.frontEnds,
      batch,
    };
    batch.cases.push(entry);
    planned.push(entry);
  };
  tests.valid.forEach((testCase, index) => {
    plan(
      typeof testCase === 'string' ? { code: testCase } : testCase,
      `valid-${String(index)}`,
      `valid[${String(index)}]`,
      undefined,
    );
  });
  tests.invalid.forEach((testCase, index) => {
    const title = `invalid[${String(index)}]`;
    if (testCase.errors.length === 0)
      throw new TypeError(
        `RuleTester.run: ${testCase.name ?? title} has no \`errors\`; a case without findings belongs in \`valid\`.`,
      );
    plan(testCase, `invalid-${String(index)}`, title, testCase.errors);
  });
  return planned;
}
