import type { ScanFinding, ScanResult } from '../types.js';
import {
  cleanLine,
  findingsHeadline,
  leftOutLine,
  pathResolver,
  plural,
  ruleLookup,
  SKIP_REASON_TEXT,
  sortFindings,
  sortProblems,
  splitByBaseline,
  stepText,
  summaryNotes,
  type RenderOptions,
} from './shared.js';

/** The first line of every report, so a CI job can find and update its earlier comment. */
export const MARKDOWN_MARKER = '<!-- pledge-report -->';

const SEVERITY_CELL = { error: '❌ error', warning: '⚠️ warning' } as const;

/**
 * A pull-request comment: a heading with the counts, the new findings in tables grouped by
 * the policy clause they cite, findings already in the baseline, the flows, suppressed
 * findings, suppression problems and skipped files in collapsible sections, the test code left
 * out in one line, and a footer.
 * Links are relative to `cwd` (or the scan root); every message is masked and escaped.
 */
export function renderMarkdown(result: ScanResult, options: RenderOptions): string {
  const show = pathResolver(result, options);
  const rule = ruleLookup(result);
  const { fresh, baselined } = splitByBaseline(result);
  const link = (file: string, line: number, endLine = line): string => {
    const shown = show(file);
    const anchor = endLine > line ? `#L${String(line)}-L${String(endLine)}` : `#L${String(line)}`;
    return `[${escapeText(`${shown}:${String(line)}`)}](${encodePath(shown)}${anchor})`;
  };
  const counts = fresh.some((finding) => finding.severity === 'error')
    ? '❌'
    : fresh.length > 0
      ? '⚠️'
      : '✅';
  const out: string[] = [MARKDOWN_MARKER, `### ${counts} Pledge: ${findingsHeadline(result)}`, ''];

  const policy =
    result.policy.url === ''
      ? `${escapeText(result.policy.organization)} privacy policy`
      : `[${escapeText(result.policy.organization)} privacy policy](${result.policy.url})`;
  const notes = summaryNotes(result);
  out.push(
    `Scanned ${plural(result.stats.files, 'file')} against the ${policy} (\`${code(result.policy.file)}\`${result.configFile === undefined ? '' : `, config \`${code(result.configFile)}\``})${notes.length > 0 ? `: ${escapeText(notes.join(', '))}` : ''}.`,
    '',
  );

  const table = (findings: readonly ScanFinding[]): string[] => [
    '| Severity | Location | Rule | Category | Recipient / sink / cookie | Message |',
    '| --- | --- | --- | --- | --- | --- |',
    ...findings.map((finding) =>
      cells([
        SEVERITY_CELL[finding.severity],
        link(finding.file, finding.line, finding.endLine),
        rule(finding.ruleId).docsUrl !== undefined
          ? `[\`${code(finding.ruleId)}\`](${String(rule(finding.ruleId).docsUrl)})`
          : `\`${code(finding.ruleId)}\``,
        finding.category !== undefined ? `\`${code(finding.category)}\`` : '—',
        destination(finding),
        inline(finding.message),
      ]),
    ),
  ];

  // Grouped by the clause they cite: a privacy reviewer reads the report promise by promise.
  const groups = new Map<string, { title: string; findings: ScanFinding[] }>();
  for (const finding of fresh) {
    const clause = finding.clause ?? rule(finding.ruleId).clause;
    const key = clause?.url ?? '';
    const title = clause
      ? `[${escapeText(cleanLine(clause.section))}](${clause.url})${clause.summary !== undefined ? ` — ${inline(clause.summary)}` : ''}`
      : 'Other findings';
    const group = groups.get(key) ?? { title, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  for (const group of [...groups.values()].sort(
    (a, b) => Number(a.title === 'Other findings') - Number(b.title === 'Other findings'),
  )) {
    out.push(`#### ${group.title}`, '', ...table(group.findings), '');
  }

  const details = (summary: string, body: readonly string[]): void => {
    out.push('<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', '');
  };

  if (baselined.length > 0) {
    details(
      `${plural(baselined.length, 'finding')} already in the baseline (\`${escapeHtml(cleanLine(result.baseline?.file ?? 'baseline'))}\`)`,
      table(baselined),
    );
  }

  const withFlow = fresh.filter((finding) => finding.flow.length > 1);
  if (withFlow.length > 0) {
    const body: string[] = [];
    for (const finding of withFlow) {
      body.push(`**${link(finding.file, finding.line)}** \`${code(finding.ruleId)}\``, '');
      finding.flow.forEach((step, index) => {
        body.push(
          `${String(index + 1)}. ${inline(stepText(step, index))} — ${link(step.file, step.line)}`,
        );
      });
      body.push('');
    }
    details(`Data flows (${String(withFlow.length)})`, body.slice(0, -1));
  }

  if (result.suppressed.length > 0) {
    details(plural(result.suppressed.length, 'suppressed finding'), [
      '| Location | Rule | Reason |',
      '| --- | --- | --- |',
      ...sortFindings(result.suppressed).map((finding) =>
        cells([
          link(finding.file, finding.line),
          `\`${code(finding.ruleId)}\``,
          inline(finding.suppression?.reason ?? ''),
        ]),
      ),
    ]);
  }

  if (result.suppressionProblems.length > 0) {
    details(plural(result.suppressionProblems.length, 'suppression problem'), [
      '| Location | Rule | Problem | Message |',
      '| --- | --- | --- | --- |',
      ...sortProblems(result.suppressionProblems).map((problem) =>
        cells([
          link(problem.file, problem.line),
          `\`${code(problem.ruleId)}\``,
          problem.kind,
          inline(problem.message),
        ]),
      ),
    ]);
  }

  if (result.skipped.length > 0) {
    details(`${plural(result.skipped.length, 'file')} skipped (not analysed)`, [
      '| File | Reason | Detail |',
      '| --- | --- | --- |',
      ...result.skipped.map((skip) =>
        cells([
          `[${escapeText(show(skip.file))}](${encodePath(show(skip.file))})`,
          `\`${skip.reason}\``,
          `${SKIP_REASON_TEXT[skip.reason]}: ${escapeText(skip.detail)}`,
        ]),
      ),
    ]);
  }

  const leftOut = leftOutLine(result);
  if (leftOut !== undefined) out.push(inline(leftOut), '');

  out.push(
    '---',
    `<sub>Pledge ${escapeText(result.tool.version)} · values in this report are masked · suppress a finding with <code>// pledge-ignore &lt;rule&gt;: &lt;reason&gt;</code></sub>`,
  );
  return `${out.join('\n')}\n`;
}

function destination(finding: ScanFinding): string {
  const parts: string[] = [];
  if (finding.recipient !== undefined) parts.push(inline(finding.recipient));
  else if (finding.sink !== undefined) parts.push(inline(finding.sink));
  if (finding.cookie !== undefined) parts.push(`cookie \`${code(finding.cookie)}\``);
  return parts.length > 0 ? parts.join(', ') : '—';
}

function cells(values: readonly string[]): string {
  return `| ${values.join(' | ')} |`;
}

/** A path as a relative link target: each segment percent-encoded. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** Characters that HTML would interpret. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Plain text for a Markdown table cell: masked, on one line, with Markdown and HTML
 * metacharacters escaped (a masked card number's `*` must not turn into emphasis).
 */
export function escapeText(text: string): string {
  return escapeHtml(cleanLine(text))
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/^[-+#]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The content of a code span in a table cell: only `|` needs escaping (GFM tables). */
export function code(text: string): string {
  return cleanLine(text).replace(/`/g, "'").replace(/\|/g, '\\|');
}

/**
 * A message as Markdown: the code spans the rules write (`` `card.number` ``) stay code
 * spans, everything else is escaped text.
 */
export function inline(text: string): string {
  const parts = cleanLine(text).split('`');
  // An odd number of backticks leaves the last one unmatched: it is text, not a span.
  const spans =
    parts.length % 2 === 1
      ? parts
      : [...parts.slice(0, -2), `${parts.at(-2) ?? ''}\`${parts.at(-1) ?? ''}`];
  return spans
    .map((part, index) => {
      if (index % 2 === 0) return escapeText(part);
      return part.length === 0 ? '' : `\`${code(part)}\``;
    })
    .join('');
}
