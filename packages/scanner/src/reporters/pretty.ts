import pc from 'picocolors';
import type { ScanFinding, ScanResult } from '../types.js';
import {
  clean,
  cleanLine,
  leftOutLine,
  pathResolver,
  plural,
  ruleLookup,
  SKIP_REASON_TEXT,
  sortFindings,
  sortProblems,
  sourceLines,
  splitByBaseline,
  stepText,
  summaryLine,
  type RenderOptions,
} from './shared.js';

/** Lines of context above and below a finding's range. */
const CONTEXT = 2;
/** A longer range shows its first lines only. */
const MAX_RANGE_LINES = 6;

type Colors = ReturnType<typeof pc.createColors>;

/**
 * The human format: per finding its location, severity, message and rule, a code frame with
 * the range underlined, the flow and the policy clause; then suppressed findings, suppression
 * problems, skipped files, the test code left out and a summary. Findings in the baseline are
 * counted, not listed.
 */
export function renderPretty(result: ScanResult, options: RenderOptions): string {
  const c = pc.createColors(options.color);
  const show = pathResolver(result, options);
  const lines = sourceLines(options);
  const rule = ruleLookup(result);
  const { fresh, baselined } = splitByBaseline(result);
  const out: string[] = [];

  for (const finding of fresh) {
    const severity =
      finding.severity === 'error' ? c.red(c.bold('error')) : c.yellow(c.bold('warning'));
    out.push(
      `${c.underline(`${show(finding.file)}:${String(finding.line)}:${String(finding.column)}`)}  ${severity}  ${cleanLine(finding.message)}  ${c.dim(finding.ruleId)}`,
    );
    out.push('');
    for (const frameLine of codeFrame(finding, lines(finding.file), c)) out.push(`  ${frameLine}`);
    out.push('');
    finding.flow.forEach((step, index) => {
      const head = index === 0 ? c.bold('flow  ') : `    ${c.dim('→')} `;
      out.push(
        `  ${head}${stepText(step, index)}  ${c.dim(`${show(step.file)}:${String(step.line)}:${String(step.column)}`)}`,
      );
    });
    const clause = finding.clause ?? rule(finding.ruleId).clause;
    if (clause) {
      out.push(`  ${c.bold('policy')}  ${cleanLine(clause.section)}: ${c.cyan(clause.url)}`);
    }
    const docs = rule(finding.ruleId).docsUrl;
    if (docs !== undefined) out.push(`  ${c.bold('docs  ')}  ${c.dim(docs)}`);
    out.push('');
  }

  if (baselined.length > 0) {
    out.push(
      c.dim(
        `${plural(baselined.length, 'finding')} in the baseline (${cleanLine(result.baseline?.file ?? 'baseline')}) not shown.`,
      ),
    );
    out.push('');
  }

  if (result.suppressed.length > 0) {
    out.push(c.bold(`Suppressed (${String(result.suppressed.length)})`));
    for (const finding of sortFindings(result.suppressed)) {
      out.push(
        `  ${show(finding.file)}:${String(finding.line)}:${String(finding.column)}  ${c.dim(finding.ruleId)}  ${cleanLine(finding.suppression?.reason ?? '')}`,
      );
    }
    out.push('');
  }

  if (result.suppressionProblems.length > 0) {
    out.push(
      c.bold(c.yellow(`Suppression problems (${String(result.suppressionProblems.length)})`)),
    );
    for (const problem of sortProblems(result.suppressionProblems)) {
      out.push(
        `  ${show(problem.file)}:${String(problem.line)}  ${c.yellow(problem.kind)}  ${cleanLine(problem.message)}  ${c.dim(problem.ruleId)}`,
      );
    }
    out.push('');
  }

  if (result.skipped.length > 0) {
    out.push(c.bold(c.yellow(`Skipped files (${String(result.skipped.length)})`)));
    for (const skip of result.skipped) {
      out.push(
        `  ${show(skip.file)}  ${c.yellow(skip.reason)}  ${SKIP_REASON_TEXT[skip.reason]}: ${cleanLine(skip.detail)}`,
      );
    }
    out.push('');
  }

  const leftOut = leftOutLine(result);
  if (leftOut !== undefined) {
    out.push(c.dim(leftOut));
    out.push('');
  }

  const hasErrors = fresh.some((finding) => finding.severity === 'error');
  const summary = summaryLine(result);
  out.push(
    fresh.length === 0 ? c.green(summary) : hasErrors ? c.red(c.bold(summary)) : c.yellow(summary),
  );
  return `${out.join('\n')}\n`;
}

/**
 * The lines around the finding, each masked, with a `>` on the finding's lines and a caret
 * underline under its range. Without the source, the finding's excerpt stands alone.
 */
function codeFrame(
  finding: ScanFinding,
  source: readonly string[] | undefined,
  c: Colors,
): string[] {
  const lastRangeLine = Math.min(finding.endLine, finding.line + MAX_RANGE_LINES - 1);
  const available = source !== undefined && finding.line <= source.length;
  const from = available ? Math.max(1, finding.line - CONTEXT) : finding.line;
  const to = available ? Math.min(source.length, lastRangeLine + CONTEXT) : finding.line;
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const raw = available ? (source[n - 1] ?? '') : finding.excerpt;
    const inRange = n >= finding.line && n <= (available ? lastRangeLine : finding.line);
    const text = clean(raw);
    const gutter = `${inRange ? c.red('>') : ' '} ${String(n).padStart(width)} |`;
    out.push(`${inRange ? gutter : c.dim(gutter)}${text.length > 0 ? ` ${text}` : ''}`);
    if (!inRange) continue;
    // Columns are those of the unmasked line; masking a value of another length (an e-mail)
    // shifts what follows, so the underline starts after the masked prefix.
    const start = n === finding.line ? finding.column : firstNonBlank(raw);
    const end = Math.max(n === finding.endLine ? finding.endColumn : raw.length + 1, start + 1);
    const before = clean(raw.slice(0, start - 1)).replace(/[^\t]/g, ' ');
    const span = Math.max(1, clean(raw.slice(start - 1, end - 1)).length);
    out.push(`${c.dim(`  ${' '.repeat(width)} |`)} ${before}${c.red('^'.repeat(span))}`);
  }
  return out;
}

function firstNonBlank(line: string): number {
  const index = line.search(/\S/);
  return index < 0 ? 1 : index + 1;
}
