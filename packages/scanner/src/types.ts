import type { ClauseCitation } from '@pledge/policy';
import type { Finding, FlowStep } from '@pledge/core';

// The scanner's result model: what every reporter (pretty, json, sarif, github, markdown)
// renders, what baselines store, and what `--format json` publishes (versioned: bump
// `SCAN_RESULT_VERSION` on any breaking change and document it in docs/scanner.md).

export const SCAN_RESULT_VERSION = 1;

/** Severities in order; `--fail-on` takes one of them (or `none`). */
export const SEVERITIES = ['warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A finding as the scanner reports it: a core `Finding` with a repository-relative path and a fingerprint. */
export interface ScanFinding {
  ruleId: string;
  messageId: string;
  /** Masked, as every Pledge output. */
  message: string;
  severity: Severity;
  /** Path relative to the scan root, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  category?: string;
  sink?: string;
  recipient?: string;
  cookie?: string;
  clause?: ClauseCitation;
  /** Steps from source to sink; locations are repository-relative too. */
  flow: readonly ScanFlowStep[];
  /** The masked source line. */
  excerpt: string;
  /**
   * Stable across line moves and between a full and a changed-since scan: a hash of the rule,
   * the file, the category/recipient/cookie and the normalised source text of the finding's
   * line (not its line number), with an occurrence index for identical lines.
   */
  fingerprint: string;
  /** Set when an inline `// pledge-ignore <rule>: <reason>` suppresses the finding. */
  suppression?: { reason: string; line: number };
  /** Set when the finding matched the baseline (it is then not "new"). */
  inBaseline?: boolean;
}

export interface ScanFlowStep {
  file: string;
  line: number;
  column: number;
  label: string;
}

/** Why a file was not analysed. Nothing is dropped silently: every skip is listed in every format. */
export type SkipReason =
  | 'parse-error'
  | 'binary'
  | 'too-large'
  | 'minified'
  | 'generated'
  | 'unreadable'
  | 'symlink-loop'
  | 'analysis-error';

export interface SkippedFile {
  file: string;
  reason: SkipReason;
  /** Human detail: the parse error with its position, the size, the error message. */
  detail: string;
}

/**
 * Test code the scan left out (the user's choice, not a gap: `--fail-on-skipped` ignores it).
 * A count, not a list: a large repository has thousands of test files.
 */
export interface LeftOutTests {
  /** Files that matched the test-code globs and were not analysed. */
  count: number;
  /** The globs (`TEST_CODE_GLOBS` of @pledge/core, or the config's `tests.globs`). */
  globs: readonly string[];
}

/** An inline suppression that suppressed nothing, or that has no reason. */
export interface SuppressionProblem {
  file: string;
  line: number;
  ruleId: string;
  kind: 'unused' | 'missing-reason' | 'unknown-rule';
  message: string;
}

/** Rule metadata as reporters need it (SARIF `rules`, help text, the policy clause). */
export interface RuleDescriptor {
  id: string;
  description: string;
  severity: Severity;
  docsUrl: string | undefined;
  /** The clause the rule's findings usually cite, if the policy names one. */
  clause: ClauseCitation | undefined;
  /** Markdown help, e.g. the rule's README. */
  help: string | undefined;
}

export interface ScanResult {
  version: typeof SCAN_RESULT_VERSION;
  tool: { name: '@pledge/scanner'; version: string };
  /** Absolute scan root. */
  root: string;
  policy: { file: string; organization: string; url: string };
  /** The scanner config file that was used (`pledge.config.*`), relative to the root when inside it. */
  configFile?: string;
  rules: readonly RuleDescriptor[];
  /** Findings that count: not suppressed; with `--baseline`, marked `inBaseline` when old. */
  findings: readonly ScanFinding[];
  /** Findings suppressed inline, with their reasons. */
  suppressed: readonly ScanFinding[];
  suppressionProblems: readonly SuppressionProblem[];
  skipped: readonly SkippedFile[];
  /**
   * What the scan left out by choice, with why: test code (tests, specs, mocks, fixtures,
   * stories), unless `--include-tests` or the config's `tests.include`. Absent when test code
   * was scanned.
   */
  leftOut?: { tests: LeftOutTests };
  /** With `--changed-since`: the ref, and that only findings on changed lines are listed. */
  changedSince?: string;
  baseline?: { file: string; matched: number; new: number; fixed: number };
  /** `files` counts every file found: analysed, skipped and left out. */
  stats: { files: number; analysed: number; durationMs: number };
}

/** Converts an engine finding to the scanner's model (paths relative to `root`). */
export type ToScanFinding = (
  finding: Finding,
  relative: (file: string) => string,
) => Omit<ScanFinding, 'fingerprint'>;

export type { Finding, FlowStep };
