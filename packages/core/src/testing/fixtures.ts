import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** Reads the fixtures of one rule from its folder. */
export function readFixtures(dir: string, ruleId: string): Fixture[] {
  return readdirSync(dir)
    .filter((name) => EXTENSIONS.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const code = readFileSync(path, 'utf8');
      const expectedLines: number[] = [];
      code.split('\n').forEach((line, index) => {
        const match = /\/\/\s*expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*$/.exec(line);
        if (match?.[1]?.split(',').some((id) => id.trim() === ruleId))
          expectedLines.push(index + 1);
      });
      return { name, path, code, expectedLines };
    });
}
