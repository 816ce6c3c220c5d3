import type { PledgeRule } from '@pledge/core/rules';
import type { ExpectedError } from '@pledge/core/testing';
import { maskText } from '@pledge/policy';
import type { FrontEnd, Reported } from './front-ends.js';

// The assertions: what a front end reported against what a case or a fixture expects. They
// return a failure message (or `undefined`) rather than throwing, so a test of the tester can
// check the message itself. Everything echoed from code or findings goes through `maskText`:
// Pledge never prints a full card number in clear, test failures included.

/** What another front end reported for the same case, shown beside a failure. */
export interface ReferenceRun {
  frontEnd: FrontEnd;
  findings: readonly Reported[];
}

/** One front end's result for one `valid` or `invalid` case. */
export interface CaseCheck {
  /** The case's title in messages (`invalid[2]`, or its name). */
  title: string;
  rule: PledgeRule;
  frontEnd: FrontEnd;
  /** The case's code, for the source lines shown beside findings. */
  code: string;
  /** The expected errors of an invalid case; `undefined` for a valid case. */
  errors: readonly ExpectedError[] | undefined;
  /** The findings of the rule under test. */
  findings: readonly Reported[];
  /**
   * The engine's findings on the same code. A front end that meets the case but reports other
   * positions than the engine (possible where a case leaves positions out) disagrees with it.
   */
  reference?: ReferenceRun | undefined;
}

/** Human names of the front ends, for messages. */
export const FRONT_END_NAMES: Readonly<Record<FrontEnd, string>> = {
  engine: 'the engine',
  eslint: 'ESLint',
  'eslint-typed': 'ESLint with type information',
  scanner: 'the scanner',
};

/** Checks one front end's findings against a case; returns the failure message, if any. */
export function checkCase(check: CaseCheck): string | undefined {
  const { title, rule, frontEnd, findings } = check;
  const who = FRONT_END_NAMES[frontEnd];
  const problems: string[] = [];
  if (check.errors === undefined) {
    if (findings.length > 0)
      problems.push(
        `expected no finding of \`${rule.id}\`, but ${who} reported ${plural(findings.length, 'finding')}.`,
      );
  } else {
    const errors = check.errors;
    if (errors.length !== findings.length)
      problems.push(
        `expected ${plural(errors.length, 'error')}, but ${who} reported ${plural(findings.length, 'finding')}.`,
      );
    errors.forEach((error, index) => {
      const finding = findings[index];
      const label = `error ${String(index + 1)} (\`${error.messageId}\`)`;
      if (finding === undefined) {
        problems.push(`${label}: missing.`);
        return;
      }
      problems.push(...errorProblems(rule, error, finding).map((p) => `${label}: ${p}`));
    });
    for (const extra of findings.slice(errors.length))
      problems.push(`unexpected finding \`${extra.messageId}\` at ${position(extra)}.`);
  }
  const reference = check.reference;
  if (problems.length === 0 && reference && !samePositions(findings, reference.findings)) {
    problems.push(
      `${who} meets the case, but disagrees with ${FRONT_END_NAMES[reference.frontEnd]} on the same code.`,
    );
  }
  if (problems.length === 0) return undefined;
  const lines = [
    `${title} (${frontEnd}) of \`${rule.id}\`:`,
    ...problems.map((p) => `  - ${p}`),
    `${capitalize(who)} reported:`,
    ...describeFindings(findings, () => check.code),
  ];
  if (reference && !samePositions(findings, reference.findings)) {
    lines.push(
      `${capitalize(FRONT_END_NAMES[reference.frontEnd])} reported:`,
      ...describeFindings(reference.findings, () => check.code),
    );
  }
  return lines.join('\n');
}

function errorProblems(rule: PledgeRule, error: ExpectedError, finding: Reported): string[] {
  const problems: string[] = [];
  if (finding.messageId !== error.messageId) {
    problems.push(`reported as \`${finding.messageId}\` at ${position(finding)}.`);
    return problems;
  }
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    const expected = error[key];
    if (expected !== undefined && expected !== finding[key])
      problems.push(`expected ${key} ${String(expected)}, got ${String(finding[key])}.`);
  }
  if (error.data) {
    if (finding.data) {
      for (const [key, value] of Object.entries(error.data)) {
        const actual = finding.data[key];
        if (actual !== value)
          problems.push(
            `expected data \`${key}\` to be "${maskText(value)}", got ${actual === undefined ? 'none' : `"${maskText(actual)}"`}.`,
          );
      }
    } else {
      // ESLint's and the scanner's results carry the filled message only.
      const template = rule.meta.messages[error.messageId] ?? '';
      if (!messagePattern(template, error.data).test(finding.message))
        problems.push(
          `the message does not fit the template with data ${maskText(JSON.stringify(error.data))}: "${maskText(finding.message)}".`,
        );
    }
  }
  if (error.suggestions && finding.suggestions) {
    const expected = error.suggestions;
    const actual = finding.suggestions;
    if (expected.length !== actual.length)
      problems.push(
        `expected ${plural(expected.length, 'suggestion')}, got ${String(actual.length)}${actual.length > 0 ? ` (${actual.map((s) => `\`${s.messageId}\``).join(', ')})` : ''}.`,
      );
    expected.forEach((suggestion, index) => {
      const got = actual[index];
      if (got === undefined) return;
      const which = `suggestion ${String(index + 1)}`;
      if (got.messageId !== suggestion.messageId)
        problems.push(`${which}: expected \`${suggestion.messageId}\`, got \`${got.messageId}\`.`);
      else if (got.output !== suggestion.output)
        problems.push(
          `${which} (\`${got.messageId}\`): the output differs at line ${String(firstDifferentLine(got.output, suggestion.output))}:\n${indent(diffLines(suggestion.output, got.output), 6)}`,
        );
    });
  }
  return problems;
}

/** What a front end reported on one fixture file, against the file's annotations. */
export interface FixtureCheck {
  /** The file, relative to the fixture folder (`prisma_create_full_card.ts`, `program/db.ts`). */
  file: string;
  code: string;
  frontEnd: FrontEnd;
  /** The lines each rule under test must report (an empty list: it must report nothing). */
  expected: ReadonlyMap<string, readonly number[]>;
  /**
   * Lines a rule may report besides: in a multi-file program, a front end that sees one file
   * at a time may miss a line annotated for the whole program.
   */
  allowed?: ReadonlyMap<string, readonly number[]> | undefined;
  /** Every finding of the rules under test in this file. */
  findings: readonly Reported[];
  /**
   * A front end that must report the same lines: the engine, for untyped ESLint on a program
   * (both see the file alone).
   */
  reference?: ReferenceRun | undefined;
}

/** Checks one front end's findings on one fixture file; returns the failure message, if any. */
export function checkFixtureFile(check: FixtureCheck): string | undefined {
  const { file, code, frontEnd, findings } = check;
  const who = FRONT_END_NAMES[frontEnd];
  const sourceLines = code.split('\n');
  const problems: string[] = [];
  for (const [ruleId, expectedLines] of check.expected) {
    const allowedLines = check.allowed?.get(ruleId) ?? [];
    const ofRule = findings.filter((f) => f.ruleId === ruleId);
    const reportedLines = unique(ofRule.map((f) => f.line));
    const missing = expectedLines.filter((l) => !reportedLines.includes(l));
    const unexpected = reportedLines.filter(
      (l) => !expectedLines.includes(l) && !allowedLines.includes(l),
    );
    const out: string[] = [];
    for (const line of missing) {
      const text = sourceLines[line - 1] ?? '';
      out.push(
        `    missing: line ${String(line)}, annotated \`${annotationOf(text) ?? `// expect: ${ruleId}`}\``,
        `      ${String(line)} | ${maskText(text.trim())}`,
      );
    }
    for (const line of unexpected) {
      const text = sourceLines[line - 1] ?? '';
      const annotation = annotationOf(text);
      const finding = ofRule.find((f) => f.line === line);
      out.push(
        `    unexpected: line ${String(line)}, ${annotation === undefined ? 'not annotated' : `annotated \`${annotation}\``}: \`${finding?.messageId ?? ''}\` ${maskText(finding?.message ?? '')}`,
        `      ${String(line)} | ${maskText(text.trim())}`,
      );
    }
    const reference = check.reference;
    if (reference && out.length === 0) {
      const theirs = unique(
        reference.findings.filter((f) => f.ruleId === ruleId && f.file === file).map((f) => f.line),
      );
      if (theirs.join() !== reportedLines.join())
        out.push(
          `    ${who} reports lines [${reportedLines.join(', ')}], ${FRONT_END_NAMES[reference.frontEnd]} [${theirs.join(', ')}]: both see this file alone, so they must agree.`,
        );
    }
    if (out.length > 0) {
      const may = allowedLines.filter((l) => !expectedLines.includes(l));
      problems.push(
        `  \`${ruleId}\`: expected lines [${expectedLines.join(', ')}]${may.length > 0 ? ` (and may report [${may.join(', ')}], annotated for the whole program)` : ''}, ${who} reported [${reportedLines.join(', ')}]`,
        ...out,
      );
    }
  }
  if (problems.length === 0) return undefined;
  return [`${file} (${frontEnd}):`, ...problems].join('\n');
}

/** The annotation comment at the end of a fixture line (`// ok`, `// expect(scanner): …`). */
function annotationOf(line: string): string | undefined {
  return /\/\/\s*(?:ok\b.*|expect(?:\([^)]*\))?:.*)$/.exec(line)?.[0].trim();
}

/** A regular expression for a message template with some placeholders known. */
export function messagePattern(template: string, data: Readonly<Record<string, string>>): RegExp {
  let pattern = '';
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    pattern += escapeRegExp(template.slice(last, match.index));
    const key = match[1] ?? '';
    const value = data[key];
    pattern += value === undefined ? '[\\s\\S]*?' : escapeRegExp(value);
    last = match.index + match[0].length;
  }
  pattern += escapeRegExp(template.slice(last));
  return new RegExp(`^${pattern}$`);
}

/** Findings, one per line, masked, each with its source line. */
export function describeFindings(
  findings: readonly Reported[],
  codeOf: (file: string) => string | undefined,
): string[] {
  if (findings.length === 0) return ['  (nothing)'];
  return findings.flatMap((finding) => {
    const line = codeOf(finding.file)?.split('\n')[finding.line - 1];
    return [
      `  ${finding.file}:${position(finding)}  ${finding.messageId}  ${maskText(finding.message)}`,
      ...(line === undefined ? [] : [`    ${String(finding.line)} | ${maskText(line.trim())}`]),
    ];
  });
}

function samePositions(a: readonly Reported[], b: readonly Reported[]): boolean {
  const key = (f: Reported) => `${f.messageId}@${String(f.line)}:${String(f.column)}`;
  return a.map(key).join('|') === b.map(key).join('|');
}

function position(finding: Reported): string {
  return `${String(finding.line)}:${String(finding.column)}`;
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(lines: readonly number[]): number[] {
  return [...new Set(lines)].sort((a, b) => a - b);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

/** The first differing line of an expected and an actual output, masked. */
function diffLines(expected: string, actual: string): string {
  const line = firstDifferentLine(expected, actual);
  return [
    `expected: ${maskText(expected.split('\n')[line - 1] ?? '(end of file)')}`,
    `actual:   ${maskText(actual.split('\n')[line - 1] ?? '(end of file)')}`,
  ].join('\n');
}

function indent(text: string, spaces: number): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(spaces) + line)
    .join('\n');
}
