import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// A rule's fixture folder is its conformance corpus: every front end runs it and must report
// exactly the annotated lines (the scanner may report more, never less).
//
//   await prisma.payment.create({ data: { cardNumber } }); // expect: no-full-card-storage
//   await prisma.payment.create({ data: { last4 } });      // ok
//
// `// expect: <rule-id>` marks a line where a finding of that rule starts; `// ok` marks a
// line that looks risky but must not be reported (documentation for the reader: every
// unmarked line must not be reported either).

export interface Fixture {
  /** The fixture's file name, which describes the case (`ok_last4_only.ts`). */
  name: string;
  path: string;
  code: string;
  /** 1-based lines where a finding of the rule is expected. */
  expectedLines: number[];
}

const EXTENSIONS = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;

/** Reads the fixtures of one rule from its folder (its files; subfolders are programs). */
export function readFixtures(dir: string, ruleId: string): Fixture[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && EXTENSIONS.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFixture(join(dir, name), name, ruleId));
}

/**
 * A program of several files: a subfolder of a rule's fixtures, whose findings need the other
 * files (a client created in one module and used in another, a helper called from elsewhere).
 * The scanner and ESLint with type information must report exactly its annotated lines.
 */
export interface FixtureProgram {
  /** The folder's name, which describes the case (`client_exported_from_module`). */
  name: string;
  dir: string;
  /** Every source file, named by its path inside the folder (`lib/posthog.ts`). */
  files: Fixture[];
}

/** Reads the multi-file fixture programs of one rule: the subfolders of its fixtures folder. */
export function readFixturePrograms(dir: string, ruleId: string): FixtureProgram[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const root = join(dir, name);
      const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
        .filter((file) => EXTENSIONS.test(file))
        .map((file) => file.split('\\').join('/'))
        .sort()
        .map((file) => readFixture(join(root, file), relative(root, join(root, file)).split('\\').join('/'), ruleId));
      return { name, dir: root, files };
    });
}

function readFixture(path: string, name: string, ruleId: string): Fixture {
  const code = readFileSync(path, 'utf8');
  const expectedLines: number[] = [];
  code.split('\n').forEach((line, index) => {
    const match = /\/\/\s*expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$/.exec(line);
    if (match?.[1]?.split(',').some((id) => id.trim() === ruleId)) expectedLines.push(index + 1);
  });
  return { name, path, code, expectedLines };
}
