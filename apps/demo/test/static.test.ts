import { join } from 'node:path';
import { loadConfig, readBaseline, scan } from '@pledge/scanner';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { eslintFindings, keys, readAnnotations, sourceFiles } from '../scripts/annotations.js';

// DESIGN §7 / issue 13: `src/` is clean under every rule in ESLint and in `pledge scan`;
// `violations/` reports exactly its annotated lines, and the scanner sees all ESLint sees.
// One ESLint run and one scan, shared by every assertion.

const root = join(import.meta.dirname, '..');
const repository = join(root, '..', '..');
const expected = readAnnotations(root);
let linted: ESLint.LintResult[];
let scanned: Awaited<ReturnType<typeof scan>>;
/** The scan's findings with paths relative to the app, as ESLint's and the annotations' are. */
let findings: { file: string; line: number; ruleId: string; fingerprint: string }[];
let ruleIds: string[];

beforeAll(async () => {
  const eslint = new ESLint({ cwd: root });
  const config = await loadConfig(join(root, 'pledge.config.yaml'));
  [linted, scanned] = await Promise.all([
    eslint.lintFiles(['src', 'violations']),
    // From the repository root, as the Pledge workflow scans: paths (and so fingerprints) are
    // the baseline's.
    scan({
      root: repository,
      paths: ['apps/demo'],
      policy: join(root, 'pledge.policy.yaml'),
      packs: config.packs,
      ruleSettings: config.ruleSettings,
      ignores: config.ignores,
      tests: config.tests,
      configFile: config.file,
    }),
  ]);
  findings = scanned.findings.map((f) => ({ ...f, file: f.file.replace(/^apps\/demo\//, '') }));
  const rules = (await eslint.calculateConfigForFile(join(root, 'src/app.ts'))) as {
    rules: Record<string, unknown>;
  };
  ruleIds = Object.keys(rules.rules)
    .filter((id) => /^pledge(-[a-z]+)?\//.test(id))
    .map((id) => id.slice(id.indexOf('/') + 1));
});

describe('src/', () => {
  it('ESLint lints every file and reports nothing', () => {
    const files = linted.map((r) => r.filePath).filter((f) => f.startsWith(join(root, 'src')));
    expect(files.length).toBe(sourceFiles(root, 'src').length);
    expect(eslintFindings(root, linted).filter((f) => f.file.startsWith('src/'))).toEqual([]);
  });

  it('the scanner analyses every file and reports nothing, nor anywhere outside violations/', () => {
    expect(scanned.skipped).toEqual([]);
    expect(findings.filter((f) => f.file.startsWith('src/'))).toEqual([]);
    expect(findings.filter((f) => !f.file.startsWith('violations/'))).toEqual([]);
  });
});

describe('violations/', () => {
  it('cover every rule of ESLint and of the scanner, 25 findings or more', () => {
    expect(ruleIds.length).toBeGreaterThanOrEqual(9);
    expect(scanned.rules.map((r) => r.id).sort()).toEqual([...ruleIds].sort());
    expect(new Set(expected.scanner.map((f) => f.ruleId))).toEqual(new Set(ruleIds));
    expect(expected.scanner.length).toBeGreaterThanOrEqual(25);
  });

  it('ESLint reports exactly the annotated lines', () => {
    const found = eslintFindings(root, linted).filter((f) => f.file.startsWith('violations/'));
    expect(keys(found)).toEqual(keys(expected.eslint));
  });

  it('the scanner reports exactly the annotated lines, those only it can see included', () => {
    const found = findings.filter((f) => f.file.startsWith('violations/'));
    expect(keys(found)).toEqual(keys(expected.scanner));
  });

  it("the scanner's findings contain ESLint's", () => {
    const scannerKeys = new Set(keys(findings));
    expect(keys(eslintFindings(root, linted)).filter((k) => !scannerKeys.has(k))).toEqual([]);
  });

  it('the known misses are still missed (turn them into `expect:` when a rule learns them)', () => {
    const reported = new Set([...keys(findings), ...keys(eslintFindings(root, linted))]);
    expect(expected.missed.length).toBeGreaterThan(0);
    expect(keys(expected.missed).filter((k) => reported.has(k))).toEqual([]);
  });

  it('are all in the committed baseline, so the Pledge workflow fails only on new findings', () => {
    // `pledge baseline apps/demo --output apps/demo/pledge-baseline.json`, run from the
    // repository root as the workflow does: its paths start with `apps/demo/`.
    const baseline = readBaseline(join(root, 'pledge-baseline.json'));
    expect(scanned.findings.length).toBeGreaterThan(0);
    expect(baseline.findings.map((e) => e.fingerprint).sort()).toEqual(
      scanned.findings.map((f) => f.fingerprint).sort(),
    );
  });
});
