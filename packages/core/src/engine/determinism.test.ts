import { join } from 'node:path';
import { loadPolicy } from '@pledge/policy';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { coreRules } from '../index.js';
import { runRule } from '../rule.js';
import { readFixturePrograms } from '../testing/fixtures.js';
import { analyzeFile } from './analysis.js';

// Findings never depend on the order files are analysed in: a summary, a linked declaration or
// a fact computed while another file's function is being evaluated must come out as it would on
// its own. Every multi-file fixture program, all rules, in order, reversed and shuffled, each
// with a fresh program (so no cache carries over) — the findings must be identical.

const RULES_DIR = join(import.meta.dirname, '../rules');
const policy = loadPolicy(
  join(import.meta.dirname, '../../../../apps/demo/pledge.policy.yaml'),
).policy;
if (!policy) throw new Error('the demo policy must load');

const programs = Object.keys(coreRules).flatMap((ruleId) =>
  readFixturePrograms(join(RULES_DIR, ruleId, 'fixtures'), ruleId),
);

/** A small deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  allowJs: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
};

// The default library is parsed once and shared; the fixture files are parsed anew for every
// program, so no analysis is cached from one order to the next.
const host = ts.createCompilerHost(OPTIONS);
const libraries = new Map<string, ts.SourceFile | undefined>();
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
  if (!fileName.includes('/node_modules/typescript/lib/'))
    return getSourceFile(fileName, languageVersion, onError, shouldCreate);
  if (!libraries.has(fileName))
    libraries.set(fileName, getSourceFile(fileName, languageVersion, onError, shouldCreate));
  return libraries.get(fileName);
};

/** Every finding of every rule, analysing the files in `order`, as sorted lines of text. */
function findings(paths: readonly string[], order: readonly string[]): string[] {
  const program = ts.createProgram([...paths], OPTIONS, host);
  const checker = program.getTypeChecker();
  const out: string[] = [];
  for (const path of order) {
    const sourceFile = program.getSourceFile(path);
    if (!sourceFile) throw new Error(`${path} is not in the program`);
    const analysis = analyzeFile({ ts, sourceFile, policy: policy!, checker });
    for (const rule of Object.values(coreRules)) {
      for (const finding of runRule(rule, analysis)) {
        const flow = finding.flow.map(
          (step) => `${step.location.file}:${String(step.location.start.line)} ${step.label}`,
        );
        out.push(
          [
            finding.ruleId,
            `${finding.location.file}:${String(finding.location.start.line)}:${String(finding.location.start.column)}`,
            finding.category ?? '',
            finding.cookie ?? '',
            finding.message,
            ...flow,
          ].join(' | '),
        );
      }
    }
  }
  return out.sort();
}

describe('findings do not depend on the order files are analysed in', () => {
  it('has programs to check', () => {
    expect(programs.length).toBeGreaterThan(5);
  });

  it.each(programs.map((p) => [p.name, p] as const))(
    '%s',
    (_name, program) => {
      const paths = program.files.map((file) => file.path);
      const expected = findings(paths, paths);
      expect(expected.length).toBeGreaterThan(0);
      expect(findings(paths, [...paths].reverse())).toEqual(expected);
      for (const seed of [1, 2, 3])
        expect(findings(paths, shuffled(paths, seed))).toEqual(expected);
    },
    120_000,
  );

  it('holds for all programs analysed together, in any order', () => {
    const paths = programs.flatMap((program) => program.files.map((file) => file.path));
    const expected = findings(paths, paths);
    expect(findings(paths, [...paths].reverse())).toEqual(expected);
    expect(findings(paths, shuffled(paths, 7))).toEqual(expected);
  }, 120_000);
});
