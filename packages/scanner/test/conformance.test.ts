import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { coreRules } from '@pledge/core';
import { readFixturePrograms, readFixtures, runOnCode } from '@pledge/core/testing';
import { loadPolicy } from '@pledge/policy';
import { beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import type { ScanResult } from '../src/types.js';
import { DEMO_POLICY, tempProject } from './scan-helpers.js';

// The shared conformance corpus (DESIGN §3): every core rule's annotated fixture folder is
// scanned as one program, and the scanner must report at least the annotated lines, which is
// what the ESLint plugin reports (the scanner may find more, never less). Then the
// cross-file fixtures: programs whose findings only a whole-program scan sees.

const RULES_DIR = join(import.meta.dirname, '../../core/src/rules');
const CROSS_FILE_DIR = join(import.meta.dirname, 'fixtures/cross-file');

const policy = loadPolicy(DEMO_POLICY).policy;
if (!policy) throw new Error('the demo policy must load');

/** `file → lines` of one rule's findings in a scan. */
function linesByFile(result: ScanResult, ruleId: string): Map<string, number[]> {
  const byFile = new Map<string, number[]>();
  for (const finding of result.findings) {
    if (finding.ruleId !== ruleId) continue;
    const lines = byFile.get(finding.file) ?? [];
    if (!lines.includes(finding.line)) lines.push(finding.line);
    byFile.set(
      finding.file,
      lines.sort((a, b) => a - b),
    );
  }
  return byFile;
}

const ruleIds = Object.keys(coreRules).filter((id) => existsSync(join(RULES_DIR, id, 'fixtures')));

describe.each(ruleIds)(
  '%s fixtures: the scanner reports a superset of the annotated lines',
  (ruleId) => {
    const fixtures = readFixtures(join(RULES_DIR, ruleId, 'fixtures'), ruleId);
    let result: ScanResult;
    let lines: Map<string, number[]>;

    beforeAll(async () => {
      // Copied out of the monorepo so that the fixtures form a program of their own (the
      // package's tsconfig excludes them) and the scan is hermetic.
      const root = tempProject({});
      // The rule's single-file fixtures; its subfolders are programs of their own (below).
      mkdirSync(join(root, 'fixtures'));
      for (const fixture of fixtures) cpSync(fixture.path, join(root, 'fixtures', fixture.name));
      // A `fixtures/` folder is test code, left out by default: these fixtures are the code
      // under test here.
      result = await scan({ root, paths: ['fixtures'], tests: { include: true } });
      lines = linesByFile(result, ruleId);
    });

    it('analyses every fixture', () => {
      expect(result.skipped).toEqual([]);
      expect(result.stats.analysed).toBe(fixtures.length);
    });

    it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
      const reported = lines.get(`fixtures/${fixture.name}`) ?? [];
      expect(reported).toEqual(expect.arrayContaining(fixture.expectedLines));
    });
  },
);

const programs = ruleIds.flatMap((ruleId) =>
  readFixturePrograms(join(RULES_DIR, ruleId, 'fixtures'), ruleId).map(
    (program) => [`${ruleId}/${program.name}`, ruleId, program] as const,
  ),
);

it('has multi-file fixture programs', () => {
  expect(programs.length).toBeGreaterThan(0);
});

// A rule's multi-file fixtures (subfolders of its fixtures folder): the scanner reports exactly
// the annotated lines of every file.
describe.each(programs)('fixture program %s', (_name, ruleId, program) => {
  let result: ScanResult;

  beforeAll(async () => {
    const root = tempProject({});
    cpSync(program.dir, join(root, 'program'), { recursive: true });
    result = await scan({ root, paths: ['program'], policy: DEMO_POLICY });
  });

  it('annotates at least one finding', () => {
    expect(program.files.some((file) => file.expectedLines.length > 0)).toBe(true);
  });

  it('the scanner reports exactly the annotated lines', () => {
    expect(result.skipped).toEqual([]);
    const byFile = linesByFile(result, ruleId);
    for (const file of program.files) {
      expect({ file: file.name, lines: byFile.get(`program/${file.name}`) ?? [] }).toEqual({
        file: file.name,
        lines: file.expectedLines,
      });
    }
  });
});

const crossFileCases = readdirSync(CROSS_FILE_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe.each(crossFileCases)('cross-file fixture %s', (name) => {
  const dir = join(CROSS_FILE_DIR, name);
  let result: ScanResult;

  beforeAll(async () => {
    result = await scan({ root: dir, policy: DEMO_POLICY });
  });

  it('annotates at least one finding', () => {
    const expected = Object.keys(coreRules)
      .flatMap((ruleId) => readFixtures(dir, ruleId))
      .flatMap((f) => f.expectedLines);
    expect(expected.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(coreRules))(
    'the scanner reports exactly the lines annotated for %s',
    (ruleId) => {
      const byFile = linesByFile(result, ruleId);
      for (const fixture of readFixtures(dir, ruleId)) {
        expect({ file: fixture.name, lines: byFile.get(fixture.name) ?? [] }).toEqual({
          file: fixture.name,
          lines: fixture.expectedLines,
        });
      }
    },
  );

  it.each(Object.keys(coreRules))(
    'one file at a time without types (as ESLint does), %s finds none of them',
    (ruleId) => {
      const rule = coreRules[ruleId]!;
      for (const fixture of readFixtures(dir, ruleId)) {
        if (fixture.expectedLines.length === 0) continue;
        const lines = runOnCode(rule, fixture.code, policy, fixture.name).map(
          (f) => f.location.start.line,
        );
        expect(lines.filter((line) => fixture.expectedLines.includes(line))).toEqual([]);
      }
    },
  );

  it('shows the flow into the other file', () => {
    expect(result.findings.length).toBeGreaterThan(0);
    for (const finding of result.findings) {
      expect(new Set(finding.flow.map((step) => step.file)).size).toBeGreaterThan(1);
    }
  });
});
