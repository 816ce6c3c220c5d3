import { cpSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PledgePack, PledgeRule } from '@pledge/core/rules';
import { readFixturePrograms, readFixtures } from '@pledge/core/testing';
import { findPolicy } from '@pledge/policy';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFixtureFile } from './check.js';
import {
  DEFAULT_FRONT_ENDS,
  FRONT_ENDS,
  RuleSet,
  runEngine,
  runEslint,
  runScanner,
  WHOLE_PROGRAM,
  type FrontEnd,
  type Reported,
  type ScannerRun,
} from './front-ends.js';
import { PolicyResolver } from './policy.js';
import { RuleTesterError } from './rule-tester.js';
import { TempDir, TYPED_TSCONFIG } from './temp.js';

// Annotated fixture folders (`@pledge/core/testing` reads them): a file per case, its lines
// marked `// expect: <rule-id>` (a finding of that rule starts there) or `// ok` (looks risky,
// must not be reported); a subfolder is a program of several files. Every front end is checked
// on every line of every file: exactly the annotated lines, nothing anywhere else.
//
// In a program (a subfolder) the annotations are what a whole-program front end reports (the
// scanner, and ESLint with type information): flows across its files count. The engine and
// untyped ESLint see one file at a time, so there they may miss an annotated line, never
// report an unannotated one, and must agree with each other.
//
// Where front ends see a line differently by design, the annotation names the ones that
// report it: `// expect(eslint-typed, scanner): <rule-id>` (type information finds it) or
// `// expect(engine, eslint): <rule-id>` (one file alone cannot resolve it). The front ends
// it names must report the line, the others must not.

/** How `runFixtures` runs a folder. */
export interface FixtureOptions {
  /** The rules checked on every file; a file without a rule's annotation must not report it. */
  rules: readonly PledgeRule[];
  /** The rules' pack (`definePack`), so that its catalog entries apply. */
  pack?: PledgePack;
  /**
   * A policy file path or YAML text; by default the nearest `pledge.policy.yaml` at or above
   * the folder.
   */
  policy?: string;
  /** The front ends; `['engine', 'eslint', 'scanner']` by default. */
  frontEnds?: readonly FrontEnd[];
  /** The `describe` block's name; the folder's path by default. */
  name?: string;
}

/** One file of a fixture folder, with each rule's annotated lines. */
export interface FixtureFile {
  /** Relative to its group's root: the folder, or the program's subfolder. */
  name: string;
  path: string;
  code: string;
  /** `// expect: <rule-id>` lines, by rule. */
  expected: Map<string, readonly number[]>;
  /** `// expect(<front ends>): <rule-id>` lines, by rule: the front ends that report each. */
  qualified: Map<string, Map<number, readonly FrontEnd[]>>;
  /** Annotations that name no front end Pledge has. */
  badAnnotations: string[];
}

/** The top-level files, or one program: what the scanner scans at once. */
export interface FixtureGroup {
  /** `''` for the top-level files, else the program's folder name. */
  program: string;
  dir: string;
  files: FixtureFile[];
}

/**
 * Registers a `describe` block that runs an annotated fixture folder through every front end:
 * one test per file (and per multi-file program) per front end.
 */
export function runFixtures(dir: string, options: FixtureOptions): void {
  const { rules } = options;
  const frontEnds = options.frontEnds ?? DEFAULT_FRONT_ENDS;
  if (rules.length === 0) throw new TypeError('runFixtures: `rules` is empty.');
  const policyInput = options.policy ?? findPolicy(dir);
  if (policyInput === undefined)
    throw new TypeError(
      `runFixtures: no pledge.policy.yaml at or above ${dir}; pass \`policy\` (a path or YAML text).`,
    );
  const groups = readGroups(dir, rules);
  const temp = new TempDir('pledge-fixtures');
  const policies = new PolicyResolver(temp);
  const set = new RuleSet(rules, options.pack);

  const engineRuns = new Map<FixtureFile, Reported[]>();
  const engineOf = (file: FixtureFile): Reported[] => {
    let found = engineRuns.get(file);
    if (!found) {
      found = runEngine(set, policies.resolve(policyInput), [file]);
      engineRuns.set(file, found);
    }
    return found;
  };
  const scans = new Map<FixtureGroup, Promise<ScannerRun>>();
  const scanOf = (group: FixtureGroup): Promise<ScannerRun> => {
    let run = scans.get(group);
    if (!run) {
      const root = join(temp.path, 'scanner', ...groupPath(group));
      for (const file of group.files) cpSync(file.path, join(root, file.name));
      run = runScanner(set, policies.resolve(policyInput), root);
      scans.set(group, run);
    }
    return run;
  };
  const typedRoots = new Map<FixtureGroup, string>();
  const typedRootOf = (group: FixtureGroup): string => {
    let root = typedRoots.get(group);
    if (root === undefined) {
      root = join(temp.path, 'typed', ...groupPath(group));
      for (const file of group.files) cpSync(file.path, join(root, file.name));
      temp.write(relative(temp.path, join(root, 'tsconfig.json')), TYPED_TSCONFIG);
      typedRoots.set(group, root);
    }
    return root;
  };

  /** What a front end reports on a group's files, by file. */
  const findingsOf = async (
    group: FixtureGroup,
    frontEnd: FrontEnd,
  ): Promise<(file: FixtureFile) => Reported[]> => {
    switch (frontEnd) {
      case 'engine':
        return engineOf;
      case 'eslint':
        return (file) => runEslint(set, policies.resolve(policyInput), temp.path, [file]);
      case 'eslint-typed': {
        const root = typedRootOf(group);
        return (file) => runEslint(set, policies.resolve(policyInput), root, [file], {}, true);
      }
      case 'scanner': {
        const run = await scanOf(group);
        // A file the scanner neither analysed nor skipped would pass silently: none may be.
        if (run.analysed + run.skipped.length !== group.files.length)
          throw new RuleTesterError(
            `the scanner analysed ${String(run.analysed)} and skipped ${String(run.skipped.length)} of the ${String(group.files.length)} files of ${group.program === '' ? dir : `${group.program}/`}.`,
          );
        return (file) => {
          const skip = run.skipped.find((s) => s.startsWith(`${file.name}:`));
          if (skip !== undefined)
            throw new RuleTesterError(
              `${file.name} (scanner): the scanner did not analyse it: ${skip}`,
            );
          return run.findings.filter((f) => f.file === file.name);
        };
      }
    }
  };

  // The top-level files are scanned (and type-checked) together, but each is its own test.
  const check = async (
    group: FixtureGroup,
    files: readonly FixtureFile[],
    frontEnd: FrontEnd,
  ): Promise<void> => {
    const of = await findingsOf(group, frontEnd);
    const inProgram = group.program !== '';
    const shown = (name: string): string => (inProgram ? `${group.program}/${name}` : name);
    const failures: string[] = [];
    for (const file of files) {
      const { expected, allowed } = linesFor(file, frontEnd, inProgram);
      const failure = checkFixtureFile({
        file: shown(file.name),
        code: file.code,
        frontEnd,
        expected,
        allowed,
        findings: of(file).map((f) => ({ ...f, file: shown(f.file) })),
        // Untyped ESLint and the engine both see the file alone: on a program, where the
        // annotations leave them room, they must still agree with each other.
        reference:
          inProgram && frontEnd === 'eslint'
            ? {
                frontEnd: 'engine',
                findings: engineOf(file).map((f) => ({ ...f, file: shown(f.file) })),
              }
            : undefined,
      });
      if (failure !== undefined) failures.push(failure);
    }
    if (failures.length > 0) throw new RuleTesterError(failures.join('\n'));
  };

  describe(options.name ?? `fixtures in ${relative(process.cwd(), dir) || dir}`, () => {
    afterAll(() => {
      temp.remove();
    });

    // A folder that loops over nothing must not pass: every rule has an annotated line.
    it('has annotated fixtures for every rule', () => {
      const files = groups.flatMap((g) => g.files);
      expect(files.length, `no fixture files in ${dir}`).toBeGreaterThan(0);
      expect(files.flatMap((f) => f.badAnnotations)).toEqual([]);
      for (const rule of rules) {
        const annotated = files.some(
          (f) => (f.expected.get(rule.id) ?? []).length > 0 || f.qualified.has(rule.id),
        );
        expect(annotated, `no line of ${dir} is annotated \`// expect: ${rule.id}\``).toBe(true);
      }
    });

    for (const group of groups) {
      if (group.program === '') {
        for (const file of group.files) {
          for (const frontEnd of frontEnds) {
            it(`${file.name} (${frontEnd})`, async () => {
              await check(group, [file], frontEnd);
            });
          }
        }
      } else {
        for (const frontEnd of frontEnds) {
          it(`${group.program}/ (${frontEnd})`, async () => {
            await check(group, group.files, frontEnd);
          });
        }
      }
    }
  });
}

const QUALIFIED = /\/\/\s*expect\(([^)]*)\):\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$/;

/** The `// expect(<front ends>): <rule-ids>` annotations of a file. */
function qualifiedAnnotations(
  code: string,
  name: string,
): Pick<FixtureFile, 'qualified' | 'badAnnotations'> {
  const qualified = new Map<string, Map<number, readonly FrontEnd[]>>();
  const badAnnotations: string[] = [];
  code.split('\n').forEach((text, index) => {
    const match = QUALIFIED.exec(text);
    if (!match) return;
    const named = (match[1] ?? '').split(',').map((f) => f.trim());
    const unknown = named.filter((f) => !(FRONT_ENDS as readonly string[]).includes(f));
    if (unknown.length > 0 || named.length === 0) {
      badAnnotations.push(
        `${name}:${String(index + 1)}: \`${match[0].trim()}\` names ${unknown.map((f) => `\`${f}\``).join(', ') || 'no front end'}; the front ends are ${FRONT_ENDS.join(', ')}.`,
      );
      return;
    }
    for (const ruleId of (match[2] ?? '').split(',').map((id) => id.trim())) {
      let lines = qualified.get(ruleId);
      if (!lines) qualified.set(ruleId, (lines = new Map<number, readonly FrontEnd[]>()));
      lines.set(index + 1, named as FrontEnd[]);
    }
  });
  return { qualified, badAnnotations };
}

/**
 * The lines a front end must report in a file, and those it may report besides: in a program,
 * a single-file front end may miss what is annotated for the whole program.
 */
function linesFor(
  file: FixtureFile,
  frontEnd: FrontEnd,
  inProgram: boolean,
): { expected: Map<string, number[]>; allowed: Map<string, number[]> } {
  const expected = new Map<string, number[]>();
  const allowed = new Map<string, number[]>();
  for (const [ruleId, plain] of file.expected) {
    const mine = [...(file.qualified.get(ruleId) ?? [])]
      .filter(([, frontEnds]) => frontEnds.includes(frontEnd))
      .map(([line]) => line);
    const lenient = inProgram && !WHOLE_PROGRAM.has(frontEnd);
    expected.set(ruleId, sortLines(lenient ? mine : [...plain, ...mine]));
    allowed.set(ruleId, lenient ? sortLines([...plain]) : []);
  }
  return { expected, allowed };
}

function sortLines(lines: readonly number[]): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}

/** Where a group is copied, under a front end's folder: `top`, or `programs/<name>`. */
function groupPath(group: FixtureGroup): string[] {
  return group.program === '' ? ['top'] : ['programs', group.program];
}

/** The folder's top-level files and its programs, with every rule's annotations. */
export function readGroups(dir: string, rules: readonly PledgeRule[]): FixtureGroup[] {
  const [first] = rules;
  if (first === undefined) return [];
  const annotate = (
    read: (
      ruleId: string,
    ) => { name: string; path: string; code: string; expectedLines: number[] }[],
  ): FixtureFile[] => {
    const files = read(first.id).map((f): FixtureFile => ({
      name: f.name,
      path: f.path,
      code: f.code,
      expected: new Map(),
      ...qualifiedAnnotations(f.code, f.name),
    }));
    for (const rule of rules) {
      const byName = new Map(read(rule.id).map((f) => [f.name, f.expectedLines]));
      for (const file of files) file.expected.set(rule.id, byName.get(file.name) ?? []);
    }
    return files;
  };
  const top: FixtureGroup = { program: '', dir, files: annotate((id) => readFixtures(dir, id)) };
  const programs = readFixturePrograms(dir, first.id).map((program): FixtureGroup => ({
    program: program.name,
    dir: program.dir,
    files: annotate(
      (id) => readFixturePrograms(dir, id).find((p) => p.name === program.name)?.files ?? [],
    ),
  }));
  return [...(top.files.length > 0 ? [top] : []), ...programs];
}
