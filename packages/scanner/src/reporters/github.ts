import type { ScanResult } from '../types.js';
import {
  clean,
  cleanLine,
  flowSentence,
  leftOutLine,
  pathResolver,
  ruleLookup,
  SKIP_REASON_TEXT,
  sortProblems,
  splitByBaseline,
  summaryLine,
  type RenderOptions,
} from './shared.js';

/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per new finding (on
 * the pull request's diff when the line is in it), a `::warning` per skipped file and per
 * suppression problem, one `::notice` for the test code left out (a count, not a file list),
 * then the summary as plain log text. Findings in the baseline and
 * suppressed findings are not annotated; the summary counts them.
 */
export function renderGithub(result: ScanResult, options: RenderOptions): string {
  const show = pathResolver(result, options);
  const rule = ruleLookup(result);
  const { fresh } = splitByBaseline(result);
  const out: string[] = [];

  for (const finding of fresh) {
    const clause = finding.clause ?? rule(finding.ruleId).clause;
    const body = [clean(finding.message)];
    if (finding.flow.length > 0) body.push(`Flow: ${flowSentence(finding.flow)}`);
    if (clause) body.push(`Policy: ${cleanLine(clause.section)} (${clause.url})`);
    out.push(
      command(
        finding.severity,
        {
          file: show(finding.file),
          line: finding.line,
          col: finding.column,
          endLine: finding.endLine,
          endColumn: finding.endColumn,
          title: `pledge/${finding.ruleId}`,
        },
        body.join('\n'),
      ),
    );
  }
  for (const problem of sortProblems(result.suppressionProblems)) {
    out.push(
      command(
        'warning',
        {
          file: show(problem.file),
          line: problem.line,
          title: `pledge: suppression ${problem.kind}`,
        },
        clean(problem.message),
      ),
    );
  }
  for (const skip of result.skipped) {
    out.push(
      command(
        'warning',
        { file: show(skip.file), title: `pledge: file skipped (${skip.reason})` },
        `${show(skip.file)} was not analysed: it ${SKIP_REASON_TEXT[skip.reason]} (${clean(skip.detail)}).`,
      ),
    );
  }
  const leftOut = leftOutLine(result);
  if (leftOut !== undefined)
    out.push(command('notice', { title: 'pledge: test code left out' }, leftOut));
  out.push(`Pledge: ${summaryLine(result)}`);
  return `${out.join('\n')}\n`;
}

type Properties = Readonly<Record<string, string | number>>;

/** `::error file=a.ts,line=1,title=t::message`, escaped as the Actions runner expects. */
export function command(name: string, properties: Properties, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Escapes a command's message (`%`, CR, LF), as `@actions/core` does. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property: also `:` and `,`, which delimit properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
