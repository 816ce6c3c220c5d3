import { relative, sep } from 'node:path';
import { TEST_CODE_GLOBS } from '@pledge/core';
import { Minimatch } from 'minimatch';
import { within } from './files.js';
import type { LeftOutTests } from './types.js';

// Test code is not production code. By default a scan leaves the files that match the test-code
// globs (`TEST_CODE_GLOBS` of @pledge/core, the one list the ESLint configs use too) out of
// findings and out of the data map: no rule runs on them and the engine does not analyse them.
// They are not added to the TypeScript programs either, but an import still loads them, so a
// production file that calls a helper of `test/support/` is followed into it and the finding
// is reported at the production call site. The result counts what was left out.
//
//   tests: { include: true }                   test code is scanned like the rest
//   tests: { include: true, severity: warn }   …its findings are warnings
//   tests: { include: true, severity: off }    the same as leaving it out
//   tests: { globs: ['qa/**'] }                what counts as test code (replaces the list)

/** A severity for the findings in test code; `off` leaves test code out, as `include: false` does. */
export type TestCodeSeverity = 'off' | 'warning' | 'error';

/** How a scan treats test code (`ScanOptions.tests`, the config file's `tests`). */
export interface TestCodeOptions {
  /** Scan test code too. Default `false`: it is left out of findings and of the data map. */
  include?: boolean;
  /**
   * What is test code: minimatch globs (`dot: true`, as ESLint matches) relative to the config
   * file's folder when there is one (where they are written, as `ignores`), else to the scan
   * root. Replaces `TEST_CODE_GLOBS`, which match relative to the scan root.
   */
  globs?: readonly string[];
  /** With `include`: the severity of findings in test code (default: each rule's own); `off` leaves it out. */
  severity?: TestCodeSeverity;
}

/** A scan's plan for test code: which files are test code, and what happens to them. */
export interface TestCodePlan {
  /** Whether a file (absolute path) is test code. */
  matches(path: string): boolean;
  /** Test code is not analysed at all: out of findings and of the data map. */
  leftOut: boolean;
  /** The severity its findings take, when one is set. */
  severity: 'warning' | 'error' | undefined;
  globs: readonly string[];
}

/**
 * The test-code plan of a scan. `TEST_CODE_GLOBS` match paths relative to the scan root (so a
 * project that lives in a folder named `test/` is not test code as a whole); globs given in
 * `options` match relative to `configDir`, the folder they are written in (the root without a
 * config file). A file outside that folder is matched by its path relative to the root.
 */
export function planTestCode(
  options: TestCodeOptions | undefined,
  root: string,
  configDir: string,
): TestCodePlan {
  const base = options?.globs === undefined ? root : configDir;
  // `./qa/**` is `qa/**`: minimatch would not match a path without the `./`.
  const globs = (options?.globs ?? TEST_CODE_GLOBS).map((glob) =>
    glob.startsWith('./') ? glob.slice(2) : glob,
  );
  const matchers = globs.map((glob) => new Minimatch(glob, { dot: true }));
  // `severity: off` leaves test code out, as `include: false` does.
  const severity = options?.severity === 'off' ? undefined : options?.severity;
  const include = options?.include === true && options.severity !== 'off';
  return {
    matches(path) {
      if (matchers.length === 0) return false;
      const rel = toPosix(relative(within(base, path) ? base : root, path));
      return matchers.some((matcher) => matcher.match(rel));
    },
    leftOut: !include,
    severity: include ? severity : undefined,
    globs,
  };
}

/** What the result says about test code left out of findings, or undefined when none was. */
export function leftOutTests(plan: TestCodePlan, count: number): LeftOutTests | undefined {
  return plan.leftOut ? { count, globs: plan.globs } : undefined;
}

/**
 * What is wrong with a test-code glob, or undefined: globs are relative, stay inside their
 * folder, and say what *is* test code (a `!` glob would match everything else).
 */
export function testGlobProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'an empty glob matches nothing; remove it.';
  if (glob.startsWith('!'))
    return `\`${glob}\` is a negation; \`tests.globs\` lists what is test code (replacing the default list), so write only the globs that match it.`;
  if (glob.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(glob) || glob.startsWith('\\'))
    return `\`${glob}\` is an absolute path; globs are relative to the config file's folder (\`qa/**\`, \`**/*.test.*\`).`;
  if (glob.split('/').includes('..'))
    return `\`${glob}\` leaves the config file's folder; globs are relative to it.`;
  return undefined;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
