import path from 'node:path';
import { TEST_CODE_GLOBS } from '@pledge/core';
import { maskText } from '@pledge/policy';
import type {
  RuleDescriptor,
  ScanFinding,
  ScanFlowStep,
  ScanResult,
  Severity,
  SkipReason,
  SuppressionProblem,
} from '../types.js';

/** The output formats of `pledge scan --format`. */
export const REPORT_FORMATS = ['pretty', 'json', 'sarif', 'github', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** How a reporter renders a scan result. */
export interface RenderOptions {
  /** ANSI colours (pretty only); the CLI sets it on a TTY without `NO_COLOR`. */
  color: boolean;
  /**
   * The directory that printed paths are relative to (the repository root in CI, so that
   * annotations and SARIF locations resolve when a package is scanned on its own).
   * Defaults to the scan root.
   */
  cwd?: string | undefined;
  /**
   * Reads a source file for code frames and SARIF context; called with the finding's `file`
   * (relative to `result.root`). Its text is masked before it is printed.
   */
  readSource?: ((file: string) => string | undefined) | undefined;
}

/**
 * Text that is about to leave Pledge: personal values masked (a reporter never trusts that a
 * string was masked upstream: a source line read from disk never is) and control characters
 * removed, so a source line cannot move the terminal cursor or forge an ANSI colour.
 */
export function clean(text: string): string {
  let out = '';
  for (const ch of maskText(text)) {
    const code = ch.charCodeAt(0);
    const control = (code < 0x20 && ch !== '\t' && ch !== '\n') || (code >= 0x7f && code < 0xa0);
    if (!control) out += ch;
  }
  return out;
}

// Characters that must not reach a terminal, an annotation or a Markdown page raw: C0 and C1
// controls (ANSI escapes), DEL, the line and paragraph separators, and bidirectional controls
// (which reorder what a reviewer reads). They are shown escaped, `\u{1B}`, not dropped, so a
// file name stays recognisable.
function unsafe(code: number, oneLine: boolean): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return oneLine;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** `text` with unsafe characters escaped; `oneLine` escapes tabs and line breaks too (names, paths). */
export function escapeControls(text: string, oneLine = false): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    out += unsafe(code, oneLine) ? `\\u{${code.toString(16).toUpperCase()}}` : ch;
  }
  return out;
}

/** Masked, with unsafe characters escaped: for a name or path printed as it is. */
export function safeText(text: string, oneLine = false): string {
  return escapeControls(maskText(text), oneLine);
}

/** Keys whose strings are names or paths: printed on one line, so every control is escaped. */
const NAME_KEYS = new Set(['file', 'root', 'path', 'configFile']);

/** A copy of a (masked) result for a text format: every string with unsafe characters escaped. */
export function escapeResult<T>(value: T): T {
  const walk = (node: unknown, key: string | undefined): unknown => {
    if (typeof node === 'string')
      return escapeControls(node, key !== undefined && NAME_KEYS.has(key));
    if (Array.isArray(node)) return node.map((item) => walk(item, key));
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, child] of Object.entries(node)) out[escapeControls(k, true)] = walk(child, k);
    return out;
  };
  return walk(value, undefined) as T;
}

/** {@link clean}, on one line: newlines become spaces. */
export function cleanLine(text: string): string {
  return clean(text).replace(/\r?\n/g, ' ');
}

/** Resolves printed paths: relative to `cwd` when given, with `/` separators. */
export function pathResolver(result: ScanResult, options: RenderOptions): (file: string) => string {
  const { cwd } = options;
  if (cwd === undefined || path.resolve(cwd) === path.resolve(result.root)) return (file) => file;
  return (file) =>
    path.relative(cwd, path.resolve(result.root, file)).split(path.sep).join('/') || '.';
}

/** Findings in reading order: file, line, column, then rule. */
export function sortFindings(findings: readonly ScanFinding[]): ScanFinding[] {
  return [...findings].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.ruleId, b.ruleId) ||
      compare(a.fingerprint, b.fingerprint),
  );
}

/** Suppression problems in reading order. */
export function sortProblems(problems: readonly SuppressionProblem[]): SuppressionProblem[] {
  return [...problems].sort((a, b) => compare(a.file, b.file) || a.line - b.line);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `1 file`, `2 files`. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${String(count)} ${count === 1 ? noun : pluralNoun}`;
}

/** Findings split into the new ones and those that matched the baseline. */
export function splitByBaseline(result: ScanResult): {
  fresh: ScanFinding[];
  baselined: ScanFinding[];
} {
  const sorted = sortFindings(result.findings);
  return {
    fresh: sorted.filter((finding) => finding.inBaseline !== true),
    baselined: sorted.filter((finding) => finding.inBaseline === true),
  };
}

export function countBySeverity(findings: readonly ScanFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** `3 findings (2 errors, 1 warning)`, `3 new findings (…)` with a baseline, `No findings`. */
export function findingsHeadline(result: ScanResult): string {
  const { fresh } = splitByBaseline(result);
  const noun = result.baseline ? 'new finding' : 'finding';
  if (fresh.length === 0) return `No ${result.baseline ? 'new findings' : 'findings'}`;
  const counts = countBySeverity(fresh);
  const parts: string[] = [];
  if (counts.error > 0) parts.push(plural(counts.error, 'error'));
  if (counts.warning > 0) parts.push(plural(counts.warning, 'warning'));
  return `${plural(fresh.length, noun)} (${parts.join(', ')})`;
}

/**
 * The one-line summary every human format ends with:
 * `3 findings (2 errors, 1 warning) in 120 files; 1 suppressed; 2 files skipped`.
 */
export function summaryLine(result: ScanResult): string {
  return [
    `${findingsHeadline(result)} in ${plural(result.stats.files, 'file')}`,
    ...summaryNotes(result),
  ].join('; ');
}

/** What the summary adds after the counts: baseline, suppressions, skipped files. */
export function summaryNotes(result: ScanResult): string[] {
  const { baselined } = splitByBaseline(result);
  const notes: string[] = [];
  if (result.changedSince !== undefined)
    notes.push(`only lines changed since ${cleanLine(result.changedSince)}`);
  if (baselined.length > 0) notes.push(`${String(baselined.length)} in the baseline`);
  if (result.baseline && result.baseline.fixed > 0)
    notes.push(`${String(result.baseline.fixed)} fixed since the baseline`);
  if (result.suppressed.length > 0) notes.push(`${String(result.suppressed.length)} suppressed`);
  if (result.skipped.length > 0) notes.push(`${plural(result.skipped.length, 'file')} skipped`);
  const tests = result.leftOut?.tests;
  if (tests && tests.count > 0) notes.push(`${plural(tests.count, 'test file')} left out`);
  if (result.suppressionProblems.length > 0)
    notes.push(plural(result.suppressionProblems.length, 'suppression problem'));
  return notes;
}

/**
 * One flow step as a phrase. The engine labels the source step with the expression itself
 * (`` `req.body.card` ``) and later steps with a verb (`passed to …`, `written by Prisma`), so
 * the source reads "read from `req.body.card`".
 */
export function stepText(step: ScanFlowStep, index: number): string {
  const label = cleanLine(step.label);
  return index === 0 && label.startsWith('`') ? `read from ${label}` : label;
}

/** `read from `x` → passed to `save()` → written by Prisma`. */
export function flowSentence(flow: readonly ScanFlowStep[]): string {
  return flow.map((step, index) => stepText(step, index)).join(' → ');
}

/** The rule's metadata; a rule the result does not describe gets a minimal descriptor. */
export function ruleLookup(result: ScanResult): (ruleId: string) => RuleDescriptor {
  const byId = new Map(result.rules.map((rule) => [rule.id, rule]));
  return (ruleId) =>
    byId.get(ruleId) ?? {
      id: ruleId,
      description: ruleId,
      severity: 'error',
      docsUrl: undefined,
      clause: undefined,
      help: undefined,
    };
}

/**
 * What the scan left out and how to bring it back, as one sentence (code in backticks), or
 * undefined when nothing was:
 * `Left out 214 test files (tests, specs, mocks, fixtures, stories — …brings them back).`
 */
export function leftOutLine(result: ScanResult): string | undefined {
  const tests = result.leftOut?.tests;
  if (!tests || tests.count === 0) return undefined;
  const isDefault =
    tests.globs.length === TEST_CODE_GLOBS.length &&
    tests.globs.every((glob, index) => glob === TEST_CODE_GLOBS[index]);
  const shown = tests.globs.slice(0, 4).map((glob) => `\`${cleanLine(glob).replace(/`/g, "'")}\``);
  const what = isDefault
    ? 'tests, specs, mocks, fixtures, stories'
    : `matching ${shown.join(', ')}${tests.globs.length > 4 ? ` and ${String(tests.globs.length - 4)} more` : ''}`;
  return `Left out ${plural(tests.count, 'test file')} (${what} — \`--include-tests\` or \`tests.include: true\` in pledge.config.yaml brings them back).`;
}

/** Why a file was skipped, as a phrase. */
export const SKIP_REASON_TEXT: Readonly<Record<SkipReason, string>> = {
  'parse-error': 'could not be parsed',
  binary: 'is a binary file',
  'too-large': 'is over the size limit',
  minified: 'is minified',
  generated: 'is generated',
  unreadable: 'could not be read',
  'symlink-loop': 'is a symlink loop',
  'analysis-error': 'could not be analysed',
};

/** Reads sources through `readSource` once per file, as lines. */
export function sourceLines(
  options: RenderOptions,
): (file: string) => readonly string[] | undefined {
  const cache = new Map<string, readonly string[] | undefined>();
  return (file) => {
    const { readSource } = options;
    if (readSource === undefined) return undefined;
    if (!cache.has(file)) {
      let text: string | undefined;
      try {
        text = readSource(file);
      } catch {
        text = undefined;
      }
      const split = text?.split(/\r\n|\r|\n/);
      // A file that ends with a newline has no empty last line.
      if (split !== undefined && split.length > 1 && split.at(-1) === '') split.pop();
      cache.set(file, split);
    }
    return cache.get(file);
  };
}
