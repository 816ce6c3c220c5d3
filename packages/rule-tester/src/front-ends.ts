import { join } from 'node:path';
import { analyzeFile, coreRules, runRule } from '@pledge/core';
import {
  indexCatalogs,
  toEslintRule,
  PLEDGE_FILES,
  type CatalogIndex,
  type EslintRule,
  type Finding,
  type PledgePack,
  type PledgeRule,
} from '@pledge/core/rules';
import type { FrontEnd } from '@pledge/core/testing';
import { maskText } from '@pledge/policy';
import { scan, type ScanOptions } from '@pledge/scanner';
import tsParser from '@typescript-eslint/parser';
import { Linter, type ESLint } from 'eslint';
import ts from 'typescript';
import type { ResolvedPolicy } from './policy.js';

// The four ways a Pledge rule runs, each as a user meets it:
//
//   engine        `analyzeFile` + `runRule` on one file, without type information
//   eslint        ESLint's `Linter` with `@typescript-eslint/parser`, one file at a time
//   eslint-typed  the same with `parserOptions.projectService` (a type checker across files)
//   scanner       `scan()` of a folder: a ts-morph program, cross-file flows
//
// Each returns what it reported in one shape, `Reported`, so one check compares them all.

export type { FrontEnd };

/** Every front end, in the order results are shown. */
export const FRONT_ENDS: readonly FrontEnd[] = ['engine', 'eslint', 'eslint-typed', 'scanner'];

/** The front ends a tester runs unless told otherwise: typed ESLint only when asked. */
export const DEFAULT_FRONT_ENDS: readonly FrontEnd[] = ['engine', 'eslint', 'scanner'];

/** The front ends that see a whole program: a multi-file fixture's cross-file flows count there. */
export const WHOLE_PROGRAM: ReadonlySet<FrontEnd> = new Set(['eslint-typed', 'scanner']);

/** A suggestion as a front end offers it: its message id and the file once it is applied. */
export interface ReportedSuggestion {
  messageId: string;
  output: string;
}

/** One finding of one front end, in a shape common to all of them. */
export interface Reported {
  ruleId: string;
  messageId: string;
  /** The message as the front end shows it (masked by the engine). */
  message: string;
  /** The file, relative to the case's or the fixture folder's root, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  endLine: number;
  endColumn: number;
  /**
   * The message's placeholders, from the engine (ESLint's and the scanner's results carry only
   * the filled message: expected data is checked against the message's template there).
   */
  data?: Readonly<Record<string, string>>;
  /** The suggestions, applied; the scanner's result does not carry them. */
  suggestions?: readonly ReportedSuggestion[];
}

/** A source file a front end reads: its path relative to the root, and its text. */
export interface SourceText {
  name: string;
  code: string;
}

/** What every front end of one tester run shares: the rules, their pack, the catalogs. */
export class RuleSet {
  /** The run's catalogs: the built-in ones and the pack's, indexed once for every case. */
  readonly catalogs: CatalogIndex;
  /** The ESLint plugin namespace the rules are linted under. */
  readonly namespace: string;
  readonly #eslintRules: Record<string, EslintRule> = {};

  constructor(
    readonly rules: readonly PledgeRule[],
    readonly pack: PledgePack | undefined,
  ) {
    this.catalogs = indexCatalogs(pack ? [pack.pledge.catalogs] : []);
    this.namespace = pack?.meta.namespace ?? 'pledge';
    for (const rule of rules) {
      // The pack's own ESLint rule when it is this rule: exactly what the pack's users lint with.
      const packRule = pack?.rules[rule.id];
      this.#eslintRules[rule.id] =
        packRule?.pledge === rule
          ? packRule
          : toEslintRule(rule, { catalogs: pack?.pledge.catalogs });
    }
  }

  /** The ESLint rule key of a rule: `<namespace>/<id>`. */
  eslintKey(ruleId: string): string {
    return `${this.namespace}/${ruleId}`;
  }

  /** The flat config that lints with these rules (and options by rule id) against a policy. */
  eslintConfig(
    policy: ResolvedPolicy,
    options: Readonly<Record<string, object | undefined>>,
    parserOptions: Linter.ParserOptions = {},
  ): Linter.Config[] {
    return [
      {
        files: PLEDGE_FILES,
        plugins: {
          [this.namespace]: { rules: this.#eslintRules } as unknown as ESLint.Plugin,
        },
        languageOptions: { parser: tsParser, parserOptions },
        settings: { pledge: { policy: policy.path } },
        rules: Object.fromEntries(
          this.rules.map((rule) => {
            const ruleOptions = options[rule.id];
            return [
              this.eslintKey(rule.id),
              ruleOptions === undefined ? 'error' : ['error', ruleOptions],
            ] as const;
          }),
        ),
      },
    ];
  }
}

/** A front end could not run the rule at all (a parse error, no policy, an engine error). */
export class FrontEndError extends Error {
  override readonly name = 'FrontEndError';
}

/** Runs the rules through the engine, one file at a time, without type information. */
export function runEngine(
  set: RuleSet,
  policy: ResolvedPolicy,
  files: readonly SourceText[],
  options: Readonly<Record<string, object | undefined>> = {},
): Reported[] {
  const reported: Reported[] = [];
  for (const file of files) {
    const sourceFile = ts.createSourceFile(
      file.name,
      file.code,
      ts.ScriptTarget.Latest,
      true,
      scriptKind(file.name),
    );
    const analysis = analyzeFile({
      ts,
      sourceFile,
      policy: policy.policy,
      catalogs: set.catalogs,
    });
    for (const rule of set.rules) {
      for (const finding of runRule(rule, analysis, options[rule.id]))
        reported.push(fromFinding(finding, file));
    }
  }
  return reported;
}

function fromFinding(finding: Finding, file: SourceText): Reported {
  const { start, end } = finding.location;
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    message: finding.message,
    file: file.name,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    data: finding.data,
    suggestions: finding.suggestions.map((suggestion) => ({
      messageId: suggestion.messageId,
      output: applyEdits(
        file.code,
        suggestion.edits.map((edit) => ({ range: [edit.start, edit.end], text: edit.text })),
      ),
    })),
  };
}

/**
 * Runs the rules through ESLint, one file at a time. Without `typed`, the files need not exist;
 * with it, they must be on disk under `root` beside a tsconfig that includes them.
 */
export function runEslint(
  set: RuleSet,
  policy: ResolvedPolicy,
  root: string,
  files: readonly SourceText[],
  options: Readonly<Record<string, object | undefined>> = {},
  typed = false,
): Reported[] {
  const linter = new Linter({ configType: 'flat', cwd: root });
  const config = set.eslintConfig(
    policy,
    options,
    typed ? { projectService: true, tsconfigRootDir: root } : {},
  );
  const byKey = new Map(set.rules.map((rule) => [set.eslintKey(rule.id), rule]));
  const reported: Reported[] = [];
  for (const file of files) {
    const messages = linter.verify(file.code, config, { filename: join(root, file.name) });
    for (const message of messages) {
      const rule = message.ruleId === null ? undefined : byKey.get(message.ruleId);
      if (rule === undefined || message.messageId === undefined) {
        // A parse error (no rule) or another rule's problem: the case cannot be checked.
        throw new FrontEndError(
          `ESLint could not lint ${file.name}: ${maskText(message.message)} (${String(message.line)}:${String(message.column)})`,
        );
      }
      if (!(message.messageId in rule.meta.messages)) {
        // The adapter's own messages: no policy, an invalid one, another parser, an engine error.
        throw new FrontEndError(
          `ESLint did not run \`${rule.id}\` on ${file.name}: ${maskText(message.message)}`,
        );
      }
      reported.push({
        ruleId: rule.id,
        messageId: message.messageId,
        message: message.message,
        file: file.name,
        line: message.line,
        column: message.column,
        endLine: message.endLine ?? message.line,
        endColumn: message.endColumn ?? message.column,
        suggestions: (message.suggestions ?? []).map((suggestion) => ({
          messageId: suggestion.messageId ?? '',
          output: applyEdits(file.code, [suggestion.fix]),
        })),
      });
    }
  }
  return reported;
}

/** The scanner's result for one folder: findings and the files it could not analyse. */
export interface ScannerRun {
  findings: Reported[];
  /** `file: reason (detail)` of every file the scanner skipped. */
  skipped: string[];
  analysed: number;
  /** The files the scanner analysed, relative to the folder, `/`-separated. */
  analysedFiles: string[];
}

/**
 * Scans a folder with the rules (and the pack's catalogs), once: one ts-morph program for the
 * whole folder, so flows across its files count. Findings of other rules are left out.
 */
export async function runScanner(
  set: RuleSet,
  policy: ResolvedPolicy,
  root: string,
  options: Readonly<Record<string, object | undefined>> = {},
): Promise<ScannerRun> {
  const tested = new Set(set.rules.map((rule) => rule.id));
  const ruleSettings: Record<string, NonNullable<ScanOptions['ruleSettings']>[string]> = {};
  // The core rules and the pack's others run in every scan; turning them off keeps the scan
  // to the rules under test.
  const loaded = [...Object.keys(coreRules), ...(set.pack?.pledge.rules ?? []).map((r) => r.id)];
  for (const id of loaded) if (!tested.has(id)) ruleSettings[id] = { severity: 'off' };
  for (const rule of set.rules) {
    const ruleOptions = options[rule.id];
    ruleSettings[rule.id] = {
      severity: rule.meta.severity,
      ...(ruleOptions === undefined ? {} : { options: ruleOptions }),
    };
  }
  const analysedFiles: string[] = [];
  const scanOptions: ScanOptions = {
    root,
    policy: policy.path,
    packs: set.pack ? [set.pack.pledge] : [],
    rules: set.rules,
    ruleSettings,
    onAnalysis: ({ file }) => {
      analysedFiles.push(file);
    },
  };
  const result = await scan(scanOptions);
  return {
    findings: result.findings
      .filter((finding) => tested.has(finding.ruleId))
      .map((finding) => ({
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        message: finding.message,
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.endLine,
        endColumn: finding.endColumn,
      })),
    skipped: result.skipped.map(
      (skip) => `${skip.file}: ${skip.reason} (${maskText(skip.detail)})`,
    ),
    analysed: result.stats.analysed,
    analysedFiles,
  };
}

/** The TypeScript script kind of a file name, as the parser and the scanner pick it. */
export function scriptKind(fileName: string): ts.ScriptKind {
  if (/\.tsx$/i.test(fileName)) return ts.ScriptKind.TSX;
  if (/\.jsx$/i.test(fileName)) return ts.ScriptKind.JSX;
  if (/\.[cm]?js$/i.test(fileName)) return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

/** Applies non-overlapping edits (`[start, end)` replaced by `text`) to a text. */
export function applyEdits(
  text: string,
  edits: readonly { range: readonly [number, number]; text: string }[],
): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.range[0] - a.range[0]))
    out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1]);
  return out;
}
